import Testing

@testable import ReportParser

/// A saved web page becomes the lines the parser reads, each with its line in the file.
@Suite("Saved web pages as text")
struct HTMLTextTests {
    static func lines(_ html: String) -> [HTMLText.Line] {
        HTMLText.lines(html.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    @Test("Rows become tab-separated cells whatever lines the cells span; empty cells keep their place")
    func tableRows() {
        let page = """
            <table class="govuk-table"><thead><tr><th scope="col">Key question</th>
            <th>Percentage &#39;Yes&#39;</th></tr></thead>
            <tbody><tr class="row">
              <td>
                Does assessment focus sufficiently
                on keeping other people safe?
              </td>
              <td><p>35%</p></td>
            </tr>
            <tr><td></td><td>Good</td></tr></tbody></table>
            """
        #expect(
            Self.lines(page) == [
                .init(number: 1, text: "Key question\tPercentage &#39;Yes&#39;"),
                .init(number: 5, text: "Does assessment focus sufficiently on keeping other people safe?\t35%"),
                .init(number: 10, text: "\tGood"),
            ])
    }

    @Test("Head, scripts, styles and comments go with their content; headings and paragraphs stand apart")
    func hiddenAndBlocks() {
        let page = """
            <!DOCTYPE html><html><head><title>Not text</title>
            <script>var rating = "Outstanding";
            </script></head><body><!-- a comment
            over two lines --><h2>Ratings <a href="#top">(Back to top)</a></h2><p>One
            paragraph<sup>2</sup> here.</p><style>p { x: 1 }</style>
            <p>Second<br>line</p></body></html>
            """
        #expect(
            Self.lines(page).map(\.text) == [
                "Ratings (Back to top)", "", "One paragraph<sup>2</sup> here.", "", "Second", "line",
            ])
        #expect(Self.lines(page).map(\.number) == [4, 4, 4, 5, 6, 6])
    }

    @Test("List items get a bullet, or their number in an ordered list (its start too)")
    func lists() {
        let page = "<ul><li>First</li><li>Second</li></ul><ol start=\"3\"><li>improve this</li><li>and that</li></ol>"
        #expect(Self.lines(page).map(\.text) == ["• First", "• Second", "", "3. improve this", "4. and that"])
    }

    @Test("A page is known by its name or its doctype, a text is not")
    func pageDetection() {
        #expect(HTMLText.isPage(path: "reports/york.HTML", lines: ["York"]))
        #expect(HTMLText.isPage(path: "reports/york.txt", lines: ["", "<!doctype html>"]))
        #expect(!HTMLText.isPage(path: "reports/york.txt", lines: ["An inspection of probation services in: York PDU"]))
    }
}
