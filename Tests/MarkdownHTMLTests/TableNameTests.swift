import MarkdownHTML
import Testing

/// Every table gets an accessible name: a caption, or its section's heading.
@Suite struct TableNameTests {
    static let table = "| a |\n| --- |\n| 1 |\n"
    static let body =
        "<thead>\n<tr>\n<th scope=\"col\">a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n</tr>\n</tbody>\n</table>\n"

    @Test func emphasisedLineBeforeTableIsItsCaption() {
        let converter = MarkdownConverter()
        #expect(
            converter.html(from: "## Ratings\n\n*Ratings by `standard`*\n\n" + Self.table)
                == "<h2 id=\"ratings\">Ratings</h2>\n<table>\n<caption>Ratings by <code>standard</code></caption>\n"
                + Self.body)
        #expect(
            converter.html(from: "**Table 2: cases**\n" + Self.table)
                == "<table>\n<caption>Table 2: cases</caption>\n" + Self.body)
    }

    @Test func otherParagraphsAreNotCaptions() {
        let converter = MarkdownConverter(uncaptionedTables: .unnamed)
        #expect(
            converter.html(from: "*Two*\n*lines*\n\n" + Self.table)
                == "<p><em>Two</em>\n<em>lines</em></p>\n<table>\n" + Self.body)
        #expect(
            converter.html(from: "*Partly* emphasised\n\n" + Self.table)
                == "<p><em>Partly</em> emphasised</p>\n<table>\n" + Self.body)
    }

    @Test func uncaptionedTableIsLabelledByThePrecedingHeading() {
        let markdown = "Intro\n\n" + Self.table + "\n# One\n\n## Two\n\nText\n\n" + Self.table
        #expect(
            MarkdownConverter().html(from: markdown) == "<p>Intro</p>\n<table>\n" + Self.body
                + "<h1 id=\"one\">One</h1>\n<h2 id=\"two\">Two</h2>\n<p>Text</p>\n<table aria-labelledby=\"two\">\n"
                + Self.body)
        #expect(
            MarkdownConverter(uncaptionedTables: .unnamed).html(from: markdown) == "<p>Intro</p>\n<table>\n" + Self.body
                + "<h1 id=\"one\">One</h1>\n<h2 id=\"two\">Two</h2>\n<p>Text</p>\n<table>\n" + Self.body)
    }
}
