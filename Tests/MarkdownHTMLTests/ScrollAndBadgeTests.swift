import MarkdownHTML
import Testing

/// The two options the site turns on: tables in named scrolling regions, and badges.
@Suite struct ScrollAndBadgeTests {
    static let badges = ["Good": "rating rating-good", "Requires improvement": "rating rating-requires-improvement"]
    let converter = MarkdownConverter(scrollableTables: true, badges: Self.badges)

    @Test func tableIsInARegionNamedByItsCaptionOrHeading() {
        let table = "| a |\n| --- |\n| 1 |\n"
        let body =
            "<thead>\n<tr>\n<th scope=\"col\">a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n</tr>\n</tbody>\n</table>\n</div>\n"
        #expect(
            converter.html(from: "*Scores & \"shares\"*\n\n" + table) == """
                <div class="table-scroll" role="region" aria-label="Scores &amp; &quot;shares&quot;" tabindex="0">
                <table>
                <caption>Scores &amp; &quot;shares&quot;</caption>

                """ + body)
        #expect(
            converter.html(from: "## History <1>\n\n" + table) == """
                <h2 id="history-1">History &lt;1&gt;</h2>
                <div class="table-scroll" role="region" aria-label="History &lt;1&gt;" tabindex="0">
                <table aria-labelledby="history-1">

                """ + body)
        #expect(converter.html(from: table) == "<div class=\"table-scroll\" tabindex=\"0\">\n<table>\n" + body)
    }

    @Test func linksAndCellsWhoseWholeTextIsABadgeWordAreWrapped() {
        let markdown = """
            Rating: [Requires improvement](a.md#L3 "a line 3"), not [Good news](b.md).

            | Rating | Note |
            | --- | --- |
            | Good | Good enough |
            | [Good](c.md) | **Good** |

            ## Good

            """
        #expect(
            MarkdownConverter(badges: Self.badges).html(from: markdown) == """
                <p>Rating: <span class="rating rating-requires-improvement"><a href="a.html#L3" title="a line 3">Requires improvement</a></span>, not <a href="b.html">Good news</a>.</p>
                <table>
                <thead>
                <tr>
                <th scope="col">Rating</th>
                <th scope="col">Note</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td><span class="rating rating-good">Good</span></td>
                <td>Good enough</td>
                </tr>
                <tr>
                <td><span class="rating rating-good"><a href="c.html">Good</a></span></td>
                <td><strong>Good</strong></td>
                </tr>
                </tbody>
                </table>
                <h2 id="good">Good</h2>

                """)
    }
}
