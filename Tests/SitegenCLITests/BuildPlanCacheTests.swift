import Foundation
import PageViews
import ParallelWork
import Testing

@testable import SitegenCLI

/// The build plan (which files a build takes from the previous output, and which it
/// makes), drawn up from the real seeds after a real build of them.
@Suite struct BuildPlanCacheTests {
    /// A folder with the real content and templates.
    func project() throws -> TemporaryFolder { try BuildCacheTests().project() }

    /// ``project()`` built once (with the cache).
    func builtProject() throws -> TemporaryFolder {
        let folder = try project()
        #expect(Sitegen.execute(["build", "--quiet"], environment: environment(folder)) == 0)
        return folder
    }

    func environment(_ folder: TemporaryFolder) -> SitegenEnvironment {
        SitegenEnvironment(console: CapturedConsole().console, currentDirectory: folder.path, clock: { 0 })
    }

    /// The plan a build of `folder` would draw up now, before it takes anything, and its site.
    func plan(_ folder: TemporaryFolder) throws -> (BuildPlan, Site) {
        let steps = BuildSteps(
            command: try Build.parse(["--quiet"]), log: PhaseLog(environment: environment(folder), quiet: true),
            environment: environment(folder))
        let inputs = try steps.readInputs()
        let (corpus, record) = try steps.parseAndCheck(inputs)
        record?.wait()
        let input = steps.renderInput(inputs, corpus)
        return (steps.plan(input, inputs, previous: steps.previousBuild()), input.site)
    }

    @Test func withNothingChangedEveryFileWithAKeyIsTaken() throws {
        let folder = try builtProject()
        defer { folder.remove() }
        let (plan, site) = try plan(folder)
        #expect(site.pages.count > 15)
        for page in site.pages {
            #expect(plan.takes(page.path) && plan.takes(page.frame.path), "\(page.path)")
        }
        #expect(site.charts.allSatisfy { plan.takes($0.path) })
        #expect(site.sourcePages.count == 5)
        #expect(site.sourcePages.allSatisfy { plan.takes($0.frame.path) && plan.takes($0.text.plainText) })
        // The open data has no key: it is always made.
        #expect(plan.inputKey(of: "data/inspections.json") == nil)
        #expect(!plan.takes("data/inspections.json"))
    }

    @Test func aChangedReportIsMadeAgainWithWhatShowsIt() throws {
        let folder = try builtProject()
        defer { folder.remove() }
        let york = try #require(folder.read("Content/reports/york-2024.txt"))
        try folder.write("Content/reports/york-2024.txt", york.replacingOccurrences(of: "\t35%", with: "\t36%"))
        let (plan, site) = try plan(folder)
        for made in ["pdus/york.md", "pdus/york.html", "index.md", "source/york-2024.txt", "source/york-2024.html"] {
            #expect(!plan.takes(made), "\(made)")
        }
        for taken in ["pdus/leeds.md", "pdus/leeds.html", "source/leeds-2024.txt", "source/leeds-2024.html"] {
            #expect(plan.takes(taken), "\(taken)")
        }
        #expect(site.pages.contains { $0.path == "pdus/york.md" })
    }

    @Test func anHTMLPageIsTakenOnlyWithItsMarkdown() throws {
        let folder = try builtProject()
        defer { folder.remove() }
        let tried = Locked<[String]>([])
        let taken = try plan(folder).0.taking { files in
            tried.withLock { $0 += files.map(\.path) }
            return Set(files.map(\.path).filter { $0 != "pdus/leeds.md" })
        }
        #expect(!taken.takes("pdus/leeds.md"))
        #expect(!taken.takes("pdus/leeds.html"))
        #expect(!tried.value.contains("pdus/leeds.html"), "not even tried")
        #expect(taken.takes("pdus/york.md") && taken.takes("pdus/york.html"))
    }

    @Test func anHTMLPagesKeyNamesEveryFieldOfItsFrame() throws {
        let folder = try project()
        defer { folder.remove() }
        let frame = try #require(try plan(folder).1.pages.first { $0.path == "pdus/leeds.md" }?.frame)
        let named = Set(
            frame.keyFields.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) })
        #expect(named == Set(Mirror(reflecting: frame).children.compactMap(\.label)))
        #expect(named.count == 10)
    }
}
