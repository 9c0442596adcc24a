import Testing
import InspectionModel
@testable import ReportParser

/// Seeds damaged in deterministic pseudo-random ways (cut short, lines deleted, repeated,
/// swapped, junk inserted). Whatever the damage, parsing finishes, and every diagnostic
/// and every fact points at a line the file has.
@Suite("Damaged input never crashes and never points outside the file")
struct DamagedInputTests {
    /// SplitMix64: a small, fixed pseudo-random sequence, the same on every machine.
    struct Sequence {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(max(bound, 1)))
        }
    }

    static let junk = ["Score 99/21", "Overall rating", "Good", "P 2.1. Assessment", "Recommendations", "1. ",
                       "- ", "¹", "\t\t\t", "Key question\tPercentage 'Yes'", "Does it?\t101%", "<script>", "**", "| --- |",
                       "Annexe two – PDU ratings", "Dear Sir,", "should:", "02 February 2099", "Ratings"]

    static func damaged(_ text: String, round: Int) -> String {
        var random = Sequence(state: UInt64(round) &* 7919 &+ UInt64(text.utf8.count))
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<(1 + random.next(12)) {
            guard !lines.isEmpty else { break }
            let i = random.next(lines.count)
            switch random.next(6) {
            case 0: lines.removeSubrange(i..<min(lines.count, i + 1 + random.next(40)))
            case 1: lines.insert(lines[random.next(lines.count)], at: i)
            case 2: lines.swapAt(i, random.next(lines.count))
            case 3: lines.insert(junk[random.next(junk.count)], at: i)
            case 4: lines[i] = String(lines[i].prefix(random.next(lines[i].count + 1)))
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
            let lines = corpus.diagnostics.map(\.location.line)
                + corpus.inspections.flatMap { i in
                    [i.source.line, i.pdu.source.line, i.score.source.line, i.overallRating.source.line]
                        + i.standards.map(\.source.line) + i.keyQuestions.map(\.source.line) + i.recommendations.map(\.source.line)
                }
            #expect(lines.allSatisfy { (1...lineCount).contains($0) }, "round \(round) of \(seed): a location outside lines 1-\(lineCount)")
            for inspection in corpus.inspections {
                #expect(inspection.score.value <= inspection.score.max, "round \(round) of \(seed)")
                #expect(inspection.keyQuestions.allSatisfy { (0...100).contains($0.percentYes) }, "round \(round) of \(seed)")
            }
        }
    }
}
