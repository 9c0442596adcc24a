import Foundation
import Testing

@testable import SitegenCLI

/// `sitegen diff`: two builds of the seeds, one with a change.
@Suite struct DiffCommandTests {
    static let brighton = "Content/reports/brighton-and-east-sussex-2024.txt"

    /// One key-question percentage changed in a copy of a seed: the diff reports exactly
    /// that fact, old and new with its line, and the pages it changed.
    @Test func aChangedKeyQuestionPercentageIsReportedWithItsLine() throws {
        let folder = try siteWithTheSeeds()
        defer { folder.remove() }
        #expect(sitegen(["build", "--quiet", "--output", "Before"], in: folder.path).status == 0)
        let line =
            try #require(
                folder.read(Self.brighton)?.split(separator: "\n", omittingEmptySubsequences: false)
                    .firstIndex {
                        $0.hasPrefix("Does assessment focus sufficiently on engaging the person on probation?\t58%")
                    }) + 1
        try edit(folder.path + "/" + Self.brighton, line: line, "58%", "61%")
        #expect(sitegen(["build", "--quiet"], in: folder.path).status == 0)
        let (status, console) = sitegen(["diff", "Before", "Output"], in: folder.path)
        #expect(status == 1)
        let report = console.standardOutput
        #expect(
            report == """
                ## sitegen diff: Before → Output

                **1 inspection changed, 0 added, 0 removed, 0 new warnings, 4 pages changed.**

                ### Brighton and East Sussex (2024-02)

                | fact | old | new | source |
                | --- | --- | --- | --- |
                | key question 2.1: Does assessment focus sufficiently on engaging the person on probation? | 58% | 61% | `\(Self.brighton):\(line)` |

                ### Changed pages

                - changed `pdus/brighton-and-east-sussex.html`
                - changed `source/brighton-and-east-sussex-2024.html`
                - changed `trends.html`
                - changed `trends/kent-surrey-and-sussex.html`

                ### Other changed files

                - changed `charts/brighton-and-east-sussex-2024-02-key-questions.svg`
                - changed `data/inspections.json`
                - changed `data/key-questions.csv`
                - changed `pdus/brighton-and-east-sussex.md`
                - changed `source/brighton-and-east-sussex-2024.txt`
                - changed `trends.md`
                - changed `trends/kent-surrey-and-sussex.md`

                """)
        #expect(line == 328)
    }

    /// A report added to the content is listed with its rating, score and source.
    @Test func anAddedReportIsListed() throws {
        let folder = try siteWithTheSeeds()
        defer { folder.remove() }
        let york = folder.path + "/Content/reports/york-2024.txt"
        let text = try #require(FileManager.default.contents(atPath: york))
        try FileManager.default.removeItem(atPath: york)
        #expect(sitegen(["build", "--quiet", "--output", "Before"], in: folder.path).status == 0)
        try text.write(to: URL(fileURLWithPath: york))
        #expect(sitegen(["build", "--quiet"], in: folder.path).status == 0)
        let (status, console) = sitegen(["diff", "Before", "Output"], in: folder.path)
        #expect(status == 1)
        #expect(
            console.standardOutput.contains(
                """
                ### Inspections added

                - York (2024-12): Yorkshire and the Humber, Inadequate, score 3/21 (`Content/reports/york-2024.txt:3`)

                """))
        #expect(console.standardOutput.contains("- added `pdus/york.html`"))
        #expect(!console.standardOutput.contains("Inspections removed"))
    }

    @Test func theSameBuildTwiceIsNoChangeAndAMissingBuildIsAnError() throws {
        let folder = try siteWithTheSeeds()
        defer { folder.remove() }
        #expect(sitegen(["build", "--quiet", "--output", "A"], in: folder.path).status == 0)
        #expect(sitegen(["build", "--quiet", "--output", "B", "--no-cache"], in: folder.path).status == 0)
        let same = sitegen(["diff", "A", "B"], in: folder.path)
        #expect(same.status == 0)
        #expect(same.console.standardOutput == "## sitegen diff: A → B\n\nNo changes: the two builds are the same.\n")
        let missing = sitegen(["diff", "A", "Content"], in: folder.path)
        #expect(missing.status == 2)
        #expect(
            missing.console.standardError
                == "sitegen: error: 'Content/data/inspections.json' cannot be read: is 'Content' a folder sitegen built?\n"
        )
        #expect(sitegen(["diff", "A"], in: folder.path).status == 2)
        #expect(sitegen(["diff", "A", "B", "--against", "HEAD"], in: folder.path).status == 2)
    }

    /// `--against REV` builds the content of a commit and compares it with the working tree's.
    @Test func againstARevisionComparesItsContentWithTheWorkingTree() throws {
        let folder = try siteWithTheSeeds()
        defer { folder.remove() }
        for command in [
            ["init", "-q"], ["add", "Content"],
            ["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "texts"],
        ] {
            _ = try GitRevision.run(["git"] + command, in: folder.path)
        }
        var (status, console) = sitegen(["diff", "--against", "HEAD"], in: folder.path)
        #expect(status == 0)
        #expect(console.standardOutput.contains("No changes"))
        let derby = folder.path + "/Content/reports/derby-city-2025.txt"
        let line =
            try #require(
                folder.read("Content/reports/derby-city-2025.txt")?
                    .split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("Score 7/21") })
            + 1
        try edit(derby, line: line, "7/21", "8/21")
        (status, console) = sitegen(["diff", "--against", "HEAD"], in: folder.path)
        #expect(status == 1)
        #expect(console.standardOutput.contains("## sitegen diff: HEAD → working tree"))
        #expect(
            console.standardOutput.contains("| score | 7/21 | 8/21 | `Content/reports/derby-city-2025.txt:\(line)` |"))
        #expect(console.standardOutput.contains("### New warnings"))  // the score no longer adds up
        #expect(!folder.exists("Output"))  // the working tree's own output is not touched
        (status, console) = sitegen(["diff", "--against", "no-such-revision"], in: folder.path)
        #expect(status == 2)
        #expect(console.standardError.contains("sitegen: error: cannot read 'Content' at no-such-revision"))
    }
}
