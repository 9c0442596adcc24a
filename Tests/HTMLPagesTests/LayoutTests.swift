import MarkdownHTML
import MarkdownPages
import PageViews
import Testing

@testable import HTMLPages

/// The layout's view, the base URL and the sitemap.
@Suite struct LayoutTests {
    static let frame = PageFrame(
        path: "pdus/york.html", title: "York <PDU>", siteName: "Probation inspections", root: "../",
        home: "../index.html",
        navigation: [PageFrame.NavigationItem(text: "Home", href: "../index.html", isCurrent: false)],
        trail: [Link(text: "Home", href: "../index.html")], hasTrail: true,
        alternate: Link(text: "This page as Markdown", href: "york.md"))

    /// ``LayoutView/splitLeadingHeading(_:)`` of `html`'s bytes, as Strings.
    static func splitLeadingHeading(_ html: String) -> (String, String) {
        let (heading, body) = LayoutView.splitLeadingHeading(Array(html.utf8)[...])
        return (String(decoding: heading, as: UTF8.self), String(decoding: body, as: UTF8.self))
    }

    /// ``LayoutView/splitLead(_:)`` of `html`'s bytes, as Strings.
    static func splitLead(_ html: String) -> (String, String) {
        let (lead, body) = LayoutView.splitLead(Array(html.utf8)[...])
        return (String(decoding: lead, as: UTF8.self), String(decoding: body, as: UTF8.self))
    }

    @Test func aLeadingHeadingIsSplitFromTheBody() {
        #expect(
            Self.splitLeadingHeading("<h1 id=\"york\">York</h1>\n<p>x</p>\n") == (
                "<h1 id=\"york\">York</h1>\n", "<p>x</p>\n"
            ))
        #expect(Self.splitLeadingHeading("<p>x</p>\n<h1>Late</h1>\n") == ("", "<p>x</p>\n<h1>Late</h1>\n"))
    }

    @Test func contentsListSecondAndThirdLevelHeadingsOfLongPagesOnly() {
        let headings = [
            MarkdownHeading(level: 1, text: "York", id: "york"),
            MarkdownHeading(level: 2, text: "History", id: "history"),
            MarkdownHeading(level: 2, text: "Inspection", id: "inspection"),
            MarkdownHeading(level: 3, text: "Ratings", id: "ratings"),
            MarkdownHeading(level: 4, text: "1.1", id: "1-1"),
        ]
        let short = LayoutView(frame: Self.frame, content: "", headings: headings, baseURL: nil)
        #expect(short.contents.map(\.id) == ["history", "inspection"])
        #expect(short.contents.map { $0.subsections.map(\.id) } == [[], ["ratings"]])
        #expect(!short.hasContents)
        let long = LayoutView(
            frame: Self.frame, content: "",
            headings: headings + [MarkdownHeading(level: 3, text: "Findings", id: "findings")],
            baseURL: nil)
        #expect(long.hasContents)
    }

    /// The headline (what comes before the first `<h2>`) goes before the contents list, so
    /// it is on a phone's first screen; the home page's title is the site's name alone (D23).
    @Test func theLeadIsSplitBeforeTheFirstSection() {
        #expect(
            Self.splitLead("<p>Lead</p>\n<ul>\n<li>x</li>\n</ul>\n<h2 id=\"a\">A</h2>\n<p>y</p>\n")
                == ("<p>Lead</p>\n<ul>\n<li>x</li>\n</ul>\n", "<h2 id=\"a\">A</h2>\n<p>y</p>\n"))
        #expect(Self.splitLead("<h2 id=\"a\">A</h2>\n") == ("", "<h2 id=\"a\">A</h2>\n"))
        // The split is found on bytes after text that is not ASCII, and not found when the
        // marker is cut short at the end.
        #expect(
            Self.splitLead("<p>Café – “x”</p>\n<h2 id=\"a\">A</h2>\n")
                == ("<p>Café – “x”</p>\n", "<h2 id=\"a\">A</h2>\n"))
        #expect(Self.splitLead("<p>é</p>\n<h") == ("", "<p>é</p>\n<h"))
        #expect(Self.splitLeadingHeading("<h1>é</h1>") == ("", "<h1>é</h1>"))
        // The view splits the content's bytes into heading, lead and body, each a piece of them.
        let view = LayoutView(
            frame: Self.frame, content: "<h1>T</h1>\n<p>Lead é</p>\n<h2 id=\"a\">A</h2>\n<p>y</p>\n", headings: [],
            baseURL: nil)
        #expect(
            [view.heading, view.lead, view.body].map(\.description) == [
                "<h1>T</h1>\n", "<p>Lead é</p>\n", "<h2 id=\"a\">A</h2>\n<p>y</p>\n",
            ])
        #expect(
            LayoutView(frame: Self.frame, content: "", headings: [], baseURL: nil).documentTitle
                == "York <PDU> · Probation inspections")
        var home = Self.frame
        home.title = home.siteName
        #expect(
            LayoutView(frame: home, content: "", headings: [], baseURL: nil).documentTitle == "Probation inspections")
    }

    @Test func theLayoutTemplateEscapesEveryValue() throws {
        let templates = TemplateSet([
            TemplateSource(
                name: "layout.html", path: "Templates/layout.html.mustache",
                text:
                    "<title>{{title}}</title>{{#canonical}}<link href=\"{{.}}\">{{/canonical}}\n{{{heading}}}{{{body}}}"
            )
        ])
        #expect(templates.diagnostics.isEmpty)
        let html = try HTMLDocument.render(
            frame: Self.frame, content: "<h1 id=\"y\">York</h1>\n<p>Body</p>\n", headings: [],
            baseURL: BaseURL("https://example.org/x"), templates: templates)
        #expect(
            html
                == "<title>York &lt;PDU&gt;</title><link href=\"https://example.org/x/pdus/york.html\">\n<h1 id=\"y\">York</h1>\n<p>Body</p>\n"
        )
    }

    @Test func baseURLsAreAbsoluteHTTPURLsEndingInASlash() {
        #expect(BaseURL("https://example.org")?.string == "https://example.org/")
        #expect(
            BaseURL("http://example.org/reports/probation/")?.url(of: "index.html")
                == "http://example.org/reports/probation/index.html")
        for bad in [
            "", "example.org", "/reports/", "ftp://x/", "https://", "https:///x", "https://x/?q", "https://x/#f",
            "https://x/a b", "https://x/\"", "javascript:alert(1)", "https://x/é",
        ] {
            #expect(BaseURL(bad) == nil, "\(bad)")
        }
    }

    @Test func theSitemapListsAbsoluteURLs() {
        let base = BaseURL("https://example.org/p")!
        #expect(
            Sitemap.document(baseURL: base, pages: ["index.html", "pdus/york.html"]) == """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url><loc>https://example.org/p/index.html</loc></url>
                <url><loc>https://example.org/p/pdus/york.html</loc></url>
                </urlset>

                """)
    }
}
