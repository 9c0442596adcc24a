import ArgumentParser
import Foundation

/// `sitegen init [DIR]`: starts a site in a folder.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a site: Content/reports/, a README, .gitignore and .gitattributes in the folder.",
        discussion: """
            Creates the folder if needed. Refuses, writing nothing and exiting 1, when any \
            of the files it would write already exists, and names them.
            """)

    @Argument(help: ArgumentHelp("The folder of the new site.", valueName: "dir"))
    var directory: String = "."

    @Flag(
        name: .long,
        help: "Also copy the built-in theme into Templates/ to edit (the files you keep override the built-in ones).")
    var templates = false

    func run() throws {
        let environment = SitegenEnvironment.current
        let root = environment.absolutePath(directory)
        let files = SiteSkeleton.files(templates: templates)
        let manager = FileManager.default
        let existing = files.map(\.path).filter { manager.fileExists(atPath: root + "/" + $0) }
        guard existing.isEmpty else {
            environment.console.standardError(
                existing.map { "sitegen: error: '\(display($0))' already exists\n" }.joined()
                    + "sitegen: error: nothing was written; move those files away or choose another folder\n")
            throw ExitCode(Sitegen.failureStatus)
        }
        do {
            for file in files {
                let path = root + "/" + file.path
                try manager.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent,
                    withIntermediateDirectories: true)
                try Data(file.bytes).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
            }
        } catch {
            environment.console.standardError("sitegen: error: cannot write the site in '\(directory)': \(error)\n")
            throw ExitCode(Sitegen.failureStatus)
        }
        let step = directory == "." ? "" : "cd \(directory) && "
        environment.console.standardOutput(
            """
            Started a site in \(directory == "." ? "this folder" : "'\(directory)'") (\(files.count) files). Next:
              cp <report texts> \(display("Content/reports/"))
              \(step)sitegen build && python3 -m http.server -d Output

            """)
    }

    /// `site/README.md` for `README.md` in the folder `site`.
    private func display(_ path: String) -> String {
        directory == "." ? path : Paths.standardize(directory) + "/" + path
    }
}
