import Foundation
import TestSupport
import Testing

@testable import sitegen_bench

/// `sitegen-bench --generate-only DIR`: the corpus the browser test builds.
@Suite struct GenerateOnlyTests {
    @Test func writesTheTextsAndRefusesAFolderInUse() throws {
        let temporary = try TemporaryFolder()
        let folder = temporary.path + "/generated"
        let options = try #require(
            try BenchOptions(["--generate-only", folder, "--documents", "12", "--seeds", GeneratorTests.seedFolder]))
        #expect(options.generateOnly == folder)
        try GenerateOnly.run(options, into: folder)
        let texts = try FileManager.default.contentsOfDirectory(atPath: folder + "/reports")
        #expect(texts.count == 12)
        #expect(texts.allSatisfy { $0.hasSuffix(".txt") })
        #expect(throws: Benchmark.SetupError.self) { try GenerateOnly.run(options, into: folder) }
    }
}
