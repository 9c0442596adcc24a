/// The result of converting one Markdown document: an HTML fragment (no `<html>` or
/// `<body>`; the page template wraps it) and the headings it contains.
public struct RenderedMarkdown: Hashable, Sendable {
    /// The HTML fragment: UTF-8 text, `\n` line endings, ending with `\n` unless empty.
    public let html: String
    /// Every heading of the document, in the order they appear in `html` (headings inside
    /// block quotes, list items and footnotes included).
    public let headings: [MarkdownHeading]

    public init(html: String, headings: [MarkdownHeading]) {
        self.html = html
        self.headings = headings
    }
}
