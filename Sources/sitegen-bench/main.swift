import Foundation

// sitegen-bench: generates a synthetic corpus, builds it with the release sitegen, and
// compares it with cmark-gfm, Hugo, rebuilds and a larger corpus. See docs/PERFORMANCE.md.

do {
    guard let options = try BenchOptions(Array(CommandLine.arguments.dropFirst())) else {
        print(BenchOptions.usage, terminator: "")
        exit(0)
    }
    if let folder = options.generateOnly {
        try GenerateOnly.run(options, into: folder)
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
