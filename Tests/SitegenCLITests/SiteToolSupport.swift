import Foundation

@testable import SitegenCLI

/// Runs sitegen with the real parser and renderer in `directory`, as a user would (no
/// templates copied in: the built-in theme unless the folder has its own).
func sitegen(
    _ arguments: [String], in directory: String,
    pause: (@Sendable (Double) -> Bool)? = nil
) -> (status: Int32, console: CapturedConsole) {
    let console = CapturedConsole()
    var environment = SitegenEnvironment(console: console.console, currentDirectory: directory)
    environment.timeOfDay = { "12:00:00" }
    if let pause { environment.pause = pause }
    return (Sitegen.execute(arguments, environment: environment), console)
}

/// Every file under `folder` (hidden ones included), by path inside it, with its bytes.
func tree(_ folder: String) -> [String: Data] {
    var files: [String: Data] = [:]
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return files }
    for case let relative as String in walker {
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isDirectory)
        if !isDirectory.boolValue { files[relative] = FileManager.default.contents(atPath: folder + "/" + relative) }
    }
    return files
}

/// A folder with a copy of the repository's report texts in `Content/reports/` (the seeds).
func siteWithTheSeeds() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try FileManager.default.copyItem(atPath: repository + "/Content", toPath: folder.path + "/Content")
    return folder
}

/// Replaces the first `old` on line `line` (from 1) of the text file at `path`.
func edit(_ path: String, line: Int, _ old: String, _ new: String) throws {
    var lines = String(decoding: FileManager.default.contents(atPath: path)!, as: UTF8.self)
        .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let range = lines[line - 1].range(of: old) else { throw CocoaError(.fileReadCorruptFile) }
    lines[line - 1].replaceSubrange(range, with: new)
    try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
}
