import Foundation
import InspectionModel
import OpenData
import ParallelWork
import ReportParser
import SourceAndOutput

/// Everything the commands take from outside their arguments: the console, the
/// directory relative paths are resolved against, and the stages they wire together.
/// Tests run the commands with their own environment; `sitegen` uses `.live`.
public struct SitegenEnvironment: Sendable {
    public var console: Console
    /// The directory `--content` and `--output` are resolved against and content paths
    /// are made relative to; nil means the process's current directory.
    public var currentDirectory: String?
    /// Report texts to their models, one per text (the parser; on every core unless serial).
    public var parse: @Sendable ([ContentSource], Parallelism) -> [CorpusParser.Document]
    /// The texts' models to the corpus, with the cross-document checks.
    public var check: @Sendable ([CorpusParser.Document]) -> Corpus
    /// Model, texts and templates to the Markdown pages and the other files (the render
    /// step); throws `SiteRenderer.Failure` when a page cannot be rendered.
    public var render: @Sendable (SiteRenderer.Input) throws -> SiteRenderer.Rendered
    /// Seconds on a monotonic clock, for the build's timings.
    public var clock: @Sendable () -> Double
    /// The time of day, as `build --watch` prints it before each build's line (`14:05:31`).
    public var timeOfDay: @Sendable () -> String = {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: Date())
    }
    /// `build --watch`'s wait between two looks at the inputs: sleeps, and says whether to
    /// go on (the live one always does; Ctrl-C stops sitegen).
    public var pause: @Sendable (_ seconds: Double) -> Bool = {
        Thread.sleep(forTimeInterval: $0)
        return true
    }
    /// Whether `build` uses and records its cache beside the output folder (tests that
    /// replace the parser or renderer turn it off: the cache cannot see them).
    public var cachesBuilds = true
    /// Whether a build that ends the process may leave its site (the model of every report,
    /// its views and pages) to the process's exit instead of freeing it, as compilers do:
    /// freeing a 1,000-report site is tens of milliseconds of `free` on one core at the end
    /// of every build. Only the `sitegen` executable sets it; `build --watch` frees each
    /// build's site all the same, and so do tests, which run many builds in one process.
    public var leavesSiteToExit = false

    public init(
        console: Console = .standard, currentDirectory: String? = nil,
        parse: @escaping @Sendable ([ContentSource], Parallelism) -> [CorpusParser.Document] = parseInParallel,
        check: @escaping @Sendable ([CorpusParser.Document]) -> Corpus = { CorpusParser.corpus(of: $0) },
        render: @escaping @Sendable (SiteRenderer.Input) throws -> SiteRenderer.Rendered = {
            try SiteRenderer.render($0)
        },
        clock: @escaping @Sendable () -> Double = { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
    ) {
        self.console = console
        self.currentDirectory = currentDirectory
        self.parse = parse
        self.check = check
        self.render = render
        self.clock = clock
    }

    /// The parser run on every core (unless serial), one text per task (texts are independent).
    public static let parseInParallel: @Sendable ([ContentSource], Parallelism) -> [CorpusParser.Document] = {
        $0.parallelMap($1, CorpusParser.parseDocument)
    }

    /// The real console, current directory, parser and renderer.
    public static let live = SitegenEnvironment()

    /// The environment the running command uses.
    @TaskLocal public static var current: SitegenEnvironment = .live

    /// The directory relative paths are resolved against, without a trailing slash.
    public var workingDirectory: String {
        Paths.standardize(currentDirectory ?? FileManager.default.currentDirectoryPath)
    }

    /// `path` made absolute against `workingDirectory`, with `.` and `..` removed.
    public func absolutePath(_ path: String) -> String {
        Paths.absolute(path, against: workingDirectory)
    }
}
