import Foundation
import InspectionModel
import SourceAndOutput
import Testing

@testable import SitegenCLI

@Suite struct BuildCommandTests {
    @Test func writesTheRenderedFilesAndASummary() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Content/a.txt")
        let (status, console) = run(["build"], in: folder, parsed: corpus(warnings: 1))
        #expect(status == 0)
        #expect(
            folder.files(under: "Output") == [
                ".sitegen-output", "404.html", "404.md", "assets/search.js", "assets/site.css", "assets/site.js",
                "data.html", "data.md",
                "data/inspections.csv", "data/inspections.json", "data/key-questions.csv",
                "data/recommendations.csv", "data/standards.csv", "index.html", "index.md", "pdus.html", "pdus.md",
                "regions.html", "regions.md", "search-index.js", "search.html", "search.md", "trends.html", "trends.md",
            ])
        // The clock stands still in tests, so every phase takes 0.00 s.
        #expect(
            console.standardOutput == """
                read     1 document, 0.0 MB and the templates in 0.00 s
                parse    1 text in 0.00 s
                checks   0 inspections, 0 regional letters in 0.00 s
                render   7 pages and their HTML, the pages of 0 report texts, 9 other files in 0.00 s
                write    23 files, 0.1 MB to Output in 0.00 s
                Built Output in 0.00 s: 1 document, 0 inspections, 0 regions, 0 errors, 1 warning, 0 notes

                """)
        #expect(console.standardError == "Content/a.txt:3:2: warning: odd 0\n")
        // Only the output folder was added: no staging folder left behind.
        #expect(folder.entries() == ["Content", "Output", "Templates"])
    }

    @Test func errorsInTheContentDoNotStopTheBuild() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Content/a.txt")
        let (status, console) = run(
            ["build", "--quiet", "--output", "site/out"], in: folder, parsed: corpus(errors: 1))
        #expect(status == 0)
        #expect(console.standardOutput.isEmpty)
        #expect(console.standardError == "Content/a.txt:3:2: error: broken 0\n")
        let json = try #require(folder.read("site/out/data/inspections.json"))
        #expect(json.contains("\"message\": \"broken 0\""))
    }

    @Test func staleFilesAreRemoved() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Content/a.txt")
        let render: @Sendable (SiteRenderer.Input) throws -> [ExportFile] = { _ in
            [ExportFile(path: "new/page.html", text: "new")]
        }
        #expect(
            run(
                ["build"], in: folder, parsed: corpus(),
                render: { _ in [ExportFile(path: "old/page.html", text: "old")] }
            ).status == 0)
        #expect(folder.read("Output/old/page.html") == "old")
        #expect(run(["build"], in: folder, parsed: corpus(), render: render).status == 0)
        #expect(folder.files(under: "Output") == [".sitegen-output", "new/page.html"])
    }

    @Test func failedWriteLeavesTheExistingOutputUntouchedAndExitsOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Content/a.txt")
        #expect(
            run(
                ["build"], in: folder, parsed: corpus(),
                render: { _ in [ExportFile(path: "index.html", text: "first")] }
            ).status == 0)

        // The second file's name is too long for the file system: the write fails after
        // the first file was written to the staging folder.
        let tooLong = String(repeating: "x", count: 300) + ".html"
        let (status, console) = run(
            ["build"], in: folder, parsed: corpus(),
            render: { _ in
                [ExportFile(path: "index.html", text: "second"), ExportFile(path: "pages/" + tooLong, text: "x")]
            })
        #expect(status == 1)
        #expect(console.standardError.contains("sitegen: error: cannot write 'Output'"))
        #expect(!console.standardOutput.contains("write "))
        #expect(!console.standardOutput.contains("Built"))
        #expect(folder.read("Output/index.html") == "first")
        #expect(folder.files(under: "Output") == [".sitegen-output", "index.html"])
        #expect(folder.entries() == ["Content", "Output", "Templates"])
    }

    @Test func refusesToReplaceAFolderItDidNotWrite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Content/a.txt")
        try folder.write("Documents/precious.txt", "keep me")
        let (status, console) = run(["build", "--output", "Documents"], in: folder, parsed: corpus())
        #expect(status == 1)
        #expect(console.standardError.contains("was not written by sitegen"))
        #expect(folder.files(under: "Documents") == ["precious.txt"])
    }

    @Test(arguments: [
        ["build", "--output", "."],
        ["build", "--output", ".."],
        ["build", "--output", "Content"],
        ["build", "--output", "Content/site"],
        ["build", "--content", "Content/reports", "--output", "Content"],
        ["build", "--output", ""],
        ["build", "--output", "Templates"],
        ["build", "--templates", "missing"],
        ["build", "--verbose"],
    ])
    func dangerousOrBadOutputIsBadUsage(arguments: [String]) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Content/reports/a.txt")
        try folder.write("Templates/index.mustache", "# {{title}}\n")
        let before = folder.files(under: "")
        let (status, console) = run(arguments, in: folder, parsed: corpus())
        #expect(status == 2)
        #expect(console.standardError.contains("Error: "))
        #expect(folder.files(under: "") == before)
    }

    /// The real parser over the real `Content/`: asserts only what cannot depend on
    /// the parser's details.
    @Test func endToEndOverTheRepositoryContent() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let console = CapturedConsole()
        let environment = SitegenEnvironment(console: console.console, currentDirectory: repository)
        let status = Sitegen.execute(
            ["build", "--content", "Content", "--output", folder.path + "/Output"],
            environment: environment)
        #expect(status == 0)
        #expect(console.standardOutput.hasPrefix("read     5 documents, "))
        #expect(console.standardOutput.contains("Built \(folder.path)/Output in "))
        #expect(console.standardOutput.contains(": 5 documents, 6 inspections, 1 region, "))
        let data = try #require(FileManager.default.contents(atPath: folder.path + "/Output/data/inspections.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(json.keys) == ["inspections", "regions", "partialInspections", "diagnostics"])
        for name in ["inspections", "standards", "key-questions", "recommendations"] {
            let csv = try #require(folder.read("Output/data/\(name).csv"))
            #expect(csv.hasPrefix("pdu,region,published,"))
        }
    }

    /// The example site is committed so that reviewers can diff it: a change that alters
    /// the output must commit the regenerated files (`make site`). `build --check` tells.
    @Test func committedOutputIsUpToDate() throws {
        let console = CapturedConsole()
        let environment = SitegenEnvironment(console: console.console, currentDirectory: repository)
        let status = Sitegen.execute(["build", "--check", "--quiet"], environment: environment)
        #expect(status == 0, "Output/ is stale: run `make site` and commit Output/\n\(console.standardError)")
    }
}
