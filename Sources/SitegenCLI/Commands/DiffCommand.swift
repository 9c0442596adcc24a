import ArgumentParser
import BuildDiff
import Foundation
import ParallelWork

/// `sitegen diff OLD NEW` and `sitegen diff --against REV`: what changed between two
/// builds, in Markdown for a pull request. The comparison is `BuildComparison`, a pure
/// function of the two builds' open data and files; this command reads them.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Say what changed between two builds, in Markdown fit for a pull request.",
        discussion: """
            Compares two output folders (OLD and NEW), or, with --against REV, the site \
            built from the content as it was at the git revision REV with the site built from \
            the content as it is now (both into a temporary folder, with the same templates). \
            Reports the inspections added or removed; for each changed inspection every \
            rating, score, key-question percentage, recommendation and background figure that \
            changed, old -> new, with its source line; the new warnings; then the changed \
            pages. Reads each build's data/inspections.json. Exits 0 when nothing changed, 1 \
            when something did, 2 on error.
            """)

    @Argument(help: ArgumentHelp("The old build's output folder.", valueName: "old"))
    var old: String?

    @Argument(help: ArgumentHelp("The new build's output folder.", valueName: "new"))
    var new: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Build the content as it was at this git revision (a commit, branch or tag) and compare it with the content as it is now.",
            valueName: "rev"))
    var against: String?

    @Option(name: .long, help: ArgumentHelp("--against only: the folder of report texts.", valueName: "dir"))
    var content: String = "Content"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "--against only: templates overriding the built-in theme (default: Templates, when it exists).",
            valueName: "dir"))
    var templates: String?

    func validate() throws {
        switch (old, new, against) {
        case (.some, .some, nil), (nil, nil, .some): return
        case (_, _, .some): throw ValidationError("Give either two output folders or --against REV, not both.")
        default: throw ValidationError("Give two output folders (sitegen diff OLD NEW) or --against REV.")
        }
    }

    func run() throws {
        let environment = SitegenEnvironment.current
        do {
            let markdown: String
            let changed: Bool
            if let old, let new {
                (markdown, changed) = try compare(
                    (environment.absolutePath(old), old), (environment.absolutePath(new), new),
                    title: "\(old) → \(new)")
            } else {
                (markdown, changed) = try compareAgainst(against ?? "HEAD", environment)
            }
            environment.console.standardOutput(markdown)
            if changed { throw ExitCode(Sitegen.failureStatus) }
        } catch let failure as DiffFailure {
            environment.console.standardError("sitegen: error: \(failure.message)\n")
            throw ExitCode(Sitegen.usageStatus)
        }
    }

    /// Why a diff could not be made (exit 2).
    struct DiffFailure: Error {
        var message: String
    }

    /// The report on the builds in the folders `old` and `new` (each its path and its name
    /// in messages), and whether they differ.
    private func compare(
        _ old: (path: String, name: String), _ new: (path: String, name: String),
        title: String
    ) throws -> (String, Bool) {
        let comparison = BuildComparison(
            old: try data(old), new: try data(new), oldFiles: try digests(old),
            newFiles: try digests(new))
        return (ReviewReport.markdown(comparison, title: title), !comparison.isEmpty)
    }

    /// The open data of the build in `folder`.
    private func data(_ folder: (path: String, name: String)) throws -> PublishedData {
        let file = "/data/inspections.json"
        guard let bytes = FileManager.default.contents(atPath: folder.path + file) else {
            throw DiffFailure(
                message: "'\(folder.name + file)' cannot be read: is '\(folder.name)' a folder sitegen built?")
        }
        do { return try PublishedData(json: bytes) } catch {
            throw DiffFailure(message: "'\(folder.name + file)' is not sitegen's open data: \(error)")
        }
    }

    /// The digest of every file of the build in `folder`, by path (hidden files, such as
    /// the `.sitegen-output` marker, left out).
    private func digests(_ folder: (path: String, name: String)) throws -> [String: String] {
        guard Theme.isFolder(folder.path) else { throw DiffFailure(message: "'\(folder.name)' is not a folder") }
        let loaded = ContentLoader.load(directory: folder.path, currentDirectory: folder.path, extensions: nil)
        if let problem = loaded.diagnostics.first { throw DiffFailure(message: problem.description) }
        return Dictionary(
            zip(loaded.relativePaths, loaded.sources.map { ContentDigest($0.bytes).description }),
            uniquingKeysWith: { first, _ in first })
    }

    /// `--against REV`: builds the content at `revision` and as it is now, each into a
    /// temporary folder, and compares them.
    private func compareAgainst(_ revision: String, _ environment: SitegenEnvironment) throws -> (String, Bool) {
        let temporary = FileManager.default.temporaryDirectory.path + "/sitegen-diff-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        let contentPath = environment.absolutePath(content)
        let relativeContent = content.hasPrefix("/") ? "Content" : content
        do {
            try GitRevision.extract(
                contentPath, at: revision, workingDirectory: environment.workingDirectory,
                into: Paths.absolute(relativeContent, against: temporary + "/old"))
        } catch let failure as GitRevision.Failure {
            throw DiffFailure(message: "cannot read '\(content)' at \(revision): \(failure.description)")
        }
        var themeArguments: [String] = []
        if let folder = Theme.folder(given: templates, environment: environment) {
            themeArguments = ["--templates", environment.absolutePath(folder)]
        }
        try build(content: relativeContent, in: temporary + "/old", themeArguments, environment)
        try build(
            content: content, output: temporary + "/new/Output", in: environment.workingDirectory,
            themeArguments, environment)
        return try compare(
            (temporary + "/old/Output", "\(revision):\(content)"), (temporary + "/new/Output", content),
            title: "\(revision) → working tree")
    }

    /// Runs `sitegen build` quietly, without a cache; its messages are shown only when it fails.
    private func build(
        content: String, output: String = "Output", in directory: String, _ themeArguments: [String],
        _ environment: SitegenEnvironment
    ) throws {
        let messages = Locked("")
        var quiet = environment
        quiet.currentDirectory = directory
        quiet.console = Console(standardOutput: { _ in }, standardError: { text in messages.withLock { $0 += text } })
        let status = Sitegen.execute(
            ["build", "--content", content, "--output", output, "--no-cache", "--quiet"]
                + themeArguments, environment: quiet)
        guard status == Sitegen.successStatus else {
            environment.console.standardError(messages.value)
            throw DiffFailure(message: "the build of '\(content)' in \(directory) failed")
        }
    }
}
