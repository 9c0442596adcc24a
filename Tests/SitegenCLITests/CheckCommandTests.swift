import Foundation
import InspectionModel
import Testing

@testable import SitegenCLI

@Suite struct CheckCommandTests {
    @Test func exitsZeroWithOnlyWarningsAndPrintsDiagnosticsAndSummary() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Content/a.txt")
        let (status, console) = run(["check"], in: folder, parsed: corpus(warnings: 1, notes: 2))
        #expect(status == 0)
        #expect(
            console.standardError == """
                Content/a.txt:3:2: warning: odd 0
                Content/a.txt:3:2: note: repaired 0
                Content/a.txt:3:2: note: repaired 1

                """)
        #expect(console.standardOutput == "1 document, 0 inspections, 0 regions, 0 errors, 1 warning, 2 notes\n")
    }

    @Test func exitsOneWithErrors() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Content/a.txt")
        let (status, console) = run(["check"], in: folder, parsed: corpus(errors: 2))
        #expect(status == 1)
        #expect(console.standardError.contains("Content/a.txt:3:2: error: broken 1\n"))
        #expect(console.standardOutput.hasSuffix("2 errors, 0 warnings, 0 notes\n"))
    }

    @Test func strictCountsWarningsAsErrors() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Content/a.txt")
        #expect(run(["check", "--strict"], in: folder, parsed: corpus(warnings: 1)).status == 1)
        #expect(run(["check", "--strict"], in: folder, parsed: corpus(notes: 3)).status == 0)
        #expect(run(["check", "--strict"], in: folder, parsed: corpus()).status == 0)
    }

    @Test func unreadableFileFailsTheCheck() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Content/good.txt")
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/Content/broken.md",
            withDestinationPath: folder.path + "/gone.md")
        let (status, console) = run(["check"], in: folder, parsed: corpus())
        #expect(status == 1)
        #expect(console.standardError.hasPrefix("Content/broken.md:1:1: error: cannot read file"))
        #expect(console.standardOutput == "2 documents, 0 inspections, 0 regions, 1 error, 0 warnings, 0 notes\n")
    }

    @Test(arguments: [
        ["check", "--no-such-option"],
        ["check", "--content"],
        ["check", "--content", "Missing"],
        ["check", "--content", "Content/a.txt"],
        ["check", "extra-argument"],
        ["frobnicate"],
        [],
    ])
    func badUsageExitsTwo(arguments: [String]) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Content/a.txt")
        let (status, console) = run(arguments, in: folder, parsed: corpus())
        #expect(status == 2)
        #expect(console.standardError.contains("Error: "))
        #expect(console.standardOutput.isEmpty)
    }

    @Test func helpExitsZeroOnStandardOutput() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (status, console) = run(["check", "--help"], in: folder)
        #expect(status == 0)
        #expect(console.standardOutput.contains("--strict"))
        #expect(console.standardError.isEmpty)
    }

    @Test func summaryPluralises() {
        var one = corpus(errors: 1, warnings: 1, notes: 1, documents: 1)
        #expect(Sitegen.summary(of: one) == "1 document, 0 inspections, 0 regions, 1 error, 1 warning, 1 note")
        one.documentCount = 5
        #expect(Sitegen.summary(of: one).hasPrefix("5 documents, "))
    }
}
