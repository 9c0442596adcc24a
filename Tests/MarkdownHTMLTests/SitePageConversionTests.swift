import MarkdownHTML
import Testing

/// One page as the site converts it (scrolling tables, rating badges) holding everything
/// at once: a table, a footnote, a `<script>` block, an `onerror=` attribute and a
/// `javascript:` link. The exact HTML shows the structure kept and nothing executable.
@Suite struct SitePageConversionTests {
    @Test func tableFootnoteScriptOnerrorAndJavascriptLink() {
        let converter = MarkdownConverter(scrollableTables: true, badges: ["Good": "rating rating-good"])
        let markdown = """
            # York

            ## Ratings

            | Standard | Rating |
            | --- | --: |
            | 1.1 Leadership[^1] | [Good](../source/york-2024.md#L96 "york-2024.txt line 96") |

            <script>alert(1)</script>

            A chart <img src=x onerror=alert(2)> and [a link](javascript:alert(3)).

            [^1]: Read from the ratings table.

            """
        #expect(
            converter.html(from: markdown) == """
                <h1 id="york">York</h1>
                <h2 id="ratings">Ratings</h2>
                <div class="table-scroll" role="region" aria-label="Ratings" tabindex="0">
                <table aria-labelledby="ratings">
                <thead>
                <tr>
                <th scope="col">Standard</th>
                <th scope="col" style="text-align: right">Rating</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td>1.1 Leadership<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup></td>
                <td style="text-align: right"><span class="rating rating-good"><a href="../source/york-2024.html#L96" title="york-2024.txt line 96">Good</a></span></td>
                </tr>
                </tbody>
                </table>
                </div>
                <!-- raw HTML omitted -->
                <p>A chart <!-- raw HTML omitted --> and <a href="">a link</a>.</p>
                <section class="footnotes" data-footnotes>
                <ol>
                <li id="fn-1">
                <p>Read from the ratings table. <a href="#fnref-1" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩</a></p>
                </li>
                </ol>
                </section>

                """)
    }
}
