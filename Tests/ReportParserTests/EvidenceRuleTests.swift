import InspectionModel
import Testing

@testable import ReportParser

/// Which source wins when a report's own sources of a standard's rating disagree (the
/// rules in docs/ARCHITECTURE.md), each built from a real seed with one or two lines
/// changed. Derby City's ratings table is flattened (its pairing is inferred by order);
/// Leeds' states each standard's rating on the standard's own row.
@Suite("Disagreeing sources: the evidence decides")
struct EvidenceRuleTests {
    /// A seed with some lines (1-based numbers) replaced, each checked first.
    static func parse(_ path: String, replacing lines: [Int: (old: String, new: String)]) -> Corpus {
        var text = Seeds.text(path).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (number, change) in lines {
            #expect(text[number - 1] == change.old, "line \(number) of \(path) is no longer '\(change.old)'")
            text[number - 1] = change.new
        }
        return Seeds.parse(text.joined(separator: "\n"), path: path)
    }

    static let reviewingQuestion = "Does reviewing focus sufficiently on keeping other people safe?\t"

    @Test("an inferred pairing loses to the section and the key-question band when they agree against it")
    func sectionAndBandOverruleAnInferredPairing() throws {
        // Derby City 2.4 Reviewing: the flattened table's order gives Inadequate (line 67);
        // its section (line 396) and its lowest question (line 403, 35%) agree with it in
        // the seed. Both now say Requires improvement.
        let corpus = Self.parse(
            Seeds.derbyCity,
            replacing: [
                396: ("Inadequate", "Requires improvement"),
                403: (Self.reviewingQuestion + "35%", Self.reviewingQuestion + "55%"),
            ])
        let inspection = try #require(corpus.inspections.first)
        let reviewing = try #require(inspection.standards.first { $0.id == "2.4" })
        #expect(reviewing.rating == .requiresImprovement)
        #expect(reviewing.source.line == 396)
        let provenance = try #require(reviewing.provenance)
        #expect(provenance.kind == .corrected)
        #expect(provenance.lines.map(\.line) == [67, 396, 403])
        #expect(provenance.reason.contains("55%") && provenance.reason.contains("Inadequate"))
        let warning = try #require(corpus.diagnostics.first { $0.message.contains("'Reviewing'") })
        #expect(warning.severity == .warning && warning.location.line == 67)
        #expect(
            warning.message.contains("line 396") && warning.message.contains("line 403")
                && warning.message.contains("taking Requires improvement"))
        // No band warning: the rating taken is the band's.
        #expect(!corpus.diagnostics.contains { $0.message.contains("'Reviewing' is rated") })
        // The other standards keep the table's order, marked as inferred.
        #expect(inspection.standards.filter { $0.id != "2.4" }.allSatisfy { $0.provenance?.kind == .inferred })
    }

    @Test("an inferred pairing is kept when only the section disagrees (the band sides with the table)")
    func sectionAloneDoesNotOverrule() throws {
        let corpus = Self.parse(Seeds.derbyCity, replacing: [396: ("Inadequate", "Requires improvement")])
        let reviewing = try #require(corpus.inspections.first?.standards.first { $0.id == "2.4" })
        #expect(reviewing.rating == .inadequate && reviewing.source.line == 67)
        #expect(reviewing.provenance?.kind == .inferred)
        let warning = try #require(corpus.diagnostics.first { $0.message.contains("'Reviewing'") })
        #expect(warning.message.contains("keeping the table's rating"))
    }

    @Test("a table that states its pairing plainly wins even when the section and the band agree against it")
    func plainTableWins() throws {
        // Leeds 2.1 Assessment: Inadequate on its own row (line 116), at its section's head and
        // by its lowest question (23%). The table now says Good.
        let corpus = Self.parse(Seeds.leeds, replacing: [116: ("Inadequate", "Good")])
        let assessment = try #require(corpus.inspections.first?.standards.first { $0.id == "2.1" })
        #expect(assessment.rating == .good && assessment.source.line == 116 && assessment.provenance == nil)
        let warnings = corpus.diagnostics.filter { $0.severity == .warning && $0.message.contains("'Assessment'") }
        #expect(warnings.contains { $0.message.contains("keeping the table's rating") && $0.location.line == 116 })
        #expect(warnings.contains { $0.message.contains("Inadequate band") })
    }

    @Test("the seeds' own ratings are unchanged by the rule: only Derby City's are inferred by order")
    func seedsKeepTheirRatings() throws {
        let inferred = Seeds.corpus.inspections.filter { $0.standards.contains { $0.provenance != nil } }
        #expect(inferred.map(\.source.file) == [Seeds.derbyCity])
        let derby = try #require(inferred.first)
        #expect(
            derby.standards.allSatisfy { $0.provenance?.kind == .inferred && $0.provenance?.lines.map(\.line) == [67] })
        #expect(
            derby.standards.map(\.rating.rawValue) == [
                "Good", "Requires improvement", "Good", "Inadequate",
                "Requires improvement", "Requires improvement", "Inadequate",
            ])
    }

    @Test("a letter's ratings annexe wins over its summary sentence, with a warning")
    func annexWinsOverSummary() throws {
        let text = Seeds.text(Seeds.eastMidlands)
        let old = "we rated Derby City as 'Requires improvement'"
        #expect(text.contains(old))
        let corpus = Seeds.parse(text.replacing(old, with: "we rated Derby City as 'Good'"), path: Seeds.eastMidlands)
        let derby = try #require(corpus.inspections.first { $0.pdu.value == "Derby City" })
        #expect(derby.overallRating.value == .requiresImprovement && derby.overallRating.source.line == 304)
        let warning = try #require(
            corpus.diagnostics.first { $0.message.contains("letter's summary (line 233) says Good") })
        #expect(warning.severity == .warning && warning.location.line == 304)
    }
}
