import InspectionModel
import SourceAndOutput
import Testing

@testable import PageViews

@Suite struct SiteMapTests {
    let map = SeedSite.map

    @Test func everyPDUAndRegionOfTheSeedsHasAPage() {
        #expect(
            map.pdus.map(\.path) == [
                "pdus/brighton-and-east-sussex.md", "pdus/derby-city.md", "pdus/leeds.md",
                "pdus/leicester-leicestershire-and-rutland.md", "pdus/york.md",
            ])
        #expect(
            map.regions.map(\.path) == [
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
        #expect(
            map.sources["Content/reports/east-midlands-regional-letter-2023.txt"]?.page
                == "source/east-midlands-regional-letter-2023.html")
        #expect(map.sources.count == 5)
    }

    @Test func sourceTextsWithTheSameFileNameGetDistinctPaths() {
        let a = Inspection.sample(pdu: "A", file: "Content/one/report.txt")
        let b = Inspection.sample(pdu: "B", file: "Content/two/report.txt")
        let map = SiteMap(corpus: Corpus(inspections: [a, b], regions: [], diagnostics: [], documentCount: 2))
        let one = "report-" + Slug.digest("Content/one/report.txt"),
            two = "report-" + Slug.digest("Content/two/report.txt")
        #expect(one != two)
        #expect(
            map.sources.mapValues(\.plainText) == [
                "Content/one/report.txt": "source/\(one).txt",
                "Content/two/report.txt": "source/\(two).txt",
            ])
        #expect(
            map.sources.mapValues(\.page) == [
                "Content/one/report.txt": "source/\(one).html",
                "Content/two/report.txt": "source/\(two).html",
            ])
    }

    /// Issue 15 (11): `Leeds 2024.txt` sorts before `leeds-2024.txt` and has the same slug;
    /// adding it moved the existing text's page to `source/leeds-2024-2.html`.
    @Test func aTextsURLDependsOnlyOnItsOwnPath() {
        let existing = Inspection.sample(pdu: "Leeds", file: "Content/reports/leeds-2024.txt")
        let before = SiteMap(corpus: Corpus(inspections: [existing], regions: [], diagnostics: [], documentCount: 1))
        let similar = Inspection.sample(pdu: "Leeds", file: "Content/reports/Leeds 2024.txt")
        let after = SiteMap(
            corpus: Corpus(inspections: [existing, similar], regions: [], diagnostics: [], documentCount: 2))
        #expect(before.sources["Content/reports/leeds-2024.txt"]?.page == "source/leeds-2024.html")
        #expect(after.sources["Content/reports/leeds-2024.txt"]?.page == "source/leeds-2024.html")
        #expect(
            after.sources["Content/reports/Leeds 2024.txt"]?.page
                == "source/leeds-2024-\(Slug.digest("Leeds 2024")).html")
    }

    /// Issue 15 (11): a right-to-left override in a file name made `leeds-2024.txt` of
    /// `leeds-\u{202E}txt.4202`; the name shown on the pages has no bidi controls.
    @Test func bidiControlsAreStrippedFromTheFileNamesShown() {
        let file = "Content/reports/leeds-\u{202E}txt.4202\u{2066}.txt"
        let map = SiteMap(
            corpus: Corpus(
                inspections: [Inspection.sample(pdu: "Leeds", file: file)], regions: [],
                diagnostics: [], documentCount: 1))
        #expect(map.sources[file]?.name == "leeds-txt.4202.txt")
        #expect(map.sources[file]?.page.unicodeScalars.allSatisfy(\.isASCII) == true)
    }

    /// Issue 15 (5): two PDUs named without Latin letters both got the slug `unnamed` and
    /// were merged into one page.
    @Test func pdusNamedWithoutLatinLettersKeepTheirOwnPages() {
        let leeds = Inspection.sample(pdu: "リーズ", file: "Content/a.txt")
        let york = Inspection.sample(pdu: "ヨーク", file: "Content/b.txt")
        let map = SiteMap(corpus: Corpus(inspections: [leeds, york], regions: [], diagnostics: [], documentCount: 2))
        #expect(map.pdus.count == 2)
        #expect(Set(map.pdus.map(\.slug)) == ["rizu", "yoku"])
        #expect(map.pdu(of: leeds)?.name == "リーズ")
        let emoji = [Slug.make("🦊🦊"), Slug.make("🐺🐺")]
        #expect(emoji[0].hasPrefix("unnamed-") && emoji[1].hasPrefix("unnamed-") && emoji[0] != emoji[1])
        #expect(Slug.make("🦊🦊") == emoji[0])
    }

    @Test func hostileNamesStayInsideTheirFolders() {
        let hostile = Inspection.sample(
            pdu: "../../../etc/cron.d/x", region: "/tmp/<script>", file: "Content/../../x.txt")
        let map = SiteMap(corpus: Corpus(inspections: [hostile], regions: [], diagnostics: [], documentCount: 1))
        #expect(map.pdus.map(\.path) == ["pdus/etc-cron-d-x.md"])
        #expect(map.regions.map(\.path) == ["regions/tmp-script.md"])
        #expect(map.sources.values.map(\.page) == ["source/x.html"])
    }

    @Test func linksToSourceLinesAreRelativeAndNameTheLine() {
        let linker = Linker(page: "pdus/leeds.md", map: map)
        let value = linker.source("Good", at: SourceLocation(file: "Content/reports/leeds-2024.txt", line: 96))
        #expect(
            value == SourcedValue(text: "Good", href: "../source/leeds-2024.html#L96", title: "leeds-2024.txt line 96"))
    }
}

extension Inspection {
    /// A minimal inspection for tests of names and paths.
    static func sample(pdu: String, region: String = "Region", file: String) -> Inspection {
        let at = SourceLocation(file: file, line: 1)
        return Inspection(
            pdu: Sourced(pdu, at: at), region: Sourced(region, at: at),
            published: Sourced(CalendarDate(year: 2024, month: 1), at: at), framework: .y2023,
            score: Score(value: 3, max: 21, stated: true, source: at),
            overallRating: Sourced(.inadequate, at: at), standards: [], origin: .pduReport, source: at)
    }
}

extension SiteMapTests {
    /// A text's file name and base name, read on the bytes of ASCII paths, are what the
    /// rule by characters gives, for paths of every shape (and by characters otherwise).
    @Test func fileAndBaseNamesAreTheRuleByCharacters() {
        let paths = [
            "Content/reports/leeds-2024.txt", "leeds-2024.txt", "leeds", "", "/", "///", "a/", "a//", "/a", "a//b",
            "Content/reports/.hidden", "Content/reports/a.b.c", "x/.", "x/..", "x/a.", ".txt", "a/b/c d.TXT",
            "Content/Wales – 2024.txt", "Content/re\u{301}ports/leeds.txt", "a/\u{301}b.txt", "a/b.\u{301}txt",
            "a/b\r\n.txt", "Ynys Môn/adroddiad.txt", "日本/報告.txt",
        ]
        for path in paths {
            let file = path.split(separator: "/").last.map(String.init) ?? path
            #expect(SiteMap.fileName(path) == file, "\(path)")
            let dot = file.lastIndex(of: ".")
            let base = dot.map { $0 == file.startIndex ? file : String(file[..<$0]) } ?? file
            #expect(SiteMap.baseName(path) == base, "\(path)")
        }
    }
}
