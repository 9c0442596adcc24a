import ArgumentParser
import InspectionModel
import ParallelWork
import ReportParser
import SourceAndOutput

/// The `sitegen` command: reads the report texts and checks them or builds the site.
public struct Sitegen: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Turn HM Inspectorate of Probation report texts into a static site and open data.",
        discussion: """
            Start a site with 'sitegen init DIR', put report texts in DIR/Content/reports/, then \
            run 'sitegen build' in DIR. Review a change with 'sitegen diff'.
            """,
        version: SitegenVersion.description,
        subcommands: [Init.self, Check.self, Build.self, Diff.self])

    /// Exit status: nothing wrong.
    public static let successStatus: Int32 = 0
    /// Exit status: errors in the content (`check`), or the output could not be written (`build`).
    public static let failureStatus: Int32 = 1
    /// Exit status: bad usage (unknown option, missing command, missing content folder...).
    public static let usageStatus: Int32 = 2

    public init() {}

    public func run() throws {
        throw ValidationError(
            "Missing command: use 'sitegen init', 'sitegen check', 'sitegen build' or 'sitegen diff'.")
    }

    /// Runs `sitegen` with `arguments` (without the program name) in `environment`,
    /// printing to its console, and returns the exit status: 0, 1, or 2 for bad usage
    /// (where ArgumentParser would use 64). Help (`--help`) prints to standard output
    /// and returns 0.
    public static func execute(_ arguments: [String], environment: SitegenEnvironment = .live) -> Int32 {
        SitegenEnvironment.$current.withValue(environment) {
            do {
                var command = try parseAsRoot(arguments)
                try command.run()
                return successStatus
            } catch {
                let code = exitCode(for: error)
                let text = fullMessage(for: error)
                if code == .success {
                    if !text.isEmpty { environment.console.standardOutput(text + "\n") }
                    return successStatus
                }
                if !text.isEmpty { environment.console.standardError(text + "\n") }
                return code == .validationFailure ? usageStatus : code.rawValue
            }
        }
    }

    /// Loads the content folder, parses it, and adds the loader's diagnostics.
    static func readCorpus(_ options: ContentOptions, _ environment: SitegenEnvironment) -> Corpus {
        corpus(of: readDocuments(options, environment), environment)
    }

    /// The content folder read and each of its texts parsed on its own (on every core).
    struct ReadDocuments: Sendable {
        /// The loader's diagnostics: the files and folders it could not read or skipped.
        var diagnostics: [Diagnostic]
        /// The texts found but not read.
        var unreadCount: Int
        var documents: [CorpusParser.Document]
    }

    /// Loads the content folder and parses each text; a text that changed since it was
    /// found is an error, as an unreadable file is.
    static func readDocuments(_ options: ContentOptions, _ environment: SitegenEnvironment) -> ReadDocuments {
        let files = ContentLoader.files(
            directory: options.content, currentDirectory: environment.workingDirectory, parallelism: .allCores
        ).files
        let (documents, unreadable) = parse(files.texts, environment, .allCores)
        return ReadDocuments(
            diagnostics: files.diagnostics + unreadable,
            unreadCount: files.documentCount - files.texts.count + unreadable.count, documents: documents)
    }

    /// Each text read again and parsed in a job of its own, which lets its bytes go: the
    /// documents of the texts read, and an error for each text that could not be read
    /// again or no longer has the bytes first read.
    static func parse(_ texts: [TextFile], _ environment: SitegenEnvironment, _ parallelism: Parallelism) -> (
        documents: [CorpusParser.Document], unreadable: [Diagnostic]
    ) {
        let parse = environment.parse
        let results = texts.parallelMap(parallelism) { text in
            Result { () throws(TextFile.Unreadable) in parse([try text.source()], .serial)[0] }
        }
        let unreadable = results.compactMap { result -> Diagnostic? in
            guard case .failure(let error) = result else { return nil }
            return error.diagnostic
        }
        return (results.compactMap { try? $0.get() }, unreadable)
    }

    /// The corpus of the parsed texts: the cross-document checks, plus the loader's diagnostics.
    static func corpus(of read: ReadDocuments, _ environment: SitegenEnvironment) -> Corpus {
        var corpus = environment.check(read.documents)
        corpus.add(read.diagnostics, unreadDocuments: read.unreadCount)
        return corpus
    }

    /// Prints every diagnostic, one per line, to standard error.
    static func report(_ diagnostics: [Diagnostic], _ environment: SitegenEnvironment) {
        // In one piece: thousands of writes of a line each are slow.
        guard !diagnostics.isEmpty else { return }
        environment.console.standardError(printed(diagnostics))
    }

    /// The diagnostics as sitegen prints them: one per line, each line ended.
    static func printed(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { $0.description + "\n" }.joined()
    }

    /// `5 documents, 6 inspections, 1 region, 0 errors, 4 warnings, 3 notes`; partial
    /// inspections, when there are any, after the inspections (`1 partial inspection`).
    public static func summary(of corpus: Corpus) -> String {
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        return [
            count(corpus.documentCount, "document"),
            count(corpus.inspections.count, "inspection"),
            corpus.partialInspections.isEmpty ? nil : count(corpus.partialInspections.count, "partial inspection"),
            count(corpus.regions.count, "region"),
            count(corpus.count(of: .error), "error"),
            count(corpus.count(of: .warning), "warning"),
            count(corpus.count(of: .note), "note"),
        ].compactMap { $0 }.joined(separator: ", ")
    }
}
