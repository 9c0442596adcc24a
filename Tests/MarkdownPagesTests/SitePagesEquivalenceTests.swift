import CompactCoding
import Foundation
import HTMLPages
import MarkdownHTML
import PageViews
import ReportParser
import SourceAndOutput
import TestSupport
import Testing

@testable import MarkdownPages
@testable import sitegen_bench

/// The compiled templates give swift-mustache's bytes for every page of a real site: each
/// Markdown page of the example site (`Content/`, the five seeds) and of a generated corpus
/// of 150 texts, and the layout of each of their HTML pages, report texts' pages included;
/// and so does the set made again from its compiled form's compact bytes, as a build keeps it.
@Suite struct SitePagesEquivalenceTests {
    /// `Templates/`, as the CLI loads it.
    static let sources: [TemplateSource] = {
        let root = Repository.path("Templates")
        let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".mustache") }.sorted().map { relative in
            TemplateSource(
                name: String(relative.dropLast(".mustache".count)), path: "Templates/" + relative,
                text: (try? String(contentsOfFile: root + "/" + relative, encoding: .utf8)) ?? "")
        }
    }()

    static let templates = TemplateSet(sources)

    /// ``templates`` made again from its compiled form, written and read back as compact bytes.
    static let kept: TemplateSet? = {
        guard let form = templates.compiledForm, let bytes = try? CompactEncoder().encode(form),
            let read = try? bytes.withUnsafeBytes({ try CompactDecoder().decode(TemplateSet.Compiled.self, from: $0) })
        else { return nil }
        return TemplateSet(sources, compiled: read)
    }()

    @Test func theSetMadeFromItsCompiledFormIsTheSet() throws {
        let kept = try #require(Self.kept)
        #expect(kept.isFromCompiledForm && !Self.templates.isFromCompiledForm)
        #expect(kept.names == Self.templates.names)
        #expect(kept.names.count == 22)
        #expect(kept.diagnostics.isEmpty)
        #expect(kept.compiledNames.numbered.map(\.name) == Self.templates.compiledNames.numbered.map(\.name))
        #expect(kept.namesByTemplate.keys.sorted() == Self.templates.namesByTemplate.keys.sorted())
    }

    static let converter = MarkdownConverter(
        scrollableTables: true, badges: Site.ratingBadges, abbreviations: Site.ratingAbbreviations,
        foldedHeadingLevel: 4, foldedSummary: "Show the findings")

    @Test func exampleSitePagesAreMustachesBytes() throws {
        let sources = SeedTexts.all.map { ContentSource(path: $0.path, bytes: $0.bytes) }
        #expect(sources.count == 5)
        let compared = try Self.compareEveryPage(of: sources)
        #expect(compared.pages >= 18)
        #expect(compared.layouts == compared.pages + 5)
    }

    @Test func generatedCorpusPagesAreMustachesBytes() throws {
        let seeds = try Seeds(folder: Repository.path(SeedTexts.folder))
        var random = SplitMix64(seed: 14)
        let plan = CorpusPlan(
            documents: 150, reportSeeds: seeds.indices(of: .pduReport),
            letterSeeds: seeds.indices(of: .regionalLetter), random: &random)
        let generator = Generator(seeds: seeds, seed: 14)
        let sources = plan.documents.enumerated().map { index, document in
            ContentSource(
                path: "Content/" + document.path, bytes: Array(generator.render(document, number: index).utf8))
        }
        let compared = try Self.compareEveryPage(of: sources)
        #expect(compared.pages > 60)
        #expect(compared.layouts == compared.pages + 150)
    }

    /// Renders every page of the site of `sources`, and every HTML page's layout, both ways;
    /// records each page whose bytes differ, or that the compiled templates did not render.
    static func compareEveryPage(of sources: [ContentSource]) throws -> (pages: Int, layouts: Int) {
        let templates = Self.templates
        #expect(templates.diagnostics.isEmpty)
        let site = Site(corpus: CorpusParser.parse(sources))
        var layouts = 0
        var viewsWritingFields = 0
        /// The values a view that writes its own fields gives are those of its `Encodable`
        /// conformance, to the last field of the last nested object.
        func compareValues(_ view: Any, _ path: String) throws {
            guard let view = view as? any TemplateFields else { return }
            viewsWritingFields += 1
            let written = try TemplateValueEncoder(names: templates.compiledNames).value(of: view)
            let encoded = try TemplateValueEncoder(names: templates.compiledNames, viewsWriteFields: false)
                .value(of: view)
            #expect(written != nil)
            if written != encoded { Issue.record("\(path): the view's own fields are not its Encodable values") }
        }
        func compare(_ view: Any, _ template: String, _ path: String) throws {
            try compareValues(view, path)
            let expected = try templates.renderWithMustache(view, template: template)
            let compiled = templates.renderCompiled(view, template: template)
            if Self.kept?.renderCompiled(view, template: template) != compiled {
                Issue.record("\(path): the set made from its compiled form renders other bytes")
            }
            #expect(compiled != nil, "\(path): not rendered by the compiled template '\(template)'")
            if let compiled, compiled != Array(expected.utf8) {
                Issue.record(
                    "\(path): differs from Mustache at byte \(firstDifference(compiled, Array(expected.utf8)))")
            }
        }
        for page in site.pages {
            let view = page.view
            try compare(view, page.template, page.path)
            let html = converter.convert(try templates.render(view, template: page.template))
            try compare(
                LayoutView(frame: page.frame, content: html.bytes, headings: html.headings, baseURL: nil),
                HTMLDocument.layoutTemplate, page.frame.path)
            layouts += 1
        }
        let byPath = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for page in site.sourcePages {
            let content = SourceTextPage.content(
                name: page.text.name, lines: byPath[page.text.contentPath]?.lines ?? [], plainTextHref: "plain.txt")
            try compare(
                LayoutView(
                    frame: page.frame, content: content, headings: [],
                    baseURL: BaseURL("https://example.org/site/"), isNotFoundPage: false),
                HTMLDocument.layoutTemplate, page.frame.path)
            layouts += 1
        }
        // Every layout, and the PDU, region and region trends pages, the index, the trends and
        // the lists at least, wrote their own fields.
        let pagesWritingFields = site.pages.filter {
            ["pdu", "region", "region-trends", "index", "trends", "pdus", "regions"].contains($0.template)
        }
        #expect(!pagesWritingFields.isEmpty)
        #expect(viewsWritingFields >= layouts + pagesWritingFields.count)
        return (site.pages.count, layouts)
    }

    static func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> Int {
        zip(a, b).prefix { $0 == $1 }.count
    }
}
