import ArgumentParser
import Foundation
import InspectionModel
import MarkdownPages
import OpenData

/// `sitegen build`: parse, report, and write the site.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read the content and write the site (and its open data) to the output folder.",
        discussion: """
            Problems in one document do not stop the rest: the build writes what parsed and \
            exits 0. It exits 1, leaving the output folder as it was, when a template has an \
            error or the output cannot be written. The output folder is replaced as a whole, \
            atomically.
            """)

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: ArgumentHelp("The folder to write the site to; replaced as a whole.",
                                            valueName: "dir"))
    var output: String = "Output"

    @Option(name: .long, help: ArgumentHelp("The folder of Mustache templates (.mustache, read recursively).",
                                            valueName: "dir"))
    var templates: String = "Templates"

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
        var isDirectory: ObjCBool = false
        guard !templates.isEmpty,
              FileManager.default.fileExists(atPath: environment.absolutePath(templates), isDirectory: &isDirectory),
              isDirectory.boolValue else {
            throw ValidationError("The templates folder '\(templates)' does not exist or is not a folder.")
        }
        if Paths.isSameOrInside(Paths.resolved(environment.absolutePath(templates)), out) {
            throw ValidationError("The output folder '\(output)' must not be or contain the templates folder.")
        }
    }

    func run() throws {
        let environment = SitegenEnvironment.current
        let (corpus, sources) = Sitegen.readContent(options, environment)
        Sitegen.report(corpus.diagnostics, environment)
        let loaded = TemplateLoader.load(directory: templates, currentDirectory: environment.workingDirectory)
        let templateSet = TemplateSet(loaded.sources)
        let templateDiagnostics = (loaded.diagnostics + templateSet.diagnostics).sorted()
        Sitegen.report(templateDiagnostics, environment)
        guard !templateDiagnostics.contains(where: { $0.severity == .error }) else {
            throw failure("the templates have errors")
        }
        let files: [ExportFile]
        do {
            files = try environment.render(SiteRenderer.Input(corpus: corpus, sources: sources, templates: templateSet,
                                                              templatesFolder: templates))
        } catch let failure as SiteRenderer.Failure {
            Sitegen.report(failure.diagnostics, environment)
            throw self.failure("pages could not be rendered")
        }
        do {
            try OutputWriter.commit(files, to: environment.absolutePath(output))
        } catch {
            throw failure("cannot write '\(output)': \(error)")
        }
        if !quiet {
            environment.console.standardOutput(
                "Wrote \(files.count) file\(files.count == 1 ? "" : "s") to \(output): \(Sitegen.summary(of: corpus))\n")
        }
    }

    /// Prints why the build stopped and gives the failure status; the output is left as it was.
    private func failure(_ reason: String) -> ExitCode {
        SitegenEnvironment.current.console.standardError(
            "sitegen: error: \(reason); '\(output)' was left as it was\n")
        return ExitCode(Sitegen.failureStatus)
    }
}
