import MarkdownPages

/// What the site layout puts around a page's own content: its title, where it sits in the
/// site (navigation and breadcrumbs), and the links every page carries, all relative to
/// the page. One per HTML page, Markdown or source text.
public struct PageFrame: Sendable, Encodable {
    /// The HTML page's path in the site: `pdus/leeds.html`.
    public var path: String
    /// The page's own title (the layout adds the site's name).
    public var title: String
    public var siteName: String
    /// The relative way up to the site's root: `""` or `../`. Layouts write
    /// `{{root}}assets/site.css`.
    public var root: String
    /// The home page, relative to this page.
    public var home: String
    /// The site's sections, the current one marked.
    public var navigation: [NavigationItem]
    /// The pages above this one, from the home page down (the page itself not included).
    public var trail: [Link]
    public var hasTrail: Bool
    /// The same content in another form: the page's Markdown, or a source text's plain file.
    public var alternate: Link?
    /// Whether the page's first table is a list to narrow with a filter box (site.js).
    public var filtersFirstTable = false

    public init(
        path: String, title: String, siteName: String, root: String, home: String,
        navigation: [NavigationItem], trail: [Link], hasTrail: Bool, alternate: Link?
    ) {
        self.path = path
        self.title = title
        self.siteName = siteName
        self.root = root
        self.home = home
        self.navigation = navigation
        self.trail = trail
        self.hasTrail = hasTrail
        self.alternate = alternate
    }

    /// One entry of the site's navigation.
    public struct NavigationItem: Sendable, Encodable {
        public var text: String
        public var href: String
        /// Whether this entry is the page itself (`aria-current="page"`).
        public var isCurrent: Bool

        public init(text: String, href: String, isCurrent: Bool) {
            self.text = text
            self.href = href
            self.isCurrent = isCurrent
        }
    }
}

extension Linker {
    /// The frame of this linker's page, shown as the HTML page beside it.
    func frame(title: String, trail: [Link], alternate: Link?) -> PageFrame {
        let htmlPage = SiteMap.htmlPath(of: page)
        let navigation = Self.sections.map { section in
            PageFrame.NavigationItem(
                text: section.text, href: htmlHref(section.target), isCurrent: section.htmlPage == htmlPage)
        }
        let depth = htmlPage.split(separator: "/").count - 1
        return PageFrame(
            path: htmlPage, title: title, siteName: SiteMap.siteName,
            root: String(repeating: "../", count: depth), home: htmlHref(SiteMap.indexPath),
            navigation: navigation, trail: trail.map { Link(text: $0.text, href: SiteMap.htmlPath(of: $0.href)) },
            hasTrail: !trail.isEmpty, alternate: alternate)
    }

    /// The site's sections, as the navigation names them, with their HTML pages.
    private static let sections: [(text: String, target: String, htmlPage: String)] = [
        ("Home", SiteMap.indexPath), ("Regions", SiteMap.regionsPath), ("PDUs", SiteMap.pdusPath),
        ("Trends", SiteMap.trendsPath), ("Data", SiteMap.dataPath),
    ].map { ($0.0, $0.1, SiteMap.htmlPath(of: $0.1)) }

    /// The relative link to the HTML page of the Markdown page or file `target`.
    func htmlHref(_ target: String) -> String { SiteMap.htmlPath(of: href(target)) }
}

extension PageFrame.NavigationItem: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("text", text)
        object.add("href", href)
        object.add("isCurrent", isCurrent)
    }
}
