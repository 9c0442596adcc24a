import Foundation
import InspectionModel
import MarkdownHTML
import MarkdownPages
import OpenData
import PageViews
import SourceAndOutput
import Testing

@_spi(Testing) @testable import SitegenCLI

/// `--templates`: users change pages without recompiling, and template mistakes are
/// diagnostics that leave the output as it was.
@Suite struct TemplateTests {
    /// A folder with the real content and a copy of the real templates.
    func project() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: repository + "/Content", toPath: folder.path + "/Content")
        try FileManager.default.copyItem(atPath: repository + "/Templates", toPath: folder.path + "/Templates")
        return folder
    }

    func build(_ folder: TemporaryFolder, _ extra: [String] = []) -> (status: Int32, console: CapturedConsole) {
        let console = CapturedConsole()
        let environment = SitegenEnvironment(console: console.console, currentDirectory: folder.path)
        return (Sitegen.execute(["build", "--quiet"] + extra, environment: environment), console)
    }

    @Test func anEditedTemplateChangesThePagesOnTheNextBuild() throws {
        let folder = try project()
        defer { folder.remove() }
        #expect(build(folder).status == 0)
        #expect(folder.read("Output/pdus/leeds.md")?.contains("Edited page for Leeds") == false)
        let pdu = try #require(folder.read("Templates/pdu.mustache"))
        try folder.write(
            "Templates/pdu.mustache",
            pdu.replacingOccurrences(of: "# {{title}}\n", with: "# {{title}}\n\nEdited page for {{title}}.\n"))
        try folder.write(
            "Templates/partials/ratings-table.mustache", "Ratings of {{#standards}}{{name}}, {{/standards}}\n")
        #expect(build(folder).status == 0)
        let leeds = try #require(folder.read("Output/pdus/leeds.md"))
        #expect(leeds.contains("# Leeds\n\nEdited page for Leeds.\n"))
        #expect(
            leeds.contains(
                "Ratings of Leadership, Staffing, Services, Assessment, Planning, Implementation and delivery, Reviewing,\n"
            ))
    }

    @Test func anotherTemplatesFolderCanBeNamed() throws {
        let folder = try project()
        defer { folder.remove() }
        try FileManager.default.moveItem(atPath: folder.path + "/Templates", toPath: folder.path + "/theme")
        try folder.write("theme/index.mustache", "# My own index: {{pduCount}} PDUs\n")
        #expect(build(folder, ["--templates", "theme"]).status == 0)
        #expect(folder.read("Output/index.md") == "# My own index: 5 PDUs\n")
        #expect(build(folder).status == 0)  // no Templates/ any more: the built-in theme
        #expect(folder.read("Output/index.md")?.hasPrefix("# My own index") == false)
    }

    @Test func aTemplateSyntaxErrorNamesFileAndLineAndLeavesOutputAlone() throws {
        let folder = try project()
        defer { folder.remove() }
        #expect(build(folder).status == 0)
        let before = folder.files(under: "Output").map { folder.read("Output/" + $0) }
        try folder.write("Templates/region.mustache", "# {{title}}\n\n{{#pdus}}\n| {{pdu.text}} |\n")
        let (status, console) = build(folder)
        #expect(status == 1)
        #expect(console.standardError.contains("Templates/region.mustache:3:1: error: "))
        #expect(
            console.standardError.contains("sitegen: error: the templates have errors; 'Output' was left as it was"))
        #expect(folder.files(under: "Output").map { folder.read("Output/" + $0) } == before)
    }

    /// The templates are parsed while the site is made, but their diagnostics are printed
    /// first, as when they were parsed with the inputs: before the texts' in a build, and
    /// before the recorded report (which holds them too) when the output is up to date.
    @Test func theTemplatesDiagnosticsArePrintedBeforeTheTexts() throws {
        let folder = try project()
        defer { folder.remove() }
        try folder.write("Templates/index.mustache", "# {{title}}\n\n{{> partials/nowhere}}\n")
        let (status, console) = build(folder)
        #expect(status == 0)
        let lines = console.standardError.split(separator: "\n", omittingEmptySubsequences: false)
        let warning = "Templates/index.mustache:3:1: warning: partial 'partials/nowhere' does not exist"
        #expect(lines.first.map { $0.contains(warning) } == true, "\(lines.first ?? "")")
        #expect(lines.count > 3, "the texts' diagnostics follow")
        #expect(!lines.dropFirst().contains { $0.contains(warning) })
        let before = folder.files(under: "Output").map { folder.read("Output/" + $0) }
        let upToDate = build(folder)  // nothing changed: the recorded report again
        #expect(upToDate.status == 0)
        #expect(folder.files(under: "Output").map { folder.read("Output/" + $0) } == before)
        #expect(upToDate.console.standardError == lines[0] + "\n" + console.standardError)
    }

    @Test func aMissingPartialIsAWarningAndAMissingPageTemplateAnError() throws {
        let folder = try project()
        defer { folder.remove() }
        try folder.write("Templates/index.mustache", "# {{title}}\n\n{{> partials/nowhere}}\n")
        var (status, console) = build(folder)
        #expect(status == 0)
        #expect(
            console.standardError.contains(
                "Templates/index.mustache:3:1: warning: partial 'partials/nowhere' does not exist"))
        let trends = folder.read("Output/trends.md")
        try FileManager.default.removeItem(atPath: folder.path + "/Templates/trends.mustache")
        (status, console) = build(folder)
        #expect(status == 0)  // the built-in theme's template stands in for the missing file
        #expect(folder.read("Output/trends.md") == trends)
        // A renderer given no page templates at all still names the missing one.
        #expect(throws: SiteRenderer.Failure.self) {
            try SiteRenderer.files(
                for: SiteRenderer.Input(
                    corpus: corpus(), sources: [], templates: TemplateSet([]),
                    templatesFolder: "Templates"))
        }
    }

    /// Report text that tries to inject HTML or Markdown shows as text on the page and
    /// creates no element, link or structure when the page is converted to HTML.
    @Test func injectedMarkupInReportTextStaysText() throws {
        let at = SourceLocation(file: "Content/x.txt", line: 4)
        let hostile = [
            "<img src=x onerror=alert(1)>", "[click](javascript:alert(1))", "<script>alert(1)</script>",
            "| cell | break |", "# Heading", "1. item", "**bold** _it_", "`code`", "&lt;b&gt;",
        ]
        let recommendations = hostile.enumerated().map { i, text in
            Recommendation(
                number: i + 1, addressee: Addressee(name: "The <b>PDU</b>", kind: .pdu), text: text, source: at)
        }
        let inspection = Inspection(
            pdu: Sourced("Evil <script>alert(1)</script> | PDU", at: at), region: Sourced("R*e*gion", at: at),
            published: Sourced(CalendarDate(year: 2024, month: 5), at: at), framework: .y2023,
            score: Score(value: 3, max: 21, stated: true, source: at), overallRating: Sourced(.inadequate, at: at),
            standards: [StandardRating(id: "1.1", name: "Leadership", rating: .good, source: at)],
            keyQuestions: [
                KeyQuestion(standard: "2.1", question: "Is <u>this</u> | safe?", percentYes: 40, source: at)
            ],
            recommendations: recommendations, quotes: [Paragraph("> quoted ![x](javascript:y)", at: at)],
            origin: .pduReport, source: at)
        let corpus = Corpus(inspections: [inspection], regions: [], diagnostics: [], documentCount: 1)
        let loaded = TemplateLoader.load(directory: repository + "/Templates", currentDirectory: repository)
        let files = try SiteRenderer.files(
            for: SiteRenderer.Input(
                corpus: corpus, sources: [], templates: TemplateSet(loaded.sources), templatesFolder: "Templates"))
        let pages = files.filter { $0.path.hasSuffix(".md") }
        #expect(
            pages.map(\.path) == [
                "404.md", "data.md", "index.md", "pdus.md", "pdus/evil-script-alert-1-script-pdu.md",
                "regions.md", "regions/r-e-gion.md", "search.md", "trends.md", "trends/r-e-gion.md",
            ])
        let converter = MarkdownConverter()
        for page in files where page.path.hasSuffix(".html") && page.path != "data.html" {
            let html = String(decoding: page.contents, as: UTF8.self)
            for forbidden in [
                "<script>", "<img src=\"x\"", "onerror=\"", "<u>", "<b>", "href=\"javascript", "<h1>Heading", "<code>",
                "<em>", "<strong>bold",
            ] {
                #expect(!html.contains(forbidden), "\(page.path) has \(forbidden)")
            }
        }
        // The whole site on disk, as a browser would get it: nothing can run.
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for file in files { try folder.write("Output/" + file.path, String(decoding: file.contents, as: UTF8.self)) }
        #expect(HTMLSiteCheck.executableContent(in: folder.path + "/Output") == [])
        let pdu = try #require(
            pages.first { $0.path.hasPrefix("pdus/") }.map { String(decoding: $0.contents, as: UTF8.self) })
        let html = converter.html(from: pdu)
        #expect(html.contains("<li><strong>1.</strong> &lt;img src=x onerror=alert(1)&gt;</li>"))
        #expect(html.contains("<li><strong>2.</strong> [click](javascript:alert(1))</li>"))
        #expect(html.contains("<li><strong>4.</strong> | cell | break |</li>"))
        #expect(html.contains("<li><strong>5.</strong> # Heading</li>"))
        #expect(html.contains("<li><strong>7.</strong> **bold** _it_</li>"))
        #expect(html.contains("&amp;lt;b&amp;gt;"))
        #expect(
            html.contains(
                "<h1 id=\"evil-script-alert-1-script-pdu\">Evil &lt;script&gt;alert(1)&lt;/script&gt; | PDU</h1>"))
    }
}
