import HTMLPages
import MarkdownHTML
import PageViews
import ReportParser
import SourceAndOutput
import TestSupport
import Testing

@testable import MarkdownPages

/// A page is kept as bytes from its template to its file (``TemplateSet/renderBytes(_:template:)``,
/// `MarkdownConverter.convert(_: [UInt8])`, `HTMLDocument.render` of bytes): for every page
/// of the example site (the five seeds), its Markdown and its HTML page are the bytes the
/// String route gives (swift-mustache's Strings, normalised as a String, converted from a
/// String, laid out around a String) and the bytes of the committed file in `Output/`.
@Suite struct PageBytesTests {
    @Test func everyPageOfTheExampleSiteIsTheStringRoutesBytesAndTheCommittedFile() throws {
        let (templates, converter) = (SitePagesEquivalenceTests.templates, SitePagesEquivalenceTests.converter)
        let sources = SeedTexts.all.map { ContentSource(path: $0.path, bytes: $0.bytes) }
        let site = Site(corpus: CorpusParser.parse(sources))
        func layout(_ frame: PageFrame, _ content: String, _ headings: [MarkdownHeading]) throws -> [UInt8] {
            let view = LayoutView(frame: frame, content: content, headings: headings, baseURL: nil)
            return Array(try templates.renderWithMustache(view, template: HTMLDocument.layoutTemplate).utf8)
        }
        for page in site.pages {
            let markdown = try templates.renderBytes(page.view, template: page.template)
            let converted = converter.convert(markdown)
            let html = try HTMLDocument.render(
                frame: page.frame, content: converted.bytes, headings: converted.headings, baseURL: nil,
                templates: templates)

            let markdownText = PageNormalisation.normalise(
                try templates.renderWithMustache(page.view, template: page.template))
            let convertedText = converter.convert(markdownText)
            #expect(markdown == Array(markdownText.utf8), "\(page.path)")
            #expect(converted.bytes == Array(convertedText.html.utf8), "\(page.path)")
            #expect(html == (try layout(page.frame, convertedText.html, convertedText.headings)), "\(page.frame.path)")
            #expect(markdown == Repository.bytes("Output/" + page.path), "\(page.path)")
            #expect(html == Repository.bytes("Output/" + page.frame.path), "\(page.frame.path)")
        }
        let byPath = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for page in site.sourcePages {
            // The build's route: the decoded text's bytes and its lines' byte ranges.
            let source = try #require(byPath[page.text.contentPath])
            let text = Array(try #require(source.text).utf8)
            let href = RelativePath.link(from: page.text.page, to: page.text.plainText)
            let content = SourceTextPage.content(
                name: page.text.name, text: text, lines: ContentSource.lineRanges(of: text), plainTextHref: href)
            let html = try HTMLDocument.render(
                frame: page.frame, content: content, headings: [], baseURL: nil, templates: templates)

            let fromLines = SourceTextPage.content(
                name: page.text.name, lines: try #require(source.lines), plainTextHref: href)
            #expect(content == fromLines, "\(page.frame.path)")
            #expect(
                html == (try layout(page.frame, String(decoding: fromLines, as: UTF8.self), [])), "\(page.frame.path)")
            #expect(html == Repository.bytes("Output/" + page.frame.path), "\(page.frame.path)")
        }
        #expect(site.pages.count >= 18)
        #expect(site.sourcePages.count == 5)
    }
}
