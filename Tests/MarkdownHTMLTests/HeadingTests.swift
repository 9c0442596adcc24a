import MarkdownHTML
import Testing

/// Heading ids and the heading list.
@Suite struct HeadingTests {
    let converter = MarkdownConverter()

    @Test func duplicateHeadingsGetNumberedIDs() {
        let markdown = """
            # Leadership

            ## Strengths

            ## Strengths

            ## Leadership

            Strengths
            ---------

            """
        let result = converter.convert(markdown)
        #expect(
            result.html == """
                <h1 id="leadership">Leadership</h1>
                <h2 id="strengths">Strengths</h2>
                <h2 id="strengths-2">Strengths</h2>
                <h2 id="leadership-2">Leadership</h2>
                <h2 id="strengths-3">Strengths</h2>

                """)
        #expect(
            result.headings == [
                MarkdownHeading(level: 1, text: "Leadership", id: "leadership"),
                MarkdownHeading(level: 2, text: "Strengths", id: "strengths"),
                MarkdownHeading(level: 2, text: "Strengths", id: "strengths-2"),
                MarkdownHeading(level: 2, text: "Leadership", id: "leadership-2"),
                MarkdownHeading(level: 2, text: "Strengths", id: "strengths-3"),
            ])
    }

    @Test func headingTextIsEscapedAndIDIsASlug() {
        let markdown = """
            ### 1.1 *Leadership* & "staff" `<code>`

            > #### Inspector's view: Café

            - ###### ***

            """
        let result = converter.convert(markdown)
        #expect(
            result.html == """
                <h3 id="1-1-leadership-staff-code">1.1 <em>Leadership</em> &amp; &quot;staff&quot; <code>&lt;code&gt;</code></h3>
                <blockquote>
                <h4 id="inspectors-view-cafe">Inspector's view: Café</h4>
                </blockquote>
                <ul>
                <li>
                <h6 id="section">***</h6>
                </li>
                </ul>

                """)
        #expect(
            result.headings == [
                MarkdownHeading(level: 3, text: "1.1 Leadership & \"staff\" <code>", id: "1-1-leadership-staff-code"),
                MarkdownHeading(level: 4, text: "Inspector's view: Café", id: "inspectors-view-cafe"),
                MarkdownHeading(level: 6, text: "***", id: "section"),
            ])
    }

    @Test func idsNeverClashWithEachOtherOrWithFootnotes() {
        let markdown = "# x 2\n\n# x\n\n# x\n\n# Fn 1\n\nNote[^1]\n\n[^1]: n\n"
        let result = converter.convert(markdown)
        #expect(result.headings.map(\.id) == ["x-2", "x", "x-3", "section-fn-1"])
        #expect(
            result.html.hasPrefix(
                """
                <h1 id="x-2">x 2</h1>
                <h1 id="x">x</h1>
                <h1 id="x-3">x</h1>
                <h1 id="section-fn-1">Fn 1</h1>
                <p>Note<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup></p>

                """))
    }

    @Test func multiLineSetextHeadingTextIsOneLine() {
        let result = converter.convert("Ratings\nby standard\n===\n")
        #expect(result.html == "<h1 id=\"ratings-by-standard\">Ratings\nby standard</h1>\n")
        #expect(result.headings == [MarkdownHeading(level: 1, text: "Ratings by standard", id: "ratings-by-standard")])
    }
}
