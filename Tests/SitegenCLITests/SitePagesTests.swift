import Foundation
import InspectionModel
import MarkdownHTML
import SourceAndOutput
import Testing

@testable import SitegenCLI

/// The pages built from the real `Content/` with the real `Templates/`.
@Suite struct SitePagesTests {
    /// One build of the repository's content into a scratch folder, shared by the tests.
    static let built: (folder: TemporaryFolder, status: Int32) = {
        let folder = try! TemporaryFolder(scratch: "SitePagesTests")
        let environment = SitegenEnvironment(console: CapturedConsole().console, currentDirectory: repository)
        let status = Sitegen.execute(
            ["build", "--quiet", "--output", folder.path + "/Output"], environment: environment)
        return (folder, status)
    }()

    func page(_ path: String) throws -> String {
        #expect(Self.built.status == 0)
        return try #require(Self.built.folder.read("Output/" + path), "\(path) was not written")
    }

    /// Golden files: the committed example site is the record of every page kind. After an
    /// intended change, `make golden` rebuilds `Output/`; review its diff and commit it.
    @Test(arguments: [
        "index.md", "trends.md", "data.md", "regions/east-midlands.md", "pdus/derby-city.md", "pdus/york.md",
        "index.html", "trends.html", "data.html", "404.html", "regions/east-midlands.html", "pdus/york.html",
        "source/york-2024.html", "charts/york-2024-12-key-questions.svg", "charts/east-midlands-scores-over-time.svg",
        "pdus.html", "regions.html", "trends/east-midlands.html", "charts/standards-2023-framework.svg",
    ])
    func pageMatchesItsGoldenFile(path: String) throws {
        let fresh = try page(path)
        let golden = try #require(
            FileManager.default.contents(atPath: repository + "/Output/" + path)
                .map { String(decoding: $0, as: UTF8.self) }, "Output/\(path) is not committed: run `make golden`")
        let freshLines = fresh.split(separator: "\n", omittingEmptySubsequences: false)
        let goldenLines = golden.split(separator: "\n", omittingEmptySubsequences: false)
        let common = min(freshLines.count, goldenLines.count)
        let firstDifference = (0..<common).first { freshLines[$0] != goldenLines[$0] }
        if let line = firstDifference ?? (freshLines.count != goldenLines.count ? common : nil) {
            let got = line < freshLines.count ? String(freshLines[line]) : "(end of file)"
            let want = line < goldenLines.count ? String(goldenLines[line]) : "(end of file)"
            Issue.record(
                "Output/\(path):\(line + 1) differs from a fresh build (run `make golden` if intended)\n  built:  \(got)\n  golden: \(want)"
            )
        }
    }

    @Test func yorkPlanningRowMarksTheLowestQuestionAndLinksItsLine() throws {
        let york = try page("pdus/york.md")
        #expect(york.contains("*2.2 Planning: rated Inadequate*"))
        #expect(
            york.contains(
                "| Does planning focus sufficiently on keeping other people safe? | [35%](../source/york-2024.html#L366 \"york-2024.txt line 366\") | Inadequate | ▼ Lowest: sets the rating |"
            ))
        #expect(
            york.contains(
                "| Does planning focus sufficiently on engaging the person on probation? | [70%](../source/york-2024.html#L364 \"york-2024.txt line 364\") | Good |  |"
            ))
        #expect(york.contains("![Share of inspected cases meeting each key question, York, December 2024."))
    }

    @Test func derbyCityHistoryHasBothInspections() throws {
        let derby = try page("pdus/derby-city.md")
        #expect(
            derby.contains(
                "| February 2023[^corrected-cead1213] | Regional letter | 2021 | [11/27](../source/east-midlands-regional-letter-2023.html#L303 \"east-midlands-regional-letter-2023.txt line 303\") | 40.7% |"
            ))
        #expect(
            derby.contains(
                "| May 2025 | PDU inspection | 2023 | [7/21](../source/derby-city-2025.html#L67 \"derby-city-2025.txt line 67\") | 33.3% |"
            ))
        #expect(
            derby.contains("Frameworks differ: 11/27 (2021) then 7/21 (2023) since February 2023; rating unchanged"))
        #expect(!derby.contains("▼ −"))
        // The headline comes first, before the first section (D16).
        let headline = try #require(
            derby.range(of: "Derby City was rated Requires improvement (7/21) at its latest inspection"))
        #expect(headline.lowerBound < (derby.range(of: "## History")?.lowerBound ?? derby.startIndex))
        #expect(derby.contains("## Inspection published May 2025"))
        #expect(derby.contains("## Regional inspection letter of February 2023"))
        #expect(derby.contains("[East Midlands](../regions/east-midlands.md)"))
    }

    @Test func trendsMarkTheLowestPercentages() throws {
        let trends = try page("trends.md")
        // One link per PDU at either end, so the links keep apart (D12).
        #expect(
            trends.contains(
                "| 2.3 Implementation and delivery | Does the implementation and delivery of services effectively support the safety of other people? | 4 | 31.0% | 24.0% | [York: 20%](source/york-2024.html#L394 \"york-2024.txt line 394\") | [Derby City: 56%](source/derby-city-2025.html#L368 \"derby-city-2025.txt line 368\") |"
            ))
        #expect(trends.contains("| **All standards** | 56.9% | 59.5% | 31.9% | Keeping other people safe |"))
        #expect(trends.contains("(charts/standards-2023-framework.svg)"))
        let region = try page("trends/york.md".replacingOccurrences(of: "york", with: "yorkshire-and-the-humber"))
        #expect(region.contains("▼ [20%](../source/york-2024.html#L394"))
        #expect(region.contains("(../charts/yorkshire-and-the-humber-scores-over-time.svg)"))
        // The summary row of the themes is in the table's footer, out of sorting (D8).
        let html = try page("trends.html")
        #expect(html.contains("<tfoot>\n<tr>\n<td data-label=\"Standard\"><strong>All standards</strong></td>"))
    }

    /// Every column name the Data page shows is a real column or member name: no
    /// Markdown escapes inside code (D1).
    @Test func theDataPageNamesColumnsAsTheFilesDo() throws {
        let html = try page("data.html")
        let names = html.components(separatedBy: "<code>").dropFirst().compactMap {
            $0.components(separatedBy: "</code>").first
        }
        #expect(names.count >= 20)
        #expect(!names.contains { $0.contains("\\") })
        // Each CSV file's section names exactly the columns of the file's header.
        for file in ["inspections", "standards", "key-questions", "recommendations"] {
            let header = try page("data/\(file).csv").prefix { $0 != "\n" && $0 != "\r" }.split(separator: ",").map(
                String.init)
            let section = try #require(
                html.components(separatedBy: "<h2").first { $0.contains(">data/\(file).csv</h2>") })
            let shown = section.components(separatedBy: "<code>").dropFirst().compactMap {
                $0.components(separatedBy: "</code>").first
            }
            #expect(shown == header, "data/\(file).csv")
        }
    }

    /// Every table region of a page has its own name (axe landmark-unique, D11).
    @Test func tableRegionNamesAreUniqueOnEveryPage() throws {
        for path in ["pdus/derby-city.html", "trends.html", "trends/east-midlands.html", "regions/east-midlands.html"] {
            let html = try page(path)
            let labels = html.components(separatedBy: "role=\"region\" aria-label=\"").dropFirst()
                .compactMap { $0.components(separatedBy: "\"").first }
            #expect(Set(labels).count == labels.count, "\(path): \(labels)")
        }
    }

    @Test func everyRelativeLinkOfEveryPageResolves() throws {
        let paths = Self.built.folder.files(under: "Output")
        let files = paths.map { ExportFile(path: $0, text: Self.built.folder.read("Output/" + $0) ?? "") }
        #expect(files.filter { $0.path.hasSuffix(".md") }.count == 18)
        #expect(SiteCheck.brokenLinks(in: files) == [])
        #expect(SiteCheck.linkCount(in: files) > 500)
    }

    @Test func sourceLinesInLinksExistInThePublishedText() throws {
        let leeds = try page("source/leeds-2024.txt")
        #expect(leeds.split(separator: "\n", omittingEmptySubsequences: false).count >= 406)
        #expect(
            try page("source/leeds-2024.txt").utf8.elementsEqual(
                FileManager.default.contents(atPath: repository + "/Content/reports/leeds-2024.txt") ?? Data()))
    }

    @Test func buildingTwiceGivesByteIdenticalFiles() throws {
        let second = try TemporaryFolder()
        defer { second.remove() }
        let environment = SitegenEnvironment(console: CapturedConsole().console, currentDirectory: repository)
        #expect(
            Sitegen.execute(["build", "--quiet", "--output", second.path + "/Output"], environment: environment) == 0)
        let files = Self.built.folder.files(under: "Output")
        #expect(second.files(under: "Output") == files)
        for file in files {
            #expect(
                second.read("Output/" + file) == Self.built.folder.read("Output/" + file),
                "\(file) differs between builds")
        }
    }
}
