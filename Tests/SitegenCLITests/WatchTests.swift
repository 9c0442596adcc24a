import Foundation
import ParallelWork
import Testing

@testable import SitegenCLI

/// `sitegen build --watch`, driven by an injected pause.
@Suite struct WatchTests {
    /// Polls: the first pause changes a text, the next two change nothing, the fourth stops.
    /// The change brings exactly one build, and its output equals a clean build's.
    @Test func aChangedTextBringsOneBuildEqualToACleanBuild() throws {
        let folder = try siteWithTheSeeds()
        defer { folder.remove() }
        let text = folder.path + "/Content/reports/leeds-2024.txt"
        let line =
            try #require(
                folder.read("Content/reports/leeds-2024.txt")?
                    .split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
                        $0.hasSuffix("desistance?\t62%")
                    }) + 1
        let pauses = Tally()
        let (status, console) = sitegen(
            ["build", "--watch"], in: folder.path,
            pause: { seconds in
                #expect(seconds == 0.5)
                let n = pauses.next()
                if n == 1 { try? edit(text, line: line, "62%", "63%") }
                return n < 4
            })
        #expect(status == 0)
        let lines = console.standardOutput.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.first == "Watching Content and Templates; press Ctrl-C to stop")
        #expect(!lines[1].contains("unchanged"))  // the first build (no cache yet)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("12:00:00  Built Output in ") })
        #expect(
            lines.last?.hasSuffix("6 inspections, 1 region, 0 errors, 3 warnings, 16 notes (56 files unchanged)")
                == true)
        #expect(sitegen(["build", "--no-cache", "--quiet", "--output", "Clean"], in: folder.path).status == 0)
        let watched = tree(folder.path + "/Output"), clean = tree(folder.path + "/Clean")
        #expect(watched.keys.sorted() == clean.keys.sorted())
        #expect(watched.keys.filter { watched[$0] != clean[$0] } == [])
        #expect(folder.read("Output/source/leeds-2024.txt")?.contains("desistance?\t63%") == true)
    }

    /// A Templates/ folder made while watching overrides the built-in theme from the next build.
    @Test func aTemplatesFolderMadeWhileWatchingIsUsed() throws {
        let folder = try siteWithTheSeeds()
        defer { folder.remove() }
        let pauses = Tally()
        let (status, console) = sitegen(
            ["build", "--watch", "--quiet"], in: folder.path,
            pause: { _ in
                let n = pauses.next()
                if n == 1 { _ = try? folder.write("Templates/404.mustache", "# Lost\n") }
                return n < 2
            })
        #expect(status == 0)
        #expect(console.standardOutput.split(separator: "\n").count == 3)
        #expect(folder.read("Output/404.md") == "# Lost\n")
    }

    @Test func watchWithCheckIsBadUsage() throws {
        let folder = try siteWithTheSeeds()
        defer { folder.remove() }
        #expect(sitegen(["build", "--watch", "--check"], in: folder.path).status == 2)
    }

    /// The loop looks at the inputs before each build: a change made during a build brings another.
    @Test func aChangeDuringABuildBringsAnotherBuild() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("in/a.txt", "1")
        let builds = Tally(), pauses = Tally()
        InputWatch(
            fingerprint: { InputFingerprint(folders: [folder.path + "/in"]) },
            build: { if builds.next() == 1 { _ = try? folder.write("in/a.txt", "22") } },
            pause: { _ in pauses.next() < 3 }
        ).run()
        #expect(builds.value == 2)
    }
}

/// A count shared with a `@Sendable` closure.
private typealias Tally = Locked<Int>

extension Locked where Value == Int {
    convenience init() { self.init(0) }

    /// Adds one and returns the new count.
    fileprivate func next() -> Int {
        withLock {
            $0 += 1; return $0
        }
    }
}
