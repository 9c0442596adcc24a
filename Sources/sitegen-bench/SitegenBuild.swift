import Foundation

/// Runs the release `sitegen build` as a child process over a content folder, with the
/// repository's templates, keeping its standard output (the phase lines) and its
/// diagnostics in files of the work folder.
struct SitegenBuild {
    /// The `sitegen` executable.
    let executable: String
    /// The templates folder (absolute).
    let templates: String
    /// Where the logs go (absolute).
    let logs: String

    /// One finished build.
    struct Result {
        let outcome: ChildProcess.Outcome
        let log: BuildLog
        /// The file holding the build's diagnostics.
        let diagnostics: String
    }

    struct Failure: Error, CustomStringConvertible {
        let label: String
        let outcome: ChildProcess.Outcome
        let diagnostics: String
        var description: String {
            let how = outcome.status.map { "exited with status \($0)" } ?? "was killed by signal \(outcome.signal ?? 0)"
            return "sitegen build (\(label)) \(how); see \(diagnostics)"
        }
    }

    /// Builds `<directory>/<content>` into `<directory>/<output>`, from inside `directory`
    /// (so diagnostics name files as `Content/reports/…`). `label` names the log files.
    func run(in directory: String, content: String = "Content", output: String = "Output", label: String) throws
        -> Result
    {
        var child = ChildProcess(
            executable: executable,
            arguments: ["build", "--content", content, "--output", output, "--templates", templates])
        child.directory = directory
        child.standardOutput = logs + "/" + label + ".out"
        child.standardError = logs + "/" + label + ".diagnostics"
        let outcome = try child.run()
        guard outcome.succeeded else { throw Failure(label: label, outcome: outcome, diagnostics: child.standardError) }
        let printed = (try? String(contentsOfFile: child.standardOutput, encoding: .utf8)) ?? ""
        return Result(outcome: outcome, log: BuildLog(printed), diagnostics: child.standardError)
    }
}
