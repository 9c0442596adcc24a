@testable import sitegen_bench
import Foundation
import Testing

/// `sitegen-bench --generate-only DIR`: the corpus the browser test builds.
@Suite struct GenerateOnlyTests {
    @Test func writesTheTextsAndRefusesAFolderInUse() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("generate-only-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let options = try #require(try BenchOptions(["--generate-only", folder, "--documents", "12", "--seeds", GeneratorTests.seedFolder]))
        #expect(options.generateOnly == folder)
        try GenerateOnly.run(options, into: folder)
        let texts = try FileManager.default.contentsOfDirectory(atPath: folder + "/reports")
        #expect(texts.count == 12)
        #expect(texts.allSatisfy { $0.hasSuffix(".txt") })
        #expect(throws: Benchmark.SetupError.self) { try GenerateOnly.run(options, into: folder) }
    }
}
