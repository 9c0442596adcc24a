import Foundation
import InspectionModel
import SourceAndOutput
import Testing

@testable import ReportParser

/// The inspectorate's web reports: each PDU seed as the text copied from its web page and
/// as the page saved in HTML (tables and all) gives the seed's model, source lines aside.
@Suite("Web reports give the same model")
struct WebLayoutTests {
    static let reports = [Seeds.brighton, Seeds.derbyCity, Seeds.leeds, Seeds.york]

    static func seed(_ path: String) throws -> Inspection {
        try #require(LayoutVariantTests.original(parsing: path).inspections.first)
    }

    static func copied(_ path: String, wording: WebLayout.TitleWording, published: String?) throws -> String {
        WebLayout.copiedText(Seeds.text(path), seed: try seed(path), wording: wording, published: published)
    }

    /// The model fields of a corpus, and its errors and warnings.
    static func compare(_ path: String, _ corpus: Corpus, label: String) throws {
        let expected = ModelFields(LayoutVariantTests.original(parsing: path), locations: .omitted)
        let difference = ModelFields.firstDifference(
            expected: expected, actual: ModelFields(corpus, locations: .omitted))
        #expect(difference == nil, "\(label) of \(path): \(difference ?? "")")
        let errors = corpus.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(label) of \(path): \(errors.map(\.description))")
    }

    @Test("The page's text, copied, gives the seed's model", arguments: reports, WebLayout.TitleWording.allCases)
    func copiedText(path: String, wording: WebLayout.TitleWording) throws {
        let text = try Self.copied(
            path, wording: wording, published: "14 \(try Self.seed(path).published.value.spelledOut)")
        #expect(text.contains("Ratings (Back to top)") && text.contains("Skip to content"))
        try Self.compare(
            path, CorpusParser.parse([ContentSource(path: path, bytes: Array(text.utf8))]), label: "web text")
    }

    @Test("The page saved as HTML, with its tables, gives the seed's model", arguments: reports)
    func savedPage(path: String) throws {
        let text = try Self.copied(
            path, wording: .colon, published: "14 \(try Self.seed(path).published.value.spelledOut)")
        let html = WebLayout.savedPage(text)
        #expect(html.contains("<td class=\"govuk-table__cell\">") && html.contains("<script>"))
        let htmlPath = path.replacingOccurrences(of: ".txt", with: ".html")
        let corpus = CorpusParser.parse([ContentSource(path: htmlPath, bytes: Array(html.utf8))])
        try Self.compare(path, corpus, label: "saved page")
        // Every fact points at a line of the HTML file that holds its words.
        let lines = html.components(separatedBy: "\n")
        let inspection = try #require(corpus.inspections.first)
        #expect(inspection.source.file == htmlPath)
        for standard in inspection.standards {
            let line = lines[standard.source.line - 1]
            #expect(
                line.contains(standard.name) || line.contains(standard.rating.rawValue),
                "\(standard.id) at line \(standard.source.line): \(line)")
        }
        for recommendation in inspection.recommendations {
            let line = lines[recommendation.source.line - 1]
            #expect(
                line.contains(String(recommendation.text.prefix(20))),
                "recommendation \(recommendation.number) at \(recommendation.source.line): \(line)")
        }
    }

    @Test("An empty 'Published:' line: the month comes from the fieldwork, with a warning; the rest is the seed's")
    func emptyPublished() throws {
        let text = try Self.copied(Seeds.york, wording: .inline, published: nil)
        let corpus = CorpusParser.parse([ContentSource(path: Seeds.york, bytes: Array(text.utf8))])
        let inspection = try #require(corpus.inspections.first)
        let seed = try Self.seed(Seeds.york)
        #expect(inspection.overallRating.value == seed.overallRating.value)
        #expect(inspection.standards.map(\.rating) == seed.standards.map(\.rating))
        #expect(inspection.recommendations.map(\.text) == seed.recommendations.map(\.text))
        #expect(inspection.keyQuestions.map(\.percentYes) == seed.keyQuestions.map(\.percentYes))
        #expect(inspection.published.value == CalendarDate(year: 2024, month: 9))
        #expect(corpus.diagnostics.contains { $0.severity == .warning && $0.message.contains("no publication date") })
    }
}
