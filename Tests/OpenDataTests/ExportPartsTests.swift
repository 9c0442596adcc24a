import Testing

@testable import OpenData

/// Where files made in parts are cut: by the names of what they hold, so that a name added
/// or removed moves no other run.
@Suite struct ExportPartsTests {
    /// Names as the open data cuts them by: report texts' paths.
    let names = (1...2000).map { "reports/pdu-\($0)-\(2020 + $0 % 6).txt" }

    @Test(arguments: [1, 4, 25, 100])
    func runsCoverTheNamesInOrderNoneLongerThanFourTimesTheSize(size: Int) {
        let runs = ExportParts.runs(of: names, size: size)
        #expect(runs.first?.lowerBound == 0 && runs.last?.upperBound == names.count)
        #expect(zip(runs, runs.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        #expect(runs.allSatisfy { !$0.isEmpty && $0.count <= 4 * size })
        // About `size` names a run, on average.
        #expect(runs.count >= names.count / size / 2 && runs.count <= names.count / size * 2, "\(runs.count) runs")
    }

    @Test func aNameAddedOrRemovedMovesOnlyItsRun() {
        func runNames(_ names: [String]) -> Set<[String]> {
            Set(ExportParts.runs(of: names, size: 25).map { Array(names[$0]) })
        }
        let before = runNames(names)
        for at in [0, 3, 777, 1999] {
            var removed = names
            removed.remove(at: at)
            var added = names
            added.insert("reports/new-\(at).txt", at: at)
            for after in [runNames(removed), runNames(added)] {
                // The run that held the name differs; one after a run cut at the limit may too.
                #expect(before.subtracting(after).count <= 2, "at \(at)")
                #expect(before.intersection(after).count >= before.count - 2)
            }
        }
    }

    @Test func noNamesAreOneEmptyRunAndTheDigestIsTheSameInEveryProcess() {
        #expect(ExportParts.runs(of: [], size: 25) == [0..<0])
        #expect(ExportParts.runs(of: ["a"], size: 25) == [0..<1])
        // FNV-1a of "a" (0xaf63dc4c8601ec8c), mixed: fixed, not seeded per process as Hasher is.
        #expect(ExportParts.stableDigest("a") == ExportParts.stableDigest(String("a")))
        #expect(ExportParts.stableDigest("a") != ExportParts.stableDigest("b"))
    }
}
