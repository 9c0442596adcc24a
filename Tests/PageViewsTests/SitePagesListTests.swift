import InspectionModel
import PageViews
import Testing

/// Which pages the site has, and the frame the layout puts around each.
@Suite struct SitePagesListTests {
    static let site = Site(corpus: SeedSite.corpus)

    @Test func everyPageKindIsListedWithItsTemplate() {
        #expect(
            Self.site.pages.map(\.path) == [
                "index.md", "trends.md", "data.md", "search.md", "404.md", "pdus.md", "regions.md",
                "regions/east-midlands.md", "trends/east-midlands.md", "regions/kent-surrey-and-sussex.md",
                "trends/kent-surrey-and-sussex.md", "regions/yorkshire-and-the-humber.md",
                "trends/yorkshire-and-the-humber.md",
                "pdus/brighton-and-east-sussex.md", "pdus/derby-city.md", "pdus/leeds.md",
                "pdus/leicester-leicestershire-and-rutland.md", "pdus/york.md",
            ])
        #expect(
            Self.site.pages.map(\.template) == ["index", "trends", "data", "search", "404", "pdus", "regions"]
                + Array(repeating: ["region", "region-trends"], count: 3).flatMap { $0 }
                + Array(repeating: "pdu", count: 5))
        // The lists carry the filter box; the not-found page offers no Markdown (D32).
        #expect(Self.site.pages.filter(\.frame.filtersFirstTable).map(\.path) == ["pdus.md", "regions.md"])
        #expect(Self.site.pages.first { $0.path == "404.md" }?.frame.alternate == nil)
        let list = Self.site.pages.first { $0.path == "pdus.md" }?.frame
        #expect(list?.navigation.filter(\.isCurrent).map(\.text) == ["PDUs"])
        #expect(
            Self.site.sourcePages.map(\.frame.path) == [
                "source/brighton-and-east-sussex-2024.html", "source/derby-city-2025.html",
                "source/east-midlands-regional-letter-2023.html", "source/leeds-2024.html", "source/york-2024.html",
            ])
    }

    @Test func aPDUPageFrameLinksUpToTheRootAndThroughItsRegion() throws {
        let frame = try #require(Self.site.pages.first { $0.path == "pdus/derby-city.md" }).frame
        #expect(frame.path == "pdus/derby-city.html")
        #expect(frame.title == "Derby City")
        #expect(frame.root == "../")
        #expect(frame.home == "../index.html")
        #expect(
            frame.navigation.map(\.href) == [
                "../index.html", "../regions.html", "../pdus.html",
                "../trends.html", "../data.html",
            ])
        #expect(frame.navigation.map(\.isCurrent) == [false, false, false, false, false])
        #expect(
            frame.trail == [
                Link(text: "Home", href: "../index.html"),
                Link(text: "East Midlands", href: "../regions/east-midlands.html"),
            ])
        #expect(frame.alternate == Link(text: "This page as Markdown", href: "derby-city.md"))
    }

    @Test func theCurrentSectionIsMarkedAndASourcePageOffersItsPlainText() throws {
        let trends = try #require(Self.site.pages.first { $0.path == "trends.md" }).frame
        #expect(trends.root == "")
        #expect(trends.navigation.filter(\.isCurrent).map(\.text) == ["Trends"])
        let leeds = try #require(Self.site.sourcePages.first { $0.text.name == "leeds-2024.txt" })
        #expect(leeds.text.plainText == "source/leeds-2024.txt")
        #expect(leeds.frame.alternate == Link(text: "This text as a plain file", href: "leeds-2024.txt"))
        #expect(leeds.frame.trail.map(\.href) == ["../index.html", "../data.html"])
    }

    @Test func theDataPageExplainsEveryColumnOfTheExport() throws {
        let data = DataPage(map: SeedSite.map)
        #expect(
            data.files.map(\.file.text) == [
                "data/inspections.json", "data/inspections.csv", "data/standards.csv",
                "data/key-questions.csv", "data/recommendations.csv",
            ])
        #expect(data.files.map(\.fieldKind) == ["Member", "Column", "Column", "Column", "Column"])
        let keyQuestions = try #require(data.files.first { $0.file.text == "data/key-questions.csv" })
        #expect(
            keyQuestions.fields.map(\.name) == [
                "pdu", "region", "published", "framework", "standard_id", "standard_name",
                "question", "percent_yes", "source_file", "source_line",
            ])
        #expect(
            data.sources.map(\.plainText.href) == [
                "source/brighton-and-east-sussex-2024.txt", "source/derby-city-2025.txt",
                "source/east-midlands-regional-letter-2023.txt", "source/leeds-2024.txt",
                "source/york-2024.txt",
            ])
    }

    @Test func ratingsHaveBadgeClasses() {
        #expect(Site.ratingBadges["Requires improvement"] == "rating rating-requires-improvement")
        // The matrices' short codes get the same badges, and say what they stand for.
        #expect(Site.ratingBadges["RI"] == "rating rating-requires-improvement")
        #expect(Site.ratingBadges.count == 8)
        #expect(
            Site.ratingAbbreviations == [
                "O": "Outstanding", "G": "Good", "RI": "Requires improvement", "I": "Inadequate",
            ])
    }
}
