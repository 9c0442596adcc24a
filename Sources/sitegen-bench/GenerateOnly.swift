import Foundation

/// `sitegen-bench --generate-only DIR`: writes the synthetic corpus and nothing else, for
/// tests that need a large site (the browser test builds it with sitegen).
enum GenerateOnly {
    static func run(_ options: BenchOptions, into folder: String) throws {
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        guard existing.isEmpty else {
            throw Benchmark.SetupError(
                description: "'\(folder)' is not empty; give a new or empty folder to --generate-only")
        }
        let generator = Generator(seeds: try Seeds(folder: options.seeds), seed: options.seed)
        let corpus = try generator.generate(documents: options.documents, into: folder)
        print(
            "\(corpus.documents) documents: \(corpus.reports) reports on \(corpus.pdus) PDUs, \(corpus.letters) regional letters, \(corpus.bytes) bytes, in \(folder)"
        )
    }
}
