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
        let files: [ExportFile]
        do {
            let rendered = try log.measure("render", { try environment.render(input) }) { rendered in
                "\(Numbers.count(rendered.pages.count, "page")), \(Numbers.count(rendered.files.count - rendered.pages.count, "other file"))"
            }
            files = try log.measure("convert", { try SiteRenderer.convert(rendered, input) }) { _ in
                "\(Numbers.count(rendered.pages.count + rendered.sourcePages.count, "HTML page"))"
            }
        } catch let failure as SiteRenderer.Failure {
            Sitegen.report(failure.diagnostics, environment)
            throw self.failure("pages could not be rendered")
        }
        let size = PhaseLog.megabytes(files.reduce(0) { $0 + $1.contents.count })
        if check {
            try compare(files, log: log, environment)
            return
        }
        do {
            try log.measure("write", { try OutputWriter.commit(files, to: environment.absolutePath(output)) }) { _ in
                "\(Numbers.count(files.count, "file")), \(size) to \(output)"
            }
        } catch {
            throw failure("cannot write '\(output)': \(error)")
        }
        log.print("Built \(output) in \(log.elapsed): \(Sitegen.summary(of: corpus))")
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

    /// `--check`: compares `files` with the output folder; exits 1 listing the differences.
    private func compare(_ files: [ExportFile], log: PhaseLog, _ environment: SitegenEnvironment) throws {
        let comparison = log.measure("check", { OutputComparison.compare(files, with: environment.absolutePath(output)) }) {
            "\(Numbers.count(files.count, "file")) against \(output): "
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
