import MarkdownHTML
import PageViews

/// What the layout template (`layout.html`) receives for one HTML page: the page's frame
/// (title, navigation, breadcrumbs, links up to the root), its content as HTML, the
/// contents list, and the absolute URLs that exist only when the site has a base URL.
///
/// Mustache escapes every `{{value}}` for HTML; only `heading` and `body` are written
/// unescaped (`{{{body}}}`): they are cmark-gfm's safe output or sitegen's own escaped HTML.
public struct LayoutView: Sendable {
    public var title: String
    public var siteName: String
    /// `""` or `../`: the relative way up to the site's root.
    public var root: String
    public var home: String
    public var navigation: [PageFrame.NavigationItem]
    public var trail: [Link]
    public var hasTrail: Bool
    /// The page's Markdown, or a source text's plain file.
    public var alternate: Link?
    /// The page's absolute URL (`<link rel="canonical">`), when the site has a base URL.
    public var canonical: String?
    /// The site's base URL as `<base href>`: on the not-found page only, which a server
    /// shows at any depth of the site, so that its relative links still resolve.
    public var base: String?
    /// The page's first-level heading, when the content starts with one.
    public var heading: String
    /// The rest of the content.
    public var body: String
    /// The second- and third-level headings, for an "On this page" list.
    public var contents: [ContentsEntry]
    /// Whether the page is long enough to list its contents (four or more entries).
    public var hasContents: Bool

    /// One entry of the contents list: `<a href="#{{id}}">{{text}}</a>`.
    public struct ContentsEntry: Sendable {
        public var text: String
        public var id: String
        /// A third-level heading, shown inside the section before it.
        public var isSubsection: Bool
    }

    /// The view of a page framed by `frame` with `content`, in a site published at
    /// `baseURL` (nil when none was given).
    public init(frame: PageFrame, content: String, headings: [MarkdownHeading], baseURL: BaseURL?, isNotFoundPage: Bool = false) {
        title = frame.title
        siteName = frame.siteName
        root = frame.root
        home = frame.home
        navigation = frame.navigation
        trail = frame.trail
        hasTrail = frame.hasTrail
        alternate = frame.alternate
        canonical = isNotFoundPage ? nil : baseURL?.url(of: frame.path)
        base = isNotFoundPage ? baseURL?.string : nil
        (heading, body) = Self.splitLeadingHeading(content)
        contents = headings.filter { $0.level == 2 || $0.level == 3 }.map {
            ContentsEntry(text: $0.text, id: $0.id, isSubsection: $0.level == 3)
        }
        hasContents = contents.count >= 4
    }

    /// `html` split after its first line when that line is an `<h1>` element, as
    /// cmark-gfm writes a leading `# Title`; otherwise no heading and `html` whole.
    static func splitLeadingHeading(_ html: String) -> (heading: String, body: String) {
        guard html.hasPrefix("<h1"), let end = html.range(of: "</h1>\n") else { return ("", html) }
        return (String(html[..<end.upperBound]), String(html[end.upperBound...]))
    }
}
