import MarkdownHTML
import Testing

/// What makes tables and long pages readable on a phone: labelled cells for cards, summary
/// rows in a footer, unique region names, abbreviated ratings, folded sections.
@Suite struct ReadingTableTests {
    let converter = MarkdownConverter(
        scrollableTables: true, badges: ["RI": "rating rating-requires-improvement"],
        abbreviations: ["RI": "Requires improvement"], foldedHeadingLevel: 4)

    /// A table of more than three columns can show each row as a labelled card (D5).
    @Test func wideTablesLabelEveryCellWithItsHeading() {
        let html = converter.html(
            from: "| PDU | Score | Share | Rating & co |\n| --- | --- | --- | --- |\n| York | 3/21 | 14% | x |\n")
        #expect(html.contains("<table class=\"reflow\">"))
        #expect(html.contains("<td data-label=\"PDU\">York</td>"))
        #expect(html.contains("<td data-label=\"Rating &amp; co\">x</td>"))
        let narrow = converter.html(from: "| A | B | C |\n| --- | --- | --- |\n| 1 | 2 | 3 |\n")
        #expect(!narrow.contains("reflow") && !narrow.contains("data-label"))
    }

    /// Summary rows stay out of the sorted body (D8).
    @Test func trailingStrongRowsGoIntoTheFooter() {
        let html = converter.html(
            from: "| PDU | Mean |\n| --- | --- |\n| York | 1 |\n| Leeds | 2 |\n| **All PDUs** | 3 |\n")
        #expect(
            html.contains(
                "</tbody>\n<tfoot>\n<tr>\n<td><strong>All PDUs</strong></td>\n<td>3</td>\n</tr>\n</tfoot>\n</table>"))
        // A table of nothing but strong rows keeps them in its body.
        let only = converter.html(from: "| PDU | Mean |\n| --- | --- |\n| **All** | 3 |\n")
        #expect(!only.contains("<tfoot>"))
    }

    /// Two tables under headings of the same name get different region names (D11).
    @Test func regionNamesAreUniqueInAPage() {
        let markdown = """
            ## Inspection of May 2025

            ### Ratings

            | a |
            | --- |
            | 1 |

            ## Inspection of February 2023

            ### Ratings

            | a |
            | --- |
            | 1 |

            ### Ratings

            | a |
            | --- |
            | 1 |

            """
        let html = converter.html(from: markdown)
        #expect(html.contains("aria-label=\"Ratings, Inspection of May 2025\""))
        #expect(html.contains("aria-label=\"Ratings, Inspection of February 2023\""))
        #expect(html.contains("aria-label=\"Ratings, Inspection of February 2023 (2)\""))
    }

    /// A matrix's short rating code says what it stands for, and keeps its badge (D4).
    @Test func codesInCellsAreAbbreviations() {
        let html = converter.html(
            from: "| PDU | 1.1 |\n| --- | --- |\n| York | [RI](a.md \"a line 1\") |\n| Leeds | RI |\n")
        #expect(
            html.contains(
                "<td><span class=\"rating rating-requires-improvement\"><a href=\"a.html\" title=\"a line 1\"><abbr title=\"Requires improvement\">RI</abbr></a></span></td>"
            ))
        #expect(
            html.contains(
                "<td><span class=\"rating rating-requires-improvement\"><abbr title=\"Requires improvement\">RI</abbr></span></td>"
            ))
        #expect(!converter.html(from: "RI in a sentence [RI](x.md)\n").contains("<abbr"))
    }

    /// Each fourth-level section folds into `<details>`, up to the next one or a rule (D18).
    @Test func fourthLevelSectionsFold() {
        let html = converter.html(
            from: "### Findings\n\n#### 1.1 Leadership\n\nText one.\n\n#### 1.2 Staff\n\nText two.\n\n---\n\nAfter.\n")
        #expect(
            html == """
                <h3 id="findings">Findings</h3>
                <h4 id="1-1-leadership">1.1 Leadership</h4>
                <details>
                <summary>Show this section</summary>
                <p>Text one.</p>
                </details>
                <h4 id="1-2-staff">1.2 Staff</h4>
                <details>
                <summary>Show this section</summary>
                <p>Text two.</p>
                </details>
                <hr />
                <p>After.</p>

                """)
    }
}
