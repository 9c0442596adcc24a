import MarkdownHTML
import MarkdownPages
import PageViews

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the layout template (`layout.html`) receives for one HTML page: the page's frame
/// (title, navigation, breadcrumbs, links up to the root), its content as HTML, the
/// contents list, and the absolute URLs that exist only when the site has a base URL.
///
/// Mustache escapes every `{{value}}` for HTML; only `heading`, `lead` and `body` are written
/// unescaped (`{{{body}}}`): they are cmark-gfm's safe output or sitegen's own escaped HTML,
/// handed over as bytes (``UTF8Text``), pieces of the content as it was given.
public struct LayoutView: Sendable, Encodable {
    public var title: String
    /// The `<title>`: `York · Probation inspections`, or the site's name alone on the home page.
    public var documentTitle: String
    public var siteName: String
    /// Whether the page's first table gets a filter box (`<main data-filter>`, for site.js).
    public var filtersFirstTable: Bool
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
    public var heading: UTF8Text
    /// The content before its first second-level heading (the headline), shown before the
    /// contents list so that it is on the first screen.
    public var lead: UTF8Text
    /// The rest of the content.
    public var body: UTF8Text
    /// The second-level headings, each with the third-level headings under it, for an
    /// "On this page" list.
    public var contents: [ContentsEntry]
    /// Whether the page is long enough to list its contents (four or more entries).
    public var hasContents: Bool

    /// One entry of the contents list: `<a href="#{{id}}">{{text}}</a>`.
    public struct ContentsEntry: Sendable, Encodable {
        public var text: String
        public var id: String
        /// The third-level headings of a second-level heading's section.
        public var subsections: [ContentsEntry]
        public var hasSubsections: Bool
    }

    /// The view of a page framed by `frame` with the HTML `content` (UTF-8), in a site
    /// published at `baseURL` (nil when none was given).
    public init(
        frame: PageFrame, content: [UInt8], headings: [MarkdownHeading], baseURL: BaseURL?,
        isNotFoundPage: Bool = false
    ) {
        title = frame.title
        documentTitle = frame.title == frame.siteName ? frame.siteName : "\(frame.title) · \(frame.siteName)"
        siteName = frame.siteName
        filtersFirstTable = frame.filtersFirstTable
        root = frame.root
        home = frame.home
        navigation = frame.navigation
        trail = frame.trail
        hasTrail = frame.hasTrail
        alternate = frame.alternate
        canonical = isNotFoundPage ? nil : baseURL?.url(of: frame.path)
        base = isNotFoundPage ? baseURL?.string : nil
        let (heading, rest) = Self.splitLeadingHeading(content[...])
        let (lead, body) = Self.splitLead(rest)
        (self.heading, self.lead, self.body) = (UTF8Text(heading), UTF8Text(lead), UTF8Text(body))
        var entries: [ContentsEntry] = []
        for entry in headings where entry.level == 2 || entry.level == 3 {
            let item = ContentsEntry(text: entry.text, id: entry.id, subsections: [], hasSubsections: false)
            if entry.level == 3, !entries.isEmpty {
                entries[entries.count - 1].subsections.append(item)
                entries[entries.count - 1].hasSubsections = true
            } else {
                entries.append(item)
            }
        }
        contents = entries
        hasContents = entries.reduce(0) { $0 + 1 + $1.subsections.count } >= 4
    }

    /// The view of a page framed by `frame` with the HTML `content`.
    public init(
        frame: PageFrame, content: String, headings: [MarkdownHeading], baseURL: BaseURL?, isNotFoundPage: Bool = false
    ) {
        self.init(
            frame: frame, content: Array(content.utf8), headings: headings, baseURL: baseURL,
            isNotFoundPage: isNotFoundPage)
    }

    /// `html` split before its first `<h2`, when a lead comes before it; else no lead.
    static func splitLead(_ html: ArraySlice<UInt8>) -> (lead: ArraySlice<UInt8>, body: ArraySlice<UInt8>) {
        guard !html.starts(with: "<h2".utf8), let start = html.firstOffset(of: "\n<h2") else {
            return (html[html.startIndex..<html.startIndex], html)
        }
        return (html[..<(start + 1)], html[(start + 1)...])
    }

    /// `html` split after its first line when that line is an `<h1>` element, as
    /// cmark-gfm writes a leading `# Title`; otherwise no heading and `html` whole.
    static func splitLeadingHeading(
        _ html: ArraySlice<UInt8>
    ) -> (heading: ArraySlice<UInt8>, body: ArraySlice<UInt8>) {
        let marker: StaticString = "</h1>\n"
        guard html.starts(with: "<h1".utf8), let end = html.firstOffset(of: marker) else {
            return (html[html.startIndex..<html.startIndex], html)
        }
        let split = end + marker.utf8CodeUnitCount
        return (html[..<split], html[split...])
    }
}

extension ArraySlice<UInt8> {
    /// The index where `needle`'s bytes first occur (the layout's searches are for ASCII
    /// markup, in pages of up to megabytes: candidates are found by the C library's `memchr`).
    fileprivate func firstOffset(of needle: StaticString) -> Int? {
        withUnsafeBytes { haystack -> Int? in
            guard let base = haystack.baseAddress, needle.utf8CodeUnitCount > 0 else { return nil }
            let (first, length) = (Int32(needle.utf8Start.pointee), needle.utf8CodeUnitCount)
            var offset = 0
            while haystack.count - offset >= length,
                let found = memchr(base + offset, first, haystack.count - offset - length + 1)
            {
                offset = UnsafeRawPointer(found) - base
                if memcmp(found, needle.utf8Start, length) == 0 { return startIndex + offset }
                offset += 1
            }
            return nil
        }
    }
}

extension LayoutView: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("title", title)
        object.add("documentTitle", documentTitle)
        object.add("siteName", siteName)
        object.add("filtersFirstTable", filtersFirstTable)
        object.add("root", root)
        object.add("home", home)
        try object.add("navigation", navigation)
        try object.add("trail", trail)
        object.add("hasTrail", hasTrail)
        try object.add("alternate", alternate)
        object.add("canonical", canonical)
        object.add("base", base)
        try object.add("heading", heading)
        try object.add("lead", lead)
        try object.add("body", body)
        try object.add("contents", contents)
        object.add("hasContents", hasContents)
    }
}

extension LayoutView.ContentsEntry: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("text", text)
        object.add("id", id)
        try object.add("subsections", subsections)
        object.add("hasSubsections", hasSubsections)
    }
}
