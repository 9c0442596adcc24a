import MarkdownHTML
import Testing

/// Safe mode: raw HTML never gets through, dangerous link schemes are emptied.
@Suite struct SafetyTests {
    let converter = MarkdownConverter()

    @Test func scriptBlockAndInlineEventHandlerAreOmitted() {
        let markdown = """
            <script>alert(1)</script>

            A picture <img src=x onerror=alert(1)> here.

            """
        let html = converter.html(from: markdown)
        #expect(
            html == """
                <!-- raw HTML omitted -->
                <p>A picture <!-- raw HTML omitted --> here.</p>

                """)
        #expect(!html.contains("<script"))
        #expect(!html.contains("onerror"))
        #expect(!html.contains("alert"))
    }

    @Test func rawHTMLInHeadingsAndTableCellsIsOmittedToo() {
        let markdown = "# Hi <script>alert(1)</script>\n\n| <img src=x onerror=alert(1)> |\n| --- |\n"
        let html = converter.html(from: markdown)
        #expect(
            html == """
                <h1 id="hi-alert-1">Hi <!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted --></h1>
                <table aria-labelledby="hi-alert-1">
                <thead>
                <tr>
                <th scope="col"><!-- raw HTML omitted --></th>
                </tr>
                </thead>
                </table>

                """)
        #expect(!html.contains("<script"))
        #expect(!html.contains("onerror"))
    }

    @Test func dangerousLinkDestinationsAreEmptied() {
        let markdown = "[x](javascript:alert(1)) [y](VBScript:msgbox) [z](data:text/html,<b>) [f](file:///etc/passwd)\n"
        let html = converter.html(from: markdown)
        #expect(
            html == """
                <p><a href="">x</a> <a href="">y</a> <a href="">z</a> <a href="">f</a></p>

                """)
        #expect(!html.lowercased().contains("script:"))
    }
}
