import Testing
import InspectionModel
@testable import ReportParser

/// Layouts other converters produce that the seeds do not show, each made from a seed by
/// changing its lines (keeping the line count, so source lines stay comparable).
@Suite("Alternative layouts of the same reports")
struct AlternativeLayoutTests {
    /// The seed's lines with some replaced (0-based line index -> new text).
    static func edited(_ seed: String, _ edits: [Int: String]) -> Corpus {
        var lines = Seeds.text(seed).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, text) in edits { lines[index] = text }
        return Seeds.parse(lines.joined(separator: "\n"), path: seed)
    }

    static func line(_ seed: String, _ number: Int) -> String {
        String(Seeds.text(seed).split(separator: "\n", omittingEmptySubsequences: false)[number - 1])
    }

    @Test("no 'Ratings' heading: the table is found by its 'Overall rating' line")
    func ratingsWithoutHeading() throws {
        #expect(Self.line(Seeds.leeds, 77) == "Ratings")
        let corpus = Self.edited(Seeds.leeds, [76: ""])
        let inspection = try #require(corpus.inspections.first)
        let seed = try #require(Seeds.inspection("Leeds", in: Seeds.leeds))
        #expect(inspection.score == seed.score)
        #expect(inspection.overallRating == seed.overallRating)
        #expect(inspection.standards == seed.standards)
        #expect(corpus.diagnostics.filter { $0.severity != .note }.isEmpty)
    }

    @Test("recommendations without an '<addressee> should:' line go to the PDU, with a note")
    func recommendationsWithoutAddressee() throws {
        #expect(Self.line(Seeds.brighton, 142) == "Brighton and East Sussex PDU should:")
        let corpus = Self.edited(Seeds.brighton, [141: ""])
        let inspection = try #require(corpus.inspections.first)
        #expect(inspection.recommendations.map(\.number) == [1, 2, 3, 4, 5])
        #expect(inspection.recommendations.allSatisfy { $0.addressee == Addressee(name: "Brighton and East Sussex PDU", kind: .pdu) })
        #expect(inspection.recommendations[4].text == "improve the use of interventions and services to manage the risk of harm and support the desistance of people on probation.")
        let note = try #require(corpus.diagnostics.first { $0.message.contains("should:") })
        #expect(note.severity == .note && note.location.line == 144)
    }

    @Test("a standard heading that carries its rating: 'P 2.2. Planning – Inadequate'")
    func ratingOnHeading() throws {
        #expect(Self.line(Seeds.york, 353) == "P 2.2. Planning")
        #expect(Self.line(Seeds.york, 359) == "Inadequate")
        let corpus = Self.edited(Seeds.york, [352: "P 2.2. Planning – Inadequate", 358: ""])
        let inspection = try #require(corpus.inspections.first)
        #expect(inspection.rating(ofStandard: "2.2") == .inadequate)
        #expect(inspection.keyQuestions(ofStandard: "2.2").map(\.percentYes) == [70, 70, 35])
        let findings = try #require(inspection.findings.first { $0.standard == "2.2" })
        #expect(findings.heading == "Planning")
        #expect(findings.findings.narrative.count == 4)
        #expect(corpus.diagnostics.filter { $0.severity == .warning }.isEmpty)
    }

    @Test("the same rating on the heading and below it agree; a different one is a warning")
    func ratingOnHeadingDisagrees() throws {
        let corpus = Self.edited(Seeds.york, [352: "P 2.2. Planning: Good", 358: ""])
        let warning = try #require(corpus.diagnostics.first { $0.message.contains("'Planning'") })
        #expect(warning.severity == .warning)
        #expect(warning.location.line == 81)
        #expect(warning.message.contains("line 353"))
    }

    @Test("a progress table whose cells lost their separators is reported, not dropped silently")
    func unreadableProgressTable() throws {
        var edits: [Int: String] = [:]
        for n in 414...421 { edits[n - 1] = Self.line(Seeds.derbyCity, n).replacing("\t", with: "  ") }
        let corpus = Self.edited(Seeds.derbyCity, edits)
        let inspection = try #require(corpus.inspections.first)
        #expect(inspection.progressOnPreviousRecommendations.isEmpty)
        let warning = try #require(corpus.diagnostics.first { $0.message.contains("progress table") })
        #expect(warning.severity == .warning && warning.location.line == 412)
    }

    @Test("ratings and key questions aligned with spaces, as `pdftotext -layout` prints them")
    func spaceAlignedTables() throws {
        var edits: [Int: String] = [:]
        for n in 73...83 { edits[n - 1] = Self.line(Seeds.york, n).replacing("\t", with: "     ") }
        for n in [326, 327, 328] { edits[n - 1] = Self.line(Seeds.york, n).replacing("\t", with: "          ") }
        let corpus = Self.edited(Seeds.york, edits)
        let inspection = try #require(corpus.inspections.first)
        let seed = try #require(Seeds.inspection("York", in: Seeds.york))
        #expect(inspection.standards == seed.standards)
        #expect(inspection.score == seed.score)
        #expect(inspection.keyQuestions == seed.keyQuestions)
    }
}

extension AlternativeLayoutTests {
    @Test("a letter's ratings annexe printed one cell per line: the names above each block are found")
    func verticalRatingsAnnexe() throws {
        let text = Seeds.text(Seeds.eastMidlands)
        #expect(text.contains("Derby City\t\tScore\t11/27\nOverall rating\t\tRequires improvement"))
        let vertical = text.replacing("Derby City\t\tScore\t11/27\nOverall rating\t\tRequires improvement",
                                      with: "Derby City\n\nScore 11/27\n\nOverall rating\n\nRequires improvement")
            .replacing("Overall rating**Inadequate****1. Organisational delivery**",
                       with: "Leicester, Leicestershire, and Rutland PDU\n\nOverall rating\n\nInadequate\n\n1. Organisational delivery")
        let corpus = Seeds.parse(vertical, path: Seeds.eastMidlands)
        let seed = Seeds.corpus.inspections.filter { $0.source.file == Seeds.eastMidlands }
        #expect(corpus.inspections.map(\.pdu.value) == seed.map(\.pdu.value))
        #expect(corpus.inspections.map(\.score.value) == [11, 2])
        #expect(corpus.inspections.map(\.standards.count) == [9, 9])
        #expect(corpus.inspections.map { $0.standards.map(\.rating) } == seed.map { $0.standards.map(\.rating) })
        #expect(!corpus.diagnostics.contains { $0.message.contains("names no PDU") })
        #expect(corpus.diagnostics.filter { $0.severity == .error }.isEmpty)
    }
}
