import InspectionModel
import TestSupport
import Testing

@testable import ReportParser

/// Seeds damaged in deterministic pseudo-random ways (cut short, lines deleted, repeated,
/// swapped, junk inserted). Whatever the damage, parsing finishes, and every diagnostic
/// and every fact points at a line the file has.
@Suite("Damaged input never crashes and never points outside the file")
struct DamagedInputTests {
    static let junk = [
        "Score 99/21", "Overall rating", "Good", "P 2.1. Assessment", "Recommendations", "1. ",
        "- ", "¹", "\t\t\t", "Key question\tPercentage 'Yes'", "Does it?\t101%", "<script>", "**", "| --- |",
        "Annexe two – PDU ratings", "Dear Sir,", "should:", "02 February 2099", "Ratings",
    ]

    static func damaged(_ text: String, round: Int) -> String {
        var random = SeededRandom(seed: UInt64(round) &* 7919 &+ UInt64(text.utf8.count))
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<(1 + random.next(below: 12)) {
            guard !lines.isEmpty else { break }
            let i = random.next(below: lines.count)
            switch random.next(below: 6) {
            case 0: lines.removeSubrange(i..<min(lines.count, i + 1 + random.next(below: 40)))
            case 1: lines.insert(lines[random.next(below: lines.count)], at: i)
            case 2: lines.swapAt(i, random.next(below: lines.count))
            case 3: lines.insert(junk[random.next(below: junk.count)], at: i)
            case 4: lines[i] = String(lines[i].prefix(random.next(below: lines[i].count + 1)))
            default: lines = Array(lines.prefix(i))
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test("damaged seeds parse, with every location inside the file", arguments: Seeds.all)
    func damagedSeeds(_ seed: String) {
        let original = Seeds.text(seed)
        for round in 0..<24 {
            let text = Self.damaged(original, round: round)
            let lineCount = max(1, NormalisedText.physicalLines(text).count)
            let corpus = Seeds.parse(text, path: seed)
            let lines =
                corpus.diagnostics.map(\.location.line)
                + corpus.inspections.flatMap { i in
                    [i.source.line, i.pdu.source.line, i.score.source.line, i.overallRating.source.line]
                        + i.standards.map(\.source.line) + i.keyQuestions.map(\.source.line)
                        + i.recommendations.map(\.source.line)
                }
            #expect(
                lines.allSatisfy { (1...lineCount).contains($0) },
                "round \(round) of \(seed): a location outside lines 1-\(lineCount)")
            for inspection in corpus.inspections {
                #expect(inspection.score.value <= inspection.score.max, "round \(round) of \(seed)")
                #expect(
                    inspection.keyQuestions.allSatisfy { (0...100).contains($0.percentYes) },
                    "round \(round) of \(seed)")
            }
        }
    }
}
