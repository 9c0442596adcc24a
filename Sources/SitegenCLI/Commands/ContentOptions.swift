import ArgumentParser
import Foundation

/// The `--content` option shared by the commands.
struct ContentOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The folder of report texts (.txt, .md and saved web pages .html/.htm, read recursively).",
            valueName: "dir"))
    var content: String = "Content"

    func validate() throws {
        let environment = SitegenEnvironment.current
        let path = environment.absolutePath(content)
        var isDirectory: ObjCBool = false
        guard !content.isEmpty, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ValidationError("The content folder '\(content)' does not exist.")
        }
        guard isDirectory.boolValue else {
            throw ValidationError("'\(content)' is not a folder.")
        }
    }
}
