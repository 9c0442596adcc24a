/// The result of converting one Markdown document: an HTML fragment (no `<html>` or
/// `<body>`; the page template wraps it) and the headings it contains.
public struct RenderedMarkdown: Hashable, Sendable {
    /// The HTML fragment as cmark-gfm wrote it: valid UTF-8, `\n` line endings, ending with
    /// `\n` unless empty.
    public let bytes: [UInt8]
    /// Every heading of the document, in the order they appear in `html` (headings inside
    /// block quotes, list items and footnotes included).
    public let headings: [MarkdownHeading]

    /// The HTML fragment as a `String`.
    public var html: String { String(decoding: bytes, as: UTF8.self) }

    public init(bytes: [UInt8], headings: [MarkdownHeading]) {
        self.bytes = bytes
        self.headings = headings
    }

    public init(html: String, headings: [MarkdownHeading]) {
        self.init(bytes: Array(html.utf8), headings: headings)
    }
}
