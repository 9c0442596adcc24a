import ArgumentParser
import Foundation
import HTMLPages
import InspectionModel
import ParallelWork

/// `sitegen build`: parse, report, and write the site.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Read the content and write the site (and its open data) to the output folder.",
        discussion: """
            Problems in one document do not stop the rest: the build writes what parsed and \
            exits 0. It exits 1, leaving the output folder as it was, when a template has an \
            error or the output cannot be written, and with --check when the output folder is \
            out of date. The output folder is replaced as a whole, atomically.
            """)

    @OptionGroup var options: ContentOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The folder to write the site to; replaced as a whole.",
            valueName: "dir"))
    var output: String = "Output"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A folder of Mustache templates (.mustache, read recursively) and assets/ that override the built-in theme file by file (default: Templates, when it exists).",
            valueName: "dir"))
    var templates: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The absolute http(s) URL the site will be published at; adds canonical links and sitemap.xml. Links stay relative.",
            valueName: "url"))
    var baseURL: String?

    @Flag(
        name: .long,
        help:
            "Build in memory and compare with the output folder: list the files that differ and exit 1 if any do. Writes nothing."
    )
    var check = false

    @Flag(
        name: .long,
        help:
            "Build, then build again on every change to the content or the templates (polling twice a second), one line per build; stop with Ctrl-C, which leaves the last complete site."
    )
    var watch = false

    @Flag(
        name: .long,
        help:
            "Make every file afresh: neither use nor record the build cache (.sitegen-cache beside the output folder).")
    var noCache = false

    @Flag(name: .long, help: "Do every step on one thread (the output is the same; for comparison and debugging).")
    var serial = false

    @Flag(name: .long, help: "Print no timings or summary (diagnostics are still printed).")
    var quiet = false

    func validate() throws {
        let environment = SitegenEnvironment.current
        guard !output.isEmpty else { throw ValidationError("The output folder must not be empty.") }
        let out = Paths.resolved(environment.absolutePath(output))
        let cwd = Paths.resolved(environment.workingDirectory)
        if Paths.isSameOrInside(cwd, out) {
            throw ValidationError("The output folder '\(output)' must not be the current folder or contain it.")
        }
        if let templates, templates.isEmpty || !Theme.isFolder(environment.absolutePath(templates)) {
            throw ValidationError("The templates folder '\(templates)' does not exist or is not a folder.")
        }
        // Real paths, links resolved: an output reached through a link is where it really is.
        let folders =
            [("content", options.content)]
            + (Theme.folder(given: templates, environment: environment).map { [("templates", $0)] } ?? [])
        for (role, given) in folders {
            let folder = Paths.resolved(environment.absolutePath(given))
            if Paths.isSameOrInside(folder, out) || Paths.isSameOrInside(out, folder) {
                throw ValidationError(
                    "The output folder '\(output)' (really '\(out)') must not be, contain, or lie inside "
                        + "the \(role) folder '\(given)' (really '\(folder)'): the build would read its own output.")
            }
        }
        if let baseURL, BaseURL.holdsCredentials(baseURL) {
            throw ValidationError("The base URL must not hold a user name or password: it is published on every page.")
        }
        if watch, check {
            throw ValidationError("--watch and --check cannot be used together.")
        }
        if let baseURL, BaseURL(baseURL) == nil {
            throw ValidationError(
                "The base URL '\(baseURL)' is not an absolute http or https URL (without a query or fragment).")
        }
    }

    func run() throws {
        let environment = SitegenEnvironment.current
        guard watch else {
            try build(log: PhaseLog(environment: environment, quiet: quiet), environment)
            return
        }
        // The site's Templates/ is watched even before it exists: creating it changes the theme.
        let folders = [options.content, templatesFolder(environment) ?? Theme.defaultFolder]
        environment.console.standardOutput("Watching \(folders.joined(separator: " and ")); press Ctrl-C to stop\n")
        InputWatch(
            fingerprint: { InputFingerprint(folders: folders.map(environment.absolutePath)) },
            build: {
                let stamp = environment.timeOfDay()
                let log = PhaseLog(
                    environment: environment, quiet: true,
                    finish: { line in
                        environment.console.standardOutput("\(stamp)  \(line)\n")
                    })
                try? build(log: log, environment)
            },
            pause: environment.pause
        ).run()
    }

    /// The templates folder this build reads over the built-in theme, if any.
    func templatesFolder(_ environment: SitegenEnvironment) -> String? {
        Theme.folder(given: templates, environment: environment)
    }

    /// `--serial` as the value every step is handed.
    var parallelism: Parallelism { serial ? .serial : .allCores }

    /// One build, as the steps of ``BuildSteps``.
    private func build(log: PhaseLog, _ environment: SitegenEnvironment) throws {
        let steps = BuildSteps(command: self, log: log, environment: environment)
        let lock = steps.lockOutput()
        defer { withExtendedLifetime(lock) {} }
        // The last build's manifest is read with the inputs, before the texts.
        let inputs = try steps.readInputs()
        let previous = inputs.previous
        if try steps.reportUpToDate(previous, inputs) { return }
        if check {
            let input = steps.renderInput(inputs, try steps.parseAndCheck(inputs).0)
            try steps.reportDiagnostics(inputs, input.corpus)
            return try steps.checkOutput(input)
        }
        // Staged first: the old output's files are linked into it while the reports are
        // checked against each other and the site is made, on one core (the parse takes both).
        let staged = try steps.stageOutput(previous)
        let summary: String
        let record: BuildSteps.CacheRecord
        let input: SiteRenderer.Input
        let plan: BuildPlan
        // The parsed documents are recorded while the site is made (see `parseAndCheck`); a
        // build that fails waits for the record too.
        var models: BuildSteps.ModelsRecord?
        defer { models?.wait() }
        do {
            let corpus: Corpus
            (corpus, models) = try steps.parseAndCheck(inputs) { staged.linkAhead(parallelism: parallelism) }
            summary = Sitegen.summary(of: corpus)
            // The site is made while the templates are parsed (see `renderInput`).
            input = steps.renderInput(inputs, consume corpus)
            let diagnostics = try steps.reportDiagnostics(inputs, input.corpus)
            record = steps.cacheRecord(inputs, diagnostics: diagnostics, summary: summary)
            plan = try steps.takeUnchanged(steps.plan(input, inputs, previous: previous), into: staged)
        } catch {
            staged.discard()
            throw error
        }
        // Handed over, so that the site is freed while the build finishes (see `writeSite`).
        try steps.writeSite(consume input, plan: plan, into: staged, models: models, recording: record)
        steps.reportBuilt(summary, staged.written)
    }
}
