import Foundation
import InspectionModel
import OpenData
import ReportParser
@testable import SitegenCLI

/// Collects what a command prints.
final class CapturedConsole: @unchecked Sendable {
    private let lock = NSLock()
    private var out = ""
    private var err = ""

    var standardOutput: String { lock.withLock { out } }
    var standardError: String { lock.withLock { err } }

    var console: Console {
        Console(standardOutput: { [self] text in lock.withLock { out += text } },
                standardError: { [self] text in lock.withLock { err += text } })
    }
}

/// A fresh temporary folder, removed when the value is released... or by the OS.
struct TemporaryFolder {
    let path: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.path
        path = Paths.standardize(base + "/sitegen-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes a text file at a path relative to the folder, creating its folders.
    @discardableResult
    func write(_ relative: String, _ text: String = "text\n") throws -> String {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        return full
    }

    func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: path + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path + "/" + relative) }

    /// Every file under a subfolder (hidden ones included), relative to it, sorted.
    func files(under relative: String) -> [String] {
        let root = path + "/" + relative
        guard let e = FileManager.default.enumerator(atPath: root) else { return [] }
        return e.compactMap { $0 as? String }.filter { item in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: root + "/" + item, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
    }

    func entries() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// A corpus with the given diagnostics and no documents' model.
func corpus(errors: Int = 0, warnings: Int = 0, notes: Int = 0, documents: Int = 1) -> Corpus {
    let at = SourceLocation(file: "Content/a.txt", line: 3, column: 2)
    let diagnostics = (0..<errors).map { Diagnostic(.error, "broken \($0)", at: at) }
        + (0..<warnings).map { Diagnostic(.warning, "odd \($0)", at: at) }
        + (0..<notes).map { Diagnostic(.note, "repaired \($0)", at: at) }
    return Corpus(inspections: [], regions: [], diagnostics: diagnostics, documentCount: documents)
}

/// The repository this test file is in.
let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

/// Runs sitegen in `folder` with a fixed corpus standing in for the parser. The folder gets
/// a copy of the repository's `Templates/` first, unless it has its own.
func run(_ arguments: [String], in folder: TemporaryFolder, parsed: Corpus? = nil,
         render: (@Sendable (SiteRenderer.Input) throws -> [ExportFile])? = nil) -> (status: Int32, console: CapturedConsole) {
    let console = CapturedConsole()
    if !folder.exists("Templates") {
        try? FileManager.default.copyItem(atPath: repository + "/Templates", toPath: folder.path + "/Templates")
    }
    var environment = SitegenEnvironment(console: console.console, currentDirectory: folder.path, clock: { 0 })
    environment.cachesBuilds = parsed == nil && render == nil
    if let parsed {
        environment.parse = { sources, _ in sources.map { _ in CorpusParser.Document(inspections: [], regions: [], diagnostics: []) } }
        environment.check = { documents in
            var result = parsed
            result.documentCount = documents.count
            return result
        }
    }
    if let render { environment.render = { SiteRenderer.Rendered(files: try render($0)) } }
    return (Sitegen.execute(arguments, environment: environment), console)
}
