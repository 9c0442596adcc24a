import MarkdownHTML
import Testing

/// Links to Markdown pages become links to HTML pages; other links are left alone.
@Suite struct LinkTests {
    let converter = MarkdownConverter()

    @Test func relativeMarkdownLinksBecomeHTML() {
        let markdown = """
            [East Midlands](../regions/east-midlands.md#leadership), [Derby](derby-city-2025.md), \
            [root](/regions/york.MD), [ref][r]

            [r]: ./leeds.md

            """
        #expect(
            converter.html(from: markdown) == """
                <p><a href="../regions/east-midlands.html#leadership">East Midlands</a>, <a href="derby-city-2025.html">Derby</a>, \
                <a href="/regions/york.html">root</a>, <a href="./leeds.html">ref</a></p>

                """)
    }

    @Test func otherLinksAreLeftAlone() {
        let markdown = """
            [a](https://example.org/a.md) [b](mailto:someone@example.md) [c](#notes.md) \
            [d](//cdn.example.org/a.md) [e](a.md?raw=1) [f](notes.mdx) [g](.md) [h](https://example.org/a.md#x) \
            <https://example.org/b.md>

            """
        #expect(
            converter.html(from: markdown) == """
                <p><a href="https://example.org/a.md">a</a> <a href="mailto:someone@example.md">b</a> <a href="#notes.md">c</a> \
                <a href="//cdn.example.org/a.md">d</a> <a href="a.md?raw=1">e</a> <a href="notes.mdx">f</a> <a href=".md">g</a> \
                <a href="https://example.org/a.md#x">h</a> <a href="https://example.org/b.md">https://example.org/b.md</a></p>

                """)
    }
}
