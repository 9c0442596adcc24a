import ArgumentParser
import Foundation
import HTMLPages
import InspectionModel
import MarkdownPages
import OpenData
import PageViews
import ReportParser

/// `sitegen build`: parse, report, and write the site.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read the content and write the site (and its open data) to the output folder.",
        discussion: """
            Problems in one document do not stop the rest: the build writes what parsed and \
            exits 0. It exits 1, leaving the output folder as it was, when a template has an \
            error or the output cannot be written, and with --check when the output folder is \
            out of date. The output folder is replaced as a whole, atomically.
            """)

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: ArgumentHelp("The folder to write the site to; replaced as a whole.",
                                            valueName: "dir"))
    var output: String = "Output"

    @Option(name: .long, help: ArgumentHelp(
        "A folder of Mustache templates (.mustache, read recursively) and assets/ that override the built-in theme file by file (default: Templates, when it exists).",
        valueName: "dir"))
    var templates: String?

    @Option(name: .long, help: ArgumentHelp(
        "The absolute http(s) URL the site will be published at; adds canonical links and sitemap.xml. Links stay relative.",
        valueName: "url"))
    var baseURL: String?

    @Flag(name: .long, help: "Build in memory and compare with the output folder: list the files that differ and exit 1 if any do. Writes nothing.")
    var check = false

    @Flag(name: .long, help: "Build, then build again on every change to the content or the templates (polling twice a second), one line per build; stop with Ctrl-C, which leaves the last complete site.")
    var watch = false

    @Flag(name: .long, help: "Make every file afresh: neither use nor record the build cache (.sitegen-cache beside the output folder).")
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
        let folders = [("content", options.content)]
            + (Theme.folder(given: templates, environment: environment).map { [("templates", $0)] } ?? [])
        for (role, given) in folders {
            let folder = Paths.resolved(environment.absolutePath(given))
            if Paths.isSameOrInside(folder, out) || Paths.isSameOrInside(out, folder) {
                throw ValidationError("The output folder '\(output)' (really '\(out)') must not be, contain, or lie inside "
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
            throw ValidationError("The base URL '\(baseURL)' is not an absolute http or https URL (without a query or fragment).")
        }
    }

    func run() throws {
        let environment = SitegenEnvironment.current
        guard watch else {
            try build(log: PhaseLog(environment: environment, quiet: quiet), environment)
            return
        }
        // The site's Templates/ is watched even before it exists: creating it changes the theme.
        let folders = [options.content, templatesFolder ?? Theme.defaultFolder]
        environment.console.standardOutput("Watching \(folders.joined(separator: " and ")); press Ctrl-C to stop\n")
        InputWatch(fingerprint: { InputFingerprint(folders: folders.map(environment.absolutePath)) },
                   build: {
                       let stamp = environment.timeOfDay()
                       let log = PhaseLog(environment: environment, quiet: true, finish: { line in
                           environment.console.standardOutput("\(stamp)  \(line)\n")
                       })
                       try? build(log: log, environment)
                   },
                   pause: environment.pause).run()
    }

    /// The templates folder this build reads over the built-in theme, if any.
    var templatesFolder: String? { Theme.folder(given: templates, environment: .current) }

    /// `--serial` as the value every step is handed.
    var parallelism: Parallelism { serial ? .serial : .allCores }

    private func build(log: PhaseLog, _ environment: SitegenEnvironment) throws {
        // Where the output really is: a link to a folder (`Output -> /var/www/site`) is
        // followed, and the folder it leads to replaced.
        let outputPath = Paths.resolved(environment.absolutePath(output))
        let inputs = log.measure("read", {
            BuildInputs(content: options.content, templates: templatesFolder, options: [baseURL ?? ""], environment: environment,
                        parallelism: parallelism)
        }) { inputs in
            "\(Numbers.count(inputs.content.documentCount, "document")), "
                + PhaseLog.megabytes(inputs.content.sources.reduce(0) { $0 + $1.bytes.count }) + " and the templates"
        }
        Sitegen.report(inputs.templateDiagnostics, environment)
        guard !inputs.templateDiagnostics.contains(where: { $0.severity == .error }) else {
            throw failure("the templates have errors")
        }
        let lock = check ? nil : OutputLock(output: outputPath) { path in
            environment.console.standardError("sitegen: another build into '\(path)' is running; waiting for it to finish\n")
        }
        defer { withExtendedLifetime(lock) {} }
        let caching = !noCache && environment.cachesBuilds
        let previous = caching ? BuildCache.load(for: outputPath) : nil
        if !check, let previous {
            OutputWriter.recoverAbandoned(beside: outputPath)
            if previous.isUpToDate(outputPath, key: inputs.buildKey, parallelism: parallelism) {
                environment.console.standardError(previous.diagnostics)
                log.finish("Up to date: \(output) was built from these very inputs, in \(log.elapsed): \(previous.summary)")
                return
            }
        }
        let documents = log.measure("parse", { environment.parse(inputs.content.sources, parallelism) }) { _ in
            Numbers.count(inputs.content.sources.count, "text")
        }
        let corpus = log.measure("checks", {
            Sitegen.corpus(of: Sitegen.ReadDocuments(loaded: inputs.content, documents: documents), environment)
        }) { corpus in
            "\(Numbers.count(corpus.inspections.count, "inspection")), \(Numbers.count(corpus.regions.count, "regional letter"))"
        }
        Sitegen.report(corpus.diagnostics, environment)
        var input = SiteRenderer.Input(corpus: corpus, sources: inputs.content.sources, templates: inputs.templates,
                                       templatesFolder: templatesFolder ?? Theme.defaultFolder, assets: inputs.assets, baseURL: baseURL.flatMap(BaseURL.init),
                                       pageSalt: caching ? inputs.pageSalt : nil)
        input.textDigests = inputs.textDigests
        input.parallelism = parallelism
        if check {
            let outputCheck = OutputCheck(directory: outputPath)
            input.sink = outputCheck
            let rendered = try render(input, log: log)
            try convert(rendered, input, into: outputCheck, log: log, summary: htmlPages(rendered))
            try compare(outputCheck, log: log, environment)
            return
        }
        let staged: StagedOutput
        do {
            staged = try StagedOutput(directory: outputPath, previous: previous)
        } catch {
            throw failure("cannot write '\(output)': \(error)")
        }
        do {
            if caching { input.previousOutput = staged }
            input.sink = staged
            let rendered = try render(input, log: log)
            try convert(rendered, input, into: staged, log: log, summary: htmlPages(rendered) + ", writing every file as it is made")
            let leftover = try log.measure("write", { try staged.commit() }) { _ in
                let written = staged.written
                return "\(Numbers.count(written.count, "file")), \(PhaseLog.megabytes(written.bytes)) to \(output)"
            }
            warnLeftover(leftover)
        } catch let error as ExitCode {
            warnLeftover(staged.discard())
            throw error
        } catch {
            warnLeftover(staged.discard())
            throw failure("cannot write '\(output)': \(error)")
        }
        let summary = Sitegen.summary(of: corpus)
        let written = staged.written
        if caching {
            let printed = (inputs.templateDiagnostics + corpus.diagnostics).map { $0.description + "\n" }.joined()
            BuildCache(buildKey: inputs.buildKey, diagnostics: printed, summary: summary, entries: written.entries)
                .save(for: outputPath)
        }
        log.finish("Built \(output) in \(log.elapsed): \(summary)" + (written.reused > 0 ? " (\(written.reused) files unchanged)" : ""))
    }

    /// Prints a warning about a folder that could not be deleted, if any.
    private func warnLeftover(_ warning: String?) {
        if let warning { SitegenEnvironment.current.console.standardError("sitegen: warning: \(warning)\n") }
    }

    /// The render step, timed; a page that cannot be rendered stops the build.
    private func render(_ input: SiteRenderer.Input, log: PhaseLog) throws -> SiteRenderer.Rendered {
        do {
            return try log.measure("render", { try SitegenEnvironment.current.render(input) }) { rendered in
                "\(Numbers.count(rendered.pages.count, "page")), \(Numbers.count(rendered.otherFileCount, "other file"))"
            }
        } catch let failure as SiteRenderer.Failure {
            Sitegen.report(failure.diagnostics, SitegenEnvironment.current)
            throw self.failure("pages could not be rendered")
        }
    }

    /// `12 HTML pages`.
    private func htmlPages(_ rendered: SiteRenderer.Rendered) -> String {
        Numbers.count(rendered.pages.count + rendered.sourcePages.count, "HTML page")
    }

    /// The convert step into `sink`, timed; a page that cannot be laid out stops the build.
    private func convert(_ rendered: SiteRenderer.Rendered, _ input: SiteRenderer.Input, into sink: some FileSink,
                         log: PhaseLog, summary: String) throws {
        do {
            try log.measure("convert", { try SiteRenderer.convert(rendered, input, into: sink) }) { _ in summary }
        } catch let failure as SiteRenderer.Failure {
            Sitegen.report(failure.diagnostics, SitegenEnvironment.current)
            throw self.failure("pages could not be rendered")
        }
    }

    /// `--check`: compares the files made with the output folder; exits 1 listing the differences.
    private func compare(_ outputCheck: OutputCheck, log: PhaseLog, _ environment: SitegenEnvironment) throws {
        let comparison = log.measure("compare", { outputCheck.comparison() }) {
            "\(Numbers.count(outputCheck.count, "file")) against \(output): "
                + ($0.isUpToDate ? "up to date" : "\(Numbers.count($0.differences.count, "file")) differ")
        }
        guard comparison.isUpToDate else {
            environment.console.standardError(comparison.lines.map { $0 + "\n" }.joined()
                + "sitegen: error: '\(output)' is out of date; run 'sitegen build' and commit the result\n")
            throw ExitCode(Sitegen.failureStatus)
        }
        log.finish("Checked \(output) in \(log.elapsed): up to date")
    }

    /// Prints why the build stopped and gives the failure status; the output is left as it was.
    private func failure(_ reason: String) -> ExitCode {
        SitegenEnvironment.current.console.standardError(
            "sitegen: error: \(reason); '\(output)' was left as it was\n")
        return ExitCode(Sitegen.failureStatus)
    }
}
