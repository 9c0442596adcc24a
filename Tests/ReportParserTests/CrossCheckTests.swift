import InspectionModel
import SourceAndOutput
import Testing

@testable import ReportParser

/// The report's own cross-checks, each triggered by changing one value of a real seed:
/// the stated value is kept and a warning names both lines.
@Suite("Cross-checks between a report's figures")
struct CrossCheckTests {
    /// The Derby City report with one line replaced.
    static func derby(replacing old: String, with new: String) -> Corpus {
        let text = Seeds.text(Seeds.derbyCity)
        #expect(text.contains(old), "the seed no longer contains \(old)")
        return Seeds.parse(text.replacing(old, with: new), path: Seeds.derbyCity)
    }

    static func warnings(_ corpus: Corpus) -> [Diagnostic] {
        corpus.diagnostics.filter { $0.severity == .warning }
    }

    @Test("the seed itself passes every check")
    func seedIsConsistent() {
        #expect(Self.warnings(Seeds.parse(Seeds.text(Seeds.derbyCity), path: Seeds.derbyCity)).isEmpty)
    }

    @Test("a stated score that is not the sum of the ratings' points is kept, with a warning")
    func scoreMismatch() throws {
        let corpus = Self.derby(replacing: "Score 7/21", with: "Score 9/21")
        let inspection = try #require(corpus.inspections.first)
        #expect(inspection.score.value == 9 && inspection.score.stated)
        let warning = try #require(Self.warnings(corpus).first { $0.message.contains("add up to 7") })
        #expect(warning.location.line == 67)
        #expect(warning.message.contains("9/21"))
    }

    @Test("a case-work rating outside the band of its lowest key question gives a warning at the question")
    func keyQuestionBand() throws {
        // 2.1 Assessment is Inadequate because its lowest question scores 35% (line 302).
        let corpus = Self.derby(
            replacing: "keeping other people safe?\t35%\n\n- Practitioners were not always",
            with: "keeping other people safe?\t55%\n\n- Practitioners were not always")
        let inspection = try #require(corpus.inspections.first)
        #expect(inspection.rating(ofStandard: "2.1") == .inadequate)
        #expect(inspection.keyQuestions(ofStandard: "2.1").map(\.percentYes) == [59, 65, 55])
        let warning = try #require(Self.warnings(corpus).first { $0.message.contains("'Assessment'") })
        #expect(warning.location.line == 302)
        #expect(warning.message.contains("line 67") && warning.message.contains("Requires improvement band"))
    }

    @Test("a section heading that disagrees with the ratings table gives a warning naming both lines")
    func tableAgainstSection() throws {
        // Line 103 is the rating at the head of 1.1 Leadership (Good in the table, line 67).
        var lines = Seeds.text(Seeds.derbyCity).split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
        #expect(lines[102] == "Good")
        lines[102] = "Outstanding"
        let corpus = Seeds.parse(lines.joined(separator: "\n"), path: Seeds.derbyCity)
        let inspection = try #require(corpus.inspections.first)
        #expect(inspection.rating(ofStandard: "1.1") == .good)
        let warning = try #require(Self.warnings(corpus).first { $0.message.contains("'Leadership'") })
        #expect(warning.location.line == 67)
        #expect(warning.message.contains("line 103") && warning.message.contains("Outstanding"))
    }

    @Test("a previous inspection that disagrees with the earlier inspection in the content gives a warning")
    func previousInspectionAcrossDocuments() throws {
        let report = Seeds.text(Seeds.derbyCity).replacing(
            "February 2023, when it was rated 'Requires improvement'",
            with: "February 2023, when it was rated 'Good'")
        let corpus = CorpusParser.parse([
            Seeds.source(Seeds.eastMidlands),
            ContentSource(path: Seeds.derbyCity, bytes: Array(report.utf8)),
        ])
        let warning = try #require(corpus.diagnostics.first { $0.message.contains("previous inspection") })
        #expect(warning.severity == .warning)
        #expect(warning.location == SourceLocation(file: Seeds.derbyCity, line: 93))
        #expect(warning.message.contains("east-midlands-regional-letter-2023.txt:304"))
    }

    @Test("fieldwork months that disagree between the ratings table and the background give a warning")
    func fieldworkMonth() throws {
        let corpus = Self.derby(replacing: "Fieldwork started February 2025", with: "Fieldwork started March 2025")
        let warning = try #require(Self.warnings(corpus).first { $0.message.contains("fieldwork started") })
        #expect(warning.location.line == 83)
        #expect(warning.message.contains("March 2025") && warning.message.contains("line 67"))
    }
}
