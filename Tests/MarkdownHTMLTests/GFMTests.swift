import MarkdownHTML
import Testing

/// Exact HTML for the GitHub Flavored Markdown the converter turns on.
@Suite struct GFMTests {
    let converter = MarkdownConverter()

    @Test func tableHasScopedHeaderCellsAndStyleAlignment() {
        let markdown = """
            | Standard | Rating | Points |
            |:--|:-:|--:|
            | 1.1 *Leadership* | Good | 2 |
            | 1.2 Staff | ~~Poor~~ |
            | plain |

            """
        let html = converter.html(from: markdown)
        #expect(
            html == """
                <table>
                <thead>
                <tr>
                <th scope="col" style="text-align: left">Standard</th>
                <th scope="col" style="text-align: center">Rating</th>
                <th scope="col" style="text-align: right">Points</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td style="text-align: left">1.1 <em>Leadership</em></td>
                <td style="text-align: center">Good</td>
                <td style="text-align: right">2</td>
                </tr>
                <tr>
                <td style="text-align: left">1.2 Staff</td>
                <td style="text-align: center"><del>Poor</del></td>
                <td style="text-align: right"></td>
                </tr>
                <tr>
                <td style="text-align: left">plain</td>
                <td style="text-align: center"></td>
                <td style="text-align: right"></td>
                </tr>
                </tbody>
                </table>

                """)
        #expect(!html.contains("align=\""))
    }

    @Test func unalignedHeaderOnlyTableHasNoStyleAndNoBody() {
        #expect(
            converter.html(from: "| a | b |\n| --- | --- |\n") == """
                <table>
                <thead>
                <tr>
                <th scope="col">a</th>
                <th scope="col">b</th>
                </tr>
                </thead>
                </table>

                """)
    }

    @Test func footnote() {
        #expect(
            converter.html(from: "Caseload fell.[^1]\n\n[^1]: From *local* data.\n") == """
                <p>Caseload fell.<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup></p>
                <section class="footnotes" data-footnotes>
                <ol>
                <li id="fn-1">
                <p>From <em>local</em> data. <a href="#fnref-1" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩</a></p>
                </li>
                </ol>
                </section>

                """)
    }

    @Test func strikethroughAndAutolinks() {
        let markdown =
            "~~Withdrawn~~ ~gone~, see https://www.justiceinspectorates.gov.uk/hmiprobation/ or www.gov.uk.\n"
        #expect(
            converter.html(from: markdown) == """
                <p><del>Withdrawn</del> <del>gone</del>, see <a href="https://www.justiceinspectorates.gov.uk/hmiprobation/">https://www.justiceinspectorates.gov.uk/hmiprobation/</a> or <a href="http://www.gov.uk">www.gov.uk</a>.</p>

                """)
    }

    @Test func smartPunctuationIsOff() {
        #expect(
            converter.html(from: "\"Good\" -- mostly... it's fine\n") == """
                <p>&quot;Good&quot; -- mostly... it's fine</p>

                """)
    }

    @Test func sameInputGivesSameBytes() {
        let markdown = "# A\n\n| x |\n|:-:|\n| ~~1~~ www.a.org |\n\nNote[^n]\n\n[^n]: n\n"
        let first = converter.convert(markdown)
        #expect(converter.convert(markdown) == first)
        #expect(MarkdownConverter().convert(markdown) == first)
    }

    @Test func emptyInputAndNULCharacter() {
        #expect(converter.convert("") == RenderedMarkdown(html: "", headings: []))
        #expect(converter.html(from: "a\u{0}b") == "<p>a\u{FFFD}b</p>\n")
    }
}
