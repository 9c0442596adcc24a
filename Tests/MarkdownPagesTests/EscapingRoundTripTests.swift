import MarkdownHTML
import MarkdownPages
import Testing

@testable import sitegen_fuzz

/// Escaped text through cmark-gfm: it shows verbatim and creates no structure.
@Suite struct EscapingRoundTripTests {
    static let hostile = [
        "<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "<a href=\"x\">link</a>",
        "<!-- comment -->", "-->", "<!DOCTYPE html>", "<?php echo 1 ?>", "<![CDATA[x]]>",
        "[click](javascript:alert(1))", "![img](x.png)", "[ref]: /url", "[^1]", "[a][b]",
        "*a* _b_ **c** __d__", "a*b*c", "__init__", "snake_case and *stars*", "**",
        "| a | b |", "a | b \\| c", "|", "# heading", "  ## indented heading ##", "Title #",
        "#tag", "1. item", "12) item", "1.", "- item", "+ item", "* item", "- [ ] task",
        "= x", "---", "***", "___", "===", "> quote", "`code`", "``a ` b``", "```\nfence\n```",
        "~~~ fence", "~~x~~", "~y~", "&amp; &#60; &copy; &#x41;", "AT&T", "\\*", "a\\", "\\",
        "1\\. escaped already", "line one\nline two", "two spaces  \nhard break",
        "back\\\nslash break", "setext\n===", "setext\n---", "tab\tbetween",
        "\n\n  leading newlines", "crlf\r\nline", "para\u{2028}sep", "    indented code",
        "Leicester & Rutland", "2.5 co-location ../a/b-c.html#L96", "$x$ {curly} ^caret^ @user",
        "\"quoted\" 'single'", "a\u{00A0}b", "Café – naïve ✓ 😀", "a  b",
        // Bare URLs followed by escaped characters (found by `make fuzz`): no autolink, no backslash shown.
        "see https://www.nationalarchives.gov.uk/doc/\">Open", "www.example.org/*a*_b_", "HTTP://a.b/<x>",
        "WWW.a.org/|",
    ]

    @Test(arguments: hostile)
    func escapedTextIsOneParagraphShowingTheTextVerbatim(input: String) throws {
        // The invariant `make fuzz` checks on every input.
        #expect(FuzzChecks.escapingViolation(input) == nil)
        let html = MarkdownConverter().html(from: MarkdownEscaping.inline(input))
        #expect(!html.contains("<a "), "a link made of \(input)")
    }

    @Test func valuesWithPipesAndNewlinesStayInTheirTableCell() throws {
        let set = TemplateSet([
            TemplateSource(
                name: "table", path: "table.mustache",
                text: "| {{a}} | {{b}} |\n| --- | --- |\n| {{a}} | {{b}} |\n")
        ])
        let page = try set.render(["a": "x | y\nz", "b": "- *b* <i>\n| c |"], template: "table")
        let html = MarkdownConverter(uncaptionedTables: .unnamed).html(from: page)
        #expect(
            html == """
                <table>
                <thead>
                <tr>
                <th scope="col">x | y z</th>
                <th scope="col">- *b* &lt;i&gt; | c |</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td>x | y z</td>
                <td>- *b* &lt;i&gt; | c |</td>
                </tr>
                </tbody>
                </table>

                """)
    }

    @Test func valuesInLinkDestinationAndTitleKeepTheLinkIntact() throws {
        let set = TemplateSet([
            TemplateSource(
                name: "link", path: "link.mustache", text: "[{{text}}]({{href}} \"{{title}}\")\n")
        ])
        let view = [
            "text": "Leeds [2024] *pdf*", "href": "../source/leeds-2024.html#L96", "title": "the \"source\") line",
        ]
        let html = MarkdownConverter().html(from: try set.render(view, template: "link"))
        #expect(
            html == """
                <p><a href="../source/leeds-2024.html#L96" title="the &quot;source&quot;) line">Leeds [2024] *pdf*</a></p>

                """)
    }
}
