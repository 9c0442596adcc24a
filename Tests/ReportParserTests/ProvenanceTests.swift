import InspectionModel
import Testing

@testable import ReportParser

/// Every fact sitegen computed, corrected or inferred in the seeds says so, with its
/// reason and lines; every other fact is stated.
@Suite("Provenance of repaired facts")
struct ProvenanceTests {
    @Test("the East Midlands letter's date is corrected from the events it reports (lines 14 and 225)")
    func letterDateIsCorrected() throws {
        let letter = try #require(Seeds.corpus.regions.first)
        #expect(letter.date.value == CalendarDate(year: 2023, month: 2, day: 9))
        let provenance = try #require(letter.date.provenance)
        #expect(provenance.kind == .corrected)
        #expect(provenance.lines.map(\.line) == [14, 225])
        #expect(provenance.reason.contains("prints 9 February 2022") && provenance.reason.contains("27 September 2022"))
        // Both PDU inspections of the letter carry the corrected publication month.
        #expect(letter.inspections.count == 2)
        #expect(letter.inspections.allSatisfy { $0.published.provenance == provenance })
    }

    @Test("Leicester, Leicestershire and Rutland's 2/27 is computed; every other score is stated")
    func computedScore() throws {
        let llr = try #require(Seeds.inspection("Leicester, Leicestershire, and Rutland", in: Seeds.eastMidlands))
        #expect(llr.score.value == 2 && llr.score.max == 27 && !llr.score.stated)
        let provenance = try #require(llr.score.provenance)
        #expect(provenance.kind == .computed && provenance.lines.map(\.line) == [317])
        #expect(provenance.reason.contains("states no score"))
        #expect(Seeds.corpus.inspections.filter { $0.score.provenance != nil }.map(\.pdu.value) == [llr.pdu.value])
    }

    @Test("York's unnumbered recommendations 1 and 3 are numbered from their position")
    func inferredNumbers() throws {
        let york = try #require(Seeds.inspection("York", in: Seeds.york))
        let inferred = york.recommendations.filter { $0.provenance != nil }
        #expect(inferred.map(\.number) == [1, 3])
        #expect(inferred.map { $0.provenance?.lines.map(\.line) } == [[91], [93]])
        #expect(inferred.allSatisfy { $0.provenance?.kind == .inferred })
        let others = Seeds.corpus.inspections.filter { $0.source.file != Seeds.york }.flatMap(\.recommendations)
        #expect(others.allSatisfy { $0.provenance == nil })
    }
}
