import InspectionModel
import PageViews
import Testing

@Suite struct SiteMapTests {
    let map = SeedSite.map

    @Test func everyPDUAndRegionOfTheSeedsHasAPage() {
        #expect(map.pdus.map(\.path) == [
            "pdus/brighton-and-east-sussex.md", "pdus/derby-city.md", "pdus/leeds.md",
            "pdus/leicester-leicestershire-and-rutland.md", "pdus/york.md",
        ])
        #expect(map.regions.map(\.path) == [
            "regions/east-midlands.md", "regions/kent-surrey-and-sussex.md", "regions/yorkshire-and-the-humber.md",
        ])
        #expect(map.region(slug: "east-midlands")?.pduSlugs == ["derby-city", "leicester-leicestershire-and-rutland"])
        #expect(map.region(slug: "east-midlands")?.letters.count == 1)
        #expect(map.region(slug: "yorkshire-and-the-humber")?.pduSlugs == ["leeds", "york"])
    }

    @Test func derbyCityHasTwoInspectionsOldestFirst() throws {
        let derby = try #require(SeedSite.pdu("derby-city"))
        #expect(derby.inspections.map(\.published.value.description) == ["2023-02", "2025-05"])
        #expect(derby.inspections.map(\.origin) == [.regionalLetter, .pduReport])
        #expect(derby.latest.score.value == 7)
    }

    @Test func sourceTextsArePublishedUnderSource() {
        let leeds = map.sources["Content/reports/leeds-2024.txt"]
        #expect(leeds?.page == "source/leeds-2024.html")
        #expect(leeds?.plainText == "source/leeds-2024.txt")
        #expect(leeds?.name == "leeds-2024.txt")
        #expect(map.sources["Content/reports/east-midlands-regional-letter-2023.txt"]?.page
                == "source/east-midlands-regional-letter-2023.html")
        #expect(map.sources.count == 5)
    }

    @Test func sourceTextsWithTheSameFileNameGetDistinctPaths() {
        let a = Inspection.sample(pdu: "A", file: "Content/one/report.txt")
        let b = Inspection.sample(pdu: "B", file: "Content/two/report.txt")
        let map = SiteMap(corpus: Corpus(inspections: [a, b], regions: [], diagnostics: [], documentCount: 2))
        #expect(map.sources.mapValues(\.plainText) == ["Content/one/report.txt": "source/report.txt",
                                                        "Content/two/report.txt": "source/report-2.txt"])
        #expect(map.sources.mapValues(\.page) == ["Content/one/report.txt": "source/report.html",
                                                  "Content/two/report.txt": "source/report-2.html"])
    }

    @Test func hostileNamesStayInsideTheirFolders() {
        let hostile = Inspection.sample(pdu: "../../../etc/cron.d/x", region: "/tmp/<script>", file: "Content/../../x.txt")
        let map = SiteMap(corpus: Corpus(inspections: [hostile], regions: [], diagnostics: [], documentCount: 1))
        #expect(map.pdus.map(\.path) == ["pdus/etc-cron-d-x.md"])
        #expect(map.regions.map(\.path) == ["regions/tmp-script.md"])
        #expect(map.sources.values.map(\.page) == ["source/x.html"])
    }

    @Test func linksToSourceLinesAreRelativeAndNameTheLine() {
        let linker = Linker(page: "pdus/leeds.md", map: map)
        let value = linker.source("Good", at: SourceLocation(file: "Content/reports/leeds-2024.txt", line: 96))
        #expect(value == SourcedValue(text: "Good", href: "../source/leeds-2024.html#L96", title: "leeds-2024.txt line 96"))
    }
}

extension Inspection {
    /// A minimal inspection for tests of names and paths.
    static func sample(pdu: String, region: String = "Region", file: String) -> Inspection {
        let at = SourceLocation(file: file, line: 1)
        return Inspection(pdu: Sourced(pdu, at: at), region: Sourced(region, at: at),
                          published: Sourced(CalendarDate(year: 2024, month: 1), at: at), framework: .y2023,
                          score: Score(value: 3, max: 21, stated: true, source: at),
                          overallRating: Sourced(.inadequate, at: at), standards: [], origin: .pduReport, source: at)
    }
}
