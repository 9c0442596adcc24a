import ArgumentParser
import Foundation
import InspectionModel
import ReportParser

/// The `sitegen` command: reads the report texts and checks them or builds the site.
public struct Sitegen: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Turn HM Inspectorate of Probation report texts into a static site and open data.",
        subcommands: [Check.self, Build.self])

    /// Exit status: nothing wrong.
    public static let successStatus: Int32 = 0
    /// Exit status: errors in the content (`check`), or the output could not be written (`build`).
    public static let failureStatus: Int32 = 1
    /// Exit status: bad usage (unknown option, missing command, missing content folder...).
    public static let usageStatus: Int32 = 2

    public init() {}

    public func run() throws {
        throw ValidationError("Missing command: use 'sitegen check' or 'sitegen build'.")
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
        let loaded = ContentLoader.load(directory: options.content, currentDirectory: environment.workingDirectory)
        var corpus = environment.parse(loaded.sources)
        corpus.add(loaded.diagnostics, unreadDocuments: loaded.documentCount - loaded.sources.count)
        return corpus
    }

    /// Prints every diagnostic, one per line, to standard error.
    static func report(_ corpus: Corpus, _ environment: SitegenEnvironment) {
        for diagnostic in corpus.diagnostics {
            environment.console.standardError(diagnostic.description + "\n")
        }
    }

    /// `5 documents, 6 inspections, 1 region, 0 errors, 4 warnings, 3 notes`
    public static func summary(of corpus: Corpus) -> String {
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        return [
            count(corpus.documentCount, "document"),
            count(corpus.inspections.count, "inspection"),
            count(corpus.regions.count, "region"),
            count(corpus.count(of: .error), "error"),
            count(corpus.count(of: .warning), "warning"),
            count(corpus.count(of: .note), "note"),
        ].joined(separator: ", ")
    }
}

/// The `--content` option shared by the commands.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder of report texts (.txt and .md, read recursively).",
                                            valueName: "dir"))
    var content: String = "Content"

    func validate() throws {
        let environment = SitegenEnvironment.current
        let path = environment.absolutePath(content)
        var isDirectory: ObjCBool = false
        guard !content.isEmpty, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ValidationError("The content folder '\(content)' does not exist.")
        }
        guard isDirectory.boolValue else {
            throw ValidationError("'\(content)' is not a folder.")
        }
    }
}

/// `sitegen check`: parse and report, write nothing.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read the content and report its problems; write nothing.",
        discussion: "Exits 1 when there are errors (or, with --strict, warnings), else 0.")

    @OptionGroup var options: ContentOptions

    @Flag(name: .long, help: "Count warnings as errors for the exit status.")
    var strict = false

    func run() throws {
        let environment = SitegenEnvironment.current
        let corpus = Sitegen.readCorpus(options, environment)
        Sitegen.report(corpus, environment)
        environment.console.standardOutput(Sitegen.summary(of: corpus) + "\n")
        let failing = corpus.count(of: .error) + (strict ? corpus.count(of: .warning) : 0)
        if failing > 0 { throw ExitCode(Sitegen.failureStatus) }
    }
}

/// `sitegen build`: parse, report, and write the site.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read the content and write the site (and its open data) to the output folder.",
        discussion: """
            Problems in one document do not stop the rest: the build writes what parsed and \
            exits 0 unless the output cannot be written (then 1). The output folder is replaced \
            as a whole, atomically.
            """)

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: ArgumentHelp("The folder to write the site to; replaced as a whole.",
                                            valueName: "dir"))
    var output: String = "Output"

    @Flag(name: .long, help: "Print no summary line.")
    var quiet = false

    func validate() throws {
        let environment = SitegenEnvironment.current
        guard !output.isEmpty else { throw ValidationError("The output folder must not be empty.") }
        let out = Paths.resolved(environment.absolutePath(output))
        let content = Paths.resolved(environment.absolutePath(options.content))
        let cwd = Paths.resolved(environment.workingDirectory)
        if Paths.isSameOrInside(cwd, out) {
            throw ValidationError("The output folder '\(output)' must not be the current folder or contain it.")
        }
        if Paths.isSameOrInside(content, out) || Paths.isSameOrInside(out, content) {
            throw ValidationError("The output folder '\(output)' must not be, contain, or lie inside the content folder.")
        }
    }

    func run() throws {
        let environment = SitegenEnvironment.current
        let corpus = Sitegen.readCorpus(options, environment)
        Sitegen.report(corpus, environment)
        let files = environment.render(corpus)
        do {
            try OutputWriter.commit(files, to: environment.absolutePath(output))
        } catch {
            environment.console.standardError("sitegen: error: cannot write '\(output)': \(error)\n")
            throw ExitCode(Sitegen.failureStatus)
        }
        if !quiet {
            environment.console.standardOutput(
                "Wrote \(files.count) file\(files.count == 1 ? "" : "s") to \(output): \(Sitegen.summary(of: corpus))\n")
        }
    }
}
