import Foundation

// sitegen-bench: generates a synthetic corpus, builds it with the release sitegen, and
// compares it with cmark-gfm, Hugo, rebuilds and a larger corpus. See docs/PERFORMANCE.md.

do {
    guard let options = try BenchOptions(Array(CommandLine.arguments.dropFirst())) else {
        print(BenchOptions.usage, terminator: "")
        exit(0)
    }
    if let folder = options.generateOnly {
        let corpus = try Generator(seeds: Seeds(folder: options.seeds), seed: options.seed)
            .generate(documents: options.documents, into: folder)
        print("\(corpus.documents) documents: \(corpus.reports) reports on \(corpus.pdus) PDUs, \(corpus.letters) regional letters in \(folder)")
    } else {
        try Benchmark(options: options).run()
    }
} catch let error as BenchOptions.UsageError {
    FileHandle.standardError.write(Data("sitegen-bench: error: \(error)\n\(BenchOptions.usage)".utf8))
    exit(2)
} catch {
    FileHandle.standardError.write(Data("sitegen-bench: error: \(error)\n".utf8))
    exit(1)
}
