/// Converts Markdown (GitHub Flavored Markdown) to a safe HTML fragment with cmark-gfm.
///
/// **Syntax.** CommonMark plus the GFM extensions `table`, `strikethrough`, `autolink`
/// and `tagfilter`, and footnotes (`text[^1]` … `[^1]: note`). Smart punctuation is off:
/// quotes, dashes and dots are written as typed.
///
/// **Safety.** cmark-gfm's safe mode stays on (`CMARK_OPT_UNSAFE` is never passed): raw
/// HTML blocks and inline HTML (`<script>`, `<img onerror=…>`) are replaced by
/// `<!-- raw HTML omitted -->`, and link and image destinations starting `javascript:`,
/// `vbscript:`, `file:` or `data:` (except `data:image/png`, `gif`, `jpeg`, `webp`) are
/// emptied (`href=""`). All text is escaped by cmark-gfm.
///
/// **Headings** get an `id`: the slug of their text, lower-case ASCII letters and digits
/// with words joined by `-` (`## 1.1 Leadership` → `<h2 id="1-1-leadership">`), accents
/// dropped, `section` when nothing is left, and `-2`, `-3`, … on the second and later uses
/// of an id in one document. ``RenderedMarkdown/headings`` lists them for a contents list.
///
/// **Links** to Markdown pages become links to the HTML pages: a relative destination
/// whose path ends in `.md`, with or without a `#fragment`, ends in `.html` instead
/// (`../regions/east-midlands.md#leadership` → `../regions/east-midlands.html#leadership`).
/// URLs with a scheme (`https:`, `mailto:`), `//host/…`, fragments and paths with a query
/// are left alone.
///
/// **Tables** have `scope="col"` on every header cell and alignment as
/// `style="text-align: left|center|right"` (never the obsolete `align=`). A table's
/// caption is a paragraph of one line that is entirely emphasised or strong, right before
/// the table (a blank line between them is allowed):
///
/// ```markdown
/// *Ratings by standard*
///
/// | Standard | Rating |
/// | --- | --- |
/// ```
///
/// becomes `<table>\n<caption>Ratings by standard</caption>\n…`, and the paragraph is not
/// written. A table without such a paragraph is handled as `uncaptionedTables` says.
/// With `scrollableTables`, each table is inside
/// `<div class="table-scroll" role="region" aria-label="…" tabindex="0">`, named by its
/// caption or heading (no `role` or name when it has neither), so that a stylesheet can let
/// a wide table scroll on its own and a keyboard user can scroll it.
///
/// **Badges.** A link whose whole text, or a table cell whose whole content (one piece of
/// plain text), is a key of `badges` is wrapped in `<span class="…">` with the class the
/// key maps to (`["Good": "rating rating-good"]` →
/// `<span class="rating rating-good"><a href="…">Good</a></span>`). Headings are left alone.
///
/// **Determinism.** The same Markdown and options always give the same bytes.
///
/// **Threads.** Call from any thread or task; conversions run concurrently except for one
/// step: cmark-gfm 0.29.0.gfm.6 parses inlines with process-wide tables of special
/// characters, so `cmark_parser_finish` runs under one lock (``CmarkLock``). Do not call
/// cmark-gfm other than through this type.
public struct MarkdownConverter: Hashable, Sendable {
    /// What to do with a table that has no caption paragraph.
    public var uncaptionedTables: UncaptionedTables
    /// Whether each table is wrapped in a named, focusable `div.table-scroll`.
    public var scrollableTables: Bool
    /// Link or table-cell text → the CSS class of the `<span>` put around it.
    public var badges: [String: String]
    /// Table-cell text (alone in its cell or its cell's link) → what it abbreviates: the
    /// text is written `<abbr title="…">`.
    public var abbreviations: [String: String]
    /// The sections under headings of this level fold into a `<details>` right after the
    /// heading, up to the next heading of this level or above, or a thematic break.
    public var foldedHeadingLevel: Int?
    /// The folded sections' `<summary>` text.
    public var foldedSummary: String

    /// - Parameters:
    ///   - uncaptionedTables: for a table without a caption paragraph: by default it is
    ///     labelled by the nearest heading before it (`aria-labelledby`).
    ///   - scrollableTables: wrap each table in a scrolling region (off by default).
    ///   - badges: texts to mark with a class (none by default).
    public init(
        uncaptionedTables: UncaptionedTables = .labelledByPrecedingHeading,
        scrollableTables: Bool = false, badges: [String: String] = [:],
        abbreviations: [String: String] = [:], foldedHeadingLevel: Int? = nil,
        foldedSummary: String = "Show this section"
    ) {
        self.uncaptionedTables = uncaptionedTables
        self.scrollableTables = scrollableTables
        self.badges = badges
        self.abbreviations = abbreviations
        self.foldedHeadingLevel = foldedHeadingLevel
        self.foldedSummary = foldedSummary
    }

    /// The HTML fragment for `markdown`.
    public func html(from markdown: String) -> String {
        convert(markdown).html
    }

    /// The HTML fragment for `markdown` and the headings in it.
    public func convert(_ markdown: String) -> RenderedMarkdown {
        var markdown = markdown
        return markdown.withUTF8 { CmarkConversion.convert($0, settings: self) }
    }

    /// The HTML fragment for the Markdown whose UTF-8 bytes are `markdown` (a page as
    /// `TemplateSet` renders it), and the headings in it.
    public func convert(_ markdown: [UInt8]) -> RenderedMarkdown {
        markdown.withUnsafeBufferPointer { CmarkConversion.convert($0, settings: self) }
    }
}
