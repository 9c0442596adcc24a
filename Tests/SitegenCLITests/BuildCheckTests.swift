import Foundation
import InspectionModel
import Testing

@testable import SitegenCLI

/// `sitegen build --check`: builds in memory, writes nothing, and fails listing the
/// files that differ when the output folder is stale.
@Suite struct BuildCheckTests {
    @Test func upToDateOutputPassesAndNothingIsWritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Content/a.txt")
        #expect(run(["build", "--quiet"], in: folder, parsed: corpus()).status == 0)
        let before = folder.files(under: "")
        let (status, console) = run(["build", "--check"], in: folder, parsed: corpus())
        #expect(status == 0)
        #expect(console.standardOutput.contains("compare  23 files against Output: up to date in 0.00 s\n"))
        #expect(console.standardOutput.hasSuffix("Checked Output in 0.00 s: up to date\n"))
        #expect(folder.files(under: "") == before)
    }

    @Test func staleOutputFailsListingEveryDifference() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Content/a.txt")
        #expect(run(["build", "--quiet"], in: folder, parsed: corpus()).status == 0)
        try folder.write("Output/index.html", "edited by hand")
        try folder.write("Output/old-page.html", "left over")
        try FileManager.default.removeItem(atPath: folder.path + "/Output/data.md")
        let before = folder.files(under: "")
        let (status, console) = run(["build", "--check", "--quiet"], in: folder, parsed: corpus())
        #expect(status == 1)
        #expect(
            console.standardError == """
                added    data.md
                changed  index.html
                removed  old-page.html
                sitegen: error: 'Output' is out of date; run 'sitegen build' and commit the result

                """)
        #expect(console.standardOutput.isEmpty)
        #expect(folder.files(under: "") == before)
    }

    @Test func aMissingOutputFolderIsStale() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Content/a.txt")
        let (status, console) = run(["build", "--check", "--quiet"], in: folder, parsed: corpus())
        #expect(status == 1)
        #expect(console.standardError.contains("added    index.html\n"))
        #expect(!folder.exists("Output"))
    }
}
