/// One heading of a converted Markdown document, in document order, for building an
/// on-page contents list.
///
/// `text` is the heading's plain text as a reader sees it (emphasis, links and code
/// reduced to their text, raw HTML left out, runs of white space collapsed to one space).
/// It is not HTML-escaped: escape it when writing it into a page. `id` is the `id`
/// attribute the heading carries in the HTML, so `#` + `id` links to it; it only ever
/// contains `a`-`z`, `0`-`9` and `-` (see ``MarkdownConverter`` for how it is made).
public struct MarkdownHeading: Hashable, Sendable {
    /// 1 for `#`, up to 6 for `######` (setext `===` is 1 and `---` is 2).
    public let level: Int
    /// The heading's plain text (not escaped).
    public let text: String
    /// The heading's `id` attribute, unique within its document.
    public let id: String

    /// The `id` of a heading whose plain text is `text` when it is the first heading with
    /// that text on its page (a later one gets a suffix: `-2`, `-3`, …).
    public static func id(of text: String) -> String {
        var ids = HeadingIDs()
        return ids.next(for: text)
    }

    public init(level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }
}
