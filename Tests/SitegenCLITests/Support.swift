import Foundation
import InspectionModel
import ReportParser
import SourceAndOutput
// Every file of this target uses the test support (TemporaryFolder, CapturedConsole, ...).
@_exported import TestSupport

@testable import SitegenCLI

extension CapturedConsole {
    /// A console that writes here.
    var console: Console {
        Console(
            standardOutput: { [self] text in appendOutput(text) }, standardError: { [self] text in appendError(text) })
    }
}

/// A corpus with the given diagnostics and no documents' model.
func corpus(errors: Int = 0, warnings: Int = 0, notes: Int = 0, documents: Int = 1) -> Corpus {
    let at = SourceLocation(file: "Content/a.txt", line: 3, column: 2)
    let diagnostics =
        (0..<errors).map { Diagnostic(.error, "broken \($0)", at: at) }
        + (0..<warnings).map { Diagnostic(.warning, "odd \($0)", at: at) }
        + (0..<notes).map { Diagnostic(.note, "repaired \($0)", at: at) }
    return Corpus(inspections: [], regions: [], diagnostics: diagnostics, documentCount: documents)
}

/// The repository the tests run from.
let repository = Repository.path

/// Runs sitegen in `folder` with a fixed corpus standing in for the parser. The folder gets
/// a copy of the repository's `Templates/` first, unless it has its own.
func run(
    _ arguments: [String], in folder: TemporaryFolder, parsed: Corpus? = nil,
    render: (@Sendable (SiteRenderer.Input) throws -> [ExportFile])? = nil
) -> (status: Int32, console: CapturedConsole) {
    let console = CapturedConsole()
    if !folder.exists("Templates") {
        try? FileManager.default.copyItem(atPath: repository + "/Templates", toPath: folder.path + "/Templates")
    }
    var environment = SitegenEnvironment(console: console.console, currentDirectory: folder.path, clock: { 0 })
    environment.cachesBuilds = parsed == nil && render == nil
    if let parsed {
        environment.parse = { sources, _ in
            sources.map { _ in CorpusParser.Document(inspections: [], regions: [], diagnostics: []) }
        }
        environment.check = { documents in
            var result = parsed
            result.documentCount = documents.count
            return result
        }
    }
    if let render { environment.render = { SiteRenderer.Rendered(files: try render($0)) } }
    return (Sitegen.execute(arguments, environment: environment), console)
}
