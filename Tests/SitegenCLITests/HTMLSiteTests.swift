import Foundation
import Testing

@testable import SitegenCLI

/// The HTML site built from the real `Content/`, checked as a reader's browser and a
/// security reviewer would: links, anchors, validity, layout, and nothing executable.
@Suite struct HTMLSiteTests {
    var output: String { SitePagesTests.built.folder.path + "/Output" }

    func page(_ path: String) throws -> String {
        #expect(SitePagesTests.built.status == 0)
        return try #require(SitePagesTests.built.folder.read("Output/" + path), "\(path) was not written")
    }

    @Test func everyMarkdownPageHasItsHTMLPageBeside() {
        let files = Set(SitePagesTests.built.folder.files(under: "Output"))
        let markdown = files.filter { $0.hasSuffix(".md") }
        #expect(markdown.count == 18)
        for page in markdown { #expect(files.contains(String(page.dropLast(3)) + ".html"), "\(page) has no HTML page") }
        for text in files.filter({ $0.hasPrefix("source/") && $0.hasSuffix(".txt") }) {
            #expect(files.contains(String(text.dropLast(4)) + ".html"), "\(text) has no page")
        }
        #expect(
            files.isSuperset(of: [
                "assets/site.css", "assets/site.js", "assets/search.js", "404.html", "data.html", "search.html",
                "search-index.js",
            ]))
        #expect(!files.contains("sitemap.xml"), "no base URL, no sitemap")
    }

    @Test func everyLinkImageAndAnchorResolves() {
        #expect(HTMLSiteCheck.htmlFiles(in: output).count == 23)
        #expect(HTMLSiteCheck.brokenReferences(in: output) == [])
        #expect(HTMLSiteCheck.duplicateIDs(in: output) == [])
    }

    /// The search index's list names its chunks, each a file that adds itself by its path;
    /// every section of the index names a page of the site and a heading id on it; every
    /// source page it names exists.
    @Test func searchIndexLinksResolve() throws {
        let list = try page("search-index.js")
        let chunks = list.split(separator: "\n").filter { $0.hasPrefix("\"") }.map {
            $0.trimmingCharacters(in: ["\"", ","])
        }
        #expect(chunks.count >= 2 && chunks.allSatisfy { $0.hasPrefix("search-index/") })
        #expect(
            Set(chunks)
                == Set(SitePagesTests.built.folder.files(under: "Output/search-index").map { "search-index/" + $0 }))
        let script = try chunks.map { chunk in
            let script = try page(chunk)
            #expect(
                script.contains("(window.sitegenSearchIndex = window.sitegenSearchIndex || {})[\"\(chunk)\"] = {\n"))
            return script
        }.joined()
        let row = try Regex(#"^\["([^"]+)","([^"]*)","[^"]*",\d+\],?$"#)
        var sections = 0
        for line in script.split(separator: "\n") {
            guard let match = try row.wholeMatch(in: String(line)) else { continue }
            let (target, anchor) = (String(match.output[1].substring!), String(match.output[2].substring!))
            let html = try page(target)
            if !anchor.isEmpty { #expect(html.contains(" id=\"\(anchor)\""), "\(target) has no #\(anchor)") }
            sections += 1
        }
        #expect(sections > 50)
        for source in [
            "brighton-and-east-sussex-2024", "derby-city-2025", "east-midlands-regional-letter-2023", "leeds-2024",
            "york-2024",
        ] {
            #expect(script.contains("[\"source/\(source).html\",\"\(source).txt\"]"))
            #expect(SitePagesTests.built.folder.exists("Output/source/\(source).html"))
        }
    }

    @Test func noPageCanRunScriptButTheSitesOwn() {
        #expect(HTMLSiteCheck.executableContent(in: output) == [])
    }

    /// tidy 5.6 reports misnesting only as a warning, so warnings count too; it does not
    /// know ARIA 1.1's `aria-current`, which is valid HTML.
    @Test func everyPagePassesTidy() {
        #expect(
            HTMLSiteCheck.tidyErrors(in: output, warnings: true, ignoring: ["proprietary attribute \"aria-current\""])
                == [])
    }

    @Test func everyPageHasTheLayout() throws {
        for path in HTMLSiteCheck.htmlFiles(in: output) {
            let html = try page(path)
            #expect(html.hasPrefix("<!doctype html>\n<html lang=\"en-GB\">\n"), "\(path)")
            #expect(html.contains("<a class=\"skip-link\" href=\"#content\">Skip to content</a>"), "\(path)")
            #expect(html.contains("<main id=\"content\""), "\(path)")
            #expect(html.contains("<nav class=\"site-nav\" aria-label=\"Site\">"), "\(path)")
            #expect(html.contains("Open Government Licence v3.0</a>"), "\(path)")
            #expect(!html.contains("rel=\"canonical\""), "\(path): no base URL, no canonical link")
        }
        let york = try page("pdus/york.html")
        #expect(york.contains("<title>York · Probation inspections</title>"))
        #expect(york.contains("<link rel=\"stylesheet\" href=\"../assets/site.css\">"))
        #expect(york.contains("<script src=\"../assets/site.js\" defer></script>"))
        #expect(
            york.contains(
                "<li><a href=\"../regions/yorkshire-and-the-humber.html\">Yorkshire and the Humber</a></li>\n<li aria-current=\"page\">York</li>"
            ))
        #expect(york.contains("<p><a class=\"alternate\" href=\"york.md\">This page as Markdown</a></p>"))
        #expect(try page("trends.html").contains("<li><a href=\"trends.html\" aria-current=\"page\">Trends</a></li>"))
    }

    /// York's planning question on keeping others safe: 35% on the page, linked to the
    /// line of the source page that says 35%.
    @Test func aFigureLinksToItsLineOfTheSourcePage() throws {
        let york = try page("pdus/york.html")
        #expect(
            york.contains(
                "<td data-label=\"Cases meeting it\"><a href=\"../source/york-2024.html#L366\" title=\"york-2024.txt line 366\">35%</a></td>"
            ))
        let source = try page("source/york-2024.html")
        #expect(
            source.contains(
                "<a id=\"L366\" href=\"#L366\">366</a>Does planning focus sufficiently on keeping other people safe?\t35%\n"
            ))
        #expect(source.contains("<a href=\"york-2024.txt\">plain text</a>"))
        let lines = try page("source/york-2024.txt").split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(source.contains("id=\"L\(lines - 1)\""))
        #expect(!source.contains("id=\"L\(lines + 1)\""))
    }

    @Test func ratingsAreBadgesThatSayTheRating() throws {
        let york = try page("pdus/york.html")
        #expect(
            york.contains(
                "<td data-label=\"Overall rating\"><span class=\"rating rating-inadequate\"><a href=\"../source/york-2024.html#L74\" title=\"york-2024.txt line 74\">Inadequate</a></span></td>"
            ))
        let index = try page("index.html")
        #expect(
            index.contains("<td><span class=\"rating rating-requires-improvement\">Requires improvement</span></td>"))
        // The matrices' codes are badges too, and say what they stand for (D4).
        let matrix = try page("trends/yorkshire-and-the-humber.html")
        #expect(matrix.contains("<span class=\"rating rating-inadequate\"><a href=\"../source/york-2024.html#L"))
        #expect(matrix.contains("><abbr title=\"Inadequate\">I</abbr></a></span></td>"))
    }

    @Test func tablesScrollInNamedRegions() throws {
        let trends = try page("trends.html")
        #expect(!trends.contains("<table") || trends.contains("<div class=\"table-scroll\" role=\"region\""))
        #expect(!trends.contains(" align="))
        let opened = trends.components(separatedBy: "<table").count - 1
        #expect(opened > 5)
        #expect(trends.components(separatedBy: "<div class=\"table-scroll\"").count - 1 == opened)
    }

    @Test func aBaseURLAddsCanonicalLinksASitemapAndThe404Base() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let environment = SitegenEnvironment(console: CapturedConsole().console, currentDirectory: repository)
        #expect(
            Sitegen.execute(
                [
                    "build", "--quiet", "--base-url", "https://example.org/reports/probation",
                    "--output", folder.path + "/Output",
                ], environment: environment) == 0)
        let york = try #require(folder.read("Output/pdus/york.html"))
        #expect(york.contains("<link rel=\"canonical\" href=\"https://example.org/reports/probation/pdus/york.html\">"))
        #expect(york.contains("href=\"../index.html\""), "links stay relative")
        let notFound = try #require(folder.read("Output/404.html"))
        #expect(notFound.contains("<base href=\"https://example.org/reports/probation/\">"))
        #expect(!notFound.contains("rel=\"canonical\""))
        let sitemap = try #require(folder.read("Output/sitemap.xml"))
        #expect(
            sitemap.hasPrefix(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            ))
        #expect(sitemap.contains("<url><loc>https://example.org/reports/probation/index.html</loc></url>\n"))
        #expect(sitemap.contains("<url><loc>https://example.org/reports/probation/source/york-2024.html</loc></url>\n"))
        #expect(!sitemap.contains("404.html"))
        #expect(sitemap.components(separatedBy: "<url>").count - 1 == 22)
    }

    @Test(arguments: [
        "example.org", "ftp://example.org/", "https://", "https://example.org/?q=1", "javascript:alert(1)//",
        "https://example.org/\"><script>",
    ])
    func aBaseURLThatIsNotAnAbsoluteHTTPURLIsBadUsage(url: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Content/a.txt")
        let (status, console) = run(["build", "--base-url", url], in: folder, parsed: corpus())
        #expect(status == 2)
        #expect(console.standardError.contains("is not an absolute http or https URL"))
        #expect(!folder.exists("Output"))
    }
}
