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

    @Option(name: .long, help: ArgumentHelp("The folder of Mustache templates (.mustache, read recursively).",
                                            valueName: "dir"))
    var templates: String = "Templates"

    @Option(name: .long, help: ArgumentHelp(
        "The absolute http(s) URL the site will be published at; adds canonical links and sitemap.xml. Links stay relative.",
        valueName: "url"))
    var baseURL: String?

    @Flag(name: .long, help: "Build in memory and compare with the output folder: list the files that differ and exit 1 if any do. Writes nothing.")
    var check = false

    @Flag(name: .long, help: "Print no timings or summary (diagnostics are still printed).")
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
        var isDirectory: ObjCBool = false
        guard !templates.isEmpty,
              FileManager.default.fileExists(atPath: environment.absolutePath(templates), isDirectory: &isDirectory),
              isDirectory.boolValue else {
            throw ValidationError("The templates folder '\(templates)' does not exist or is not a folder.")
        }
        if Paths.isSameOrInside(Paths.resolved(environment.absolutePath(templates)), out) {
            throw ValidationError("The output folder '\(output)' must not be or contain the templates folder.")
        }
        if let baseURL, BaseURL(baseURL) == nil {
            throw ValidationError("The base URL '\(baseURL)' is not an absolute http or https URL (without a query or fragment).")
        }
    }

    func run() throws {
        let environment = SitegenEnvironment.current
        let log = PhaseLog(environment: environment, quiet: quiet)
        let read = log.measure("parse", { Sitegen.readDocuments(options, environment) }) { read in
            "\(Numbers.count(read.loaded.documentCount, "document")), "
                + PhaseLog.megabytes(read.loaded.sources.reduce(0) { $0 + $1.bytes.count })
        }
        let corpus = log.measure("checks", { Sitegen.corpus(of: read, environment) }) { corpus in
            "\(Numbers.count(corpus.inspections.count, "inspection")), \(Numbers.count(corpus.regions.count, "regional letter"))"
        }
        let sources = read.loaded.sources
        Sitegen.report(corpus.diagnostics, environment)
        let input = try loadTemplates(corpus: corpus, sources: sources, environment)
        let rendered: SiteRenderer.Rendered
        do {
            rendered = try log.measure("render", { try environment.render(input) }) { rendered in
                "\(Numbers.count(rendered.pages.count, "page")), \(Numbers.count(rendered.files.count, "other file"))"
            }
        } catch let failure as SiteRenderer.Failure {
            Sitegen.report(failure.diagnostics, environment)
            throw self.failure("pages could not be rendered")
        }
        let htmlPages = Numbers.count(rendered.pages.count + rendered.sourcePages.count, "HTML page")
        if check {
            let outputCheck = OutputCheck(directory: environment.absolutePath(output))
            try convert(rendered, input, into: outputCheck, log: log, summary: htmlPages)
            try compare(outputCheck, log: log, environment)
            return
        }
        let staged: StagedOutput
        do {
            staged = try StagedOutput(directory: environment.absolutePath(output))
        } catch {
            throw failure("cannot write '\(output)': \(error)")
        }
        do {
            try convert(rendered, input, into: staged, log: log, summary: htmlPages + ", writing every file as it is made")
            try log.measure("write", { try staged.commit() }) { _ in
                "\(Numbers.count(staged.count, "file")), \(PhaseLog.megabytes(staged.bytes)) to \(output)"
            }
        } catch let error as ExitCode {
            staged.discard()
            throw error
        } catch {
            staged.discard()
            throw failure("cannot write '\(output)': \(error)")
        }
        log.print("Built \(output) in \(log.elapsed): \(Sitegen.summary(of: corpus))")
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

    /// The templates, with their problems reported; throws when one has an error.
    private func loadTemplates(corpus: Corpus, sources: [ContentSource],
                               _ environment: SitegenEnvironment) throws -> SiteRenderer.Input {
        let loaded = TemplateLoader.load(directory: templates, currentDirectory: environment.workingDirectory)
        let templateSet = TemplateSet(loaded.sources)
        let assets = AssetLoader.load(templatesDirectory: templates, currentDirectory: environment.workingDirectory)
        let diagnostics = (loaded.diagnostics + templateSet.diagnostics + assets.diagnostics).sorted()
        Sitegen.report(diagnostics, environment)
        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            throw failure("the templates have errors")
        }
        return SiteRenderer.Input(corpus: corpus, sources: sources, templates: templateSet, templatesFolder: templates,
                                  assets: assets.files, baseURL: baseURL.flatMap(BaseURL.init))
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
        log.print("Checked \(output) in \(log.elapsed): up to date")
    }

    /// Prints why the build stopped and gives the failure status; the output is left as it was.
    private func failure(_ reason: String) -> ExitCode {
        SitegenEnvironment.current.console.standardError(
            "sitegen: error: \(reason); '\(output)' was left as it was\n")
        return ExitCode(Sitegen.failureStatus)
    }
}
