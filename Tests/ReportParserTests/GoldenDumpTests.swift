import Foundation
import InspectionModel
import Testing

@testable import ReportParser

/// Every fact read from each seed, compared with a recorded tree in `Golden/`. A parser
/// change that alters any value, text or line shows up here as a diff to review.
/// Re-record deliberately with `make golden` (SITEGEN_RECORD_GOLDEN=1).
@Suite("Golden model dumps of the seeds")
struct GoldenDumpTests {
    static let record = ProcessInfo.processInfo.environment["SITEGEN_RECORD_GOLDEN"] == "1"

    @Test("the model read from the seed matches its golden dump", arguments: Seeds.all)
    func matchesGolden(_ seed: String) throws {
        let name = URL(fileURLWithPath: seed).deletingPathExtension().lastPathComponent
        let golden = Seeds.repository.appendingPathComponent("Tests/ReportParserTests/Golden/\(name).txt")
        let actual = ModelDump.dump(Seeds.corpus, file: seed)
        if Self.record {
            try actual.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try #require(
            try? String(contentsOf: golden, encoding: .utf8),
            "no golden file \(golden.path); record it with `make golden`")
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let first = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
        #expect(
            actual == expected,
            """
            \(name): the model differs from Golden/\(name).txt at line \(first + 1):
              golden: \(first < e.count ? String(e[first]) : "<end>")
              parsed: \(first < a.count ? String(a[first]) : "<end>")
            If the change is intended, re-record with `make golden` and review the diff.
            """)
    }
}
