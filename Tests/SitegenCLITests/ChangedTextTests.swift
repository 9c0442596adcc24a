import Foundation
import TestSupport
import Testing

@testable import SitegenCLI

/// A build reads each report text when it starts, keeping only its digest, and reads it again
/// where it needs the bytes (the parse, the text's pages): a text that changed in between
/// stops the build with an error naming it, and the output is left as it was.
@Suite struct ChangedTextTests {
    /// A folder with the real content and templates, built once.
    func builtProject() throws -> TemporaryFolder {
        let folder = try BuildCacheTests().project()
        #expect(build(folder, SitegenEnvironment(currentDirectory: folder.path)).status == 0)
        return folder
    }

    func build(_ folder: TemporaryFolder, _ environment: SitegenEnvironment, _ extra: [String] = [])
        -> (status: Int32, console: CapturedConsole)
    {
        let console = CapturedConsole()
        var environment = environment
        environment.console = console.console
        environment.clock = { 0 }
        return (Sitegen.execute(["build", "--quiet"] + extra, environment: environment), console)
    }

    /// Every file of the output, by path.
    func snapshot(_ folder: TemporaryFolder) -> [String: String?] {
        Dictionary(uniqueKeysWithValues: folder.files(under: "Output").map { ($0, folder.read("Output/" + $0)) })
    }

    static let leeds = "Content/reports/leeds-2024.txt"
    static let york = "Content/reports/york-2024.txt"

    @Test func aTextChangedBeforeItIsParsedStopsTheBuild() throws {
        let folder = try builtProject()
        let before = snapshot(folder)
        var environment = SitegenEnvironment(currentDirectory: folder.path)
        // Parsed one by one in path order: parsing Leeds edits York, read next.
        environment.parse = { sources, parallelism in
            if sources.map(\.path) == [Self.leeds] { _ = try? folder.write(Self.york, "edited\n") }
            return SitegenEnvironment.parseInParallel(sources, parallelism)
        }
        let (status, console) = build(folder, environment, ["--serial", "--no-cache"])
        #expect(status == Sitegen.failureStatus)
        #expect(
            console.standardError == """
                \(Self.york):1:1: error: the file changed during the build; build again
                sitegen: error: report texts changed while they were read; 'Output' was left as it was

                """)
        #expect(snapshot(folder) == before)
    }

    @Test func aTextChangedBeforeItsPagesAreMadeStopsTheBuild() throws {
        let folder = try builtProject()
        let before = snapshot(folder)
        var environment = SitegenEnvironment(currentDirectory: folder.path)
        environment.render = { input in
            _ = try? folder.write(Self.leeds, "edited\n")
            return try SiteRenderer.render(input)
        }
        let (status, console) = build(folder, environment, ["--no-cache"])
        #expect(status == Sitegen.failureStatus)
        #expect(
            console.standardError.hasSuffix(
                """
                \(Self.leeds):1:1: error: the file changed during the build; build again
                sitegen: error: pages could not be rendered; 'Output' was left as it was

                """))
        #expect(snapshot(folder) == before)
    }
}
