import InspectionModel
import PageViews
import SourceAndOutput
import Testing

@Suite struct TrendsPageTests {
    let trends = TrendsPage(map: SeedSite.map)

    @Test func standardsMatrixHasOneTablePerFrameworkInUse() throws {
        #expect(trends.standards.map(\.heading) == ["2023 framework", "2021 framework"])
        let latest = trends.standards[0]
        #expect(latest.rows.value.map(\.pdu.text) == ["Brighton and East Sussex", "Derby City", "Leeds", "York"])
        #expect(latest.standards.map(\.label).last == "2.4 Reviewing")
        let york = try #require(latest.rows.value.last)
        #expect(york.cells.map { $0.rating?.text ?? "—" } == ["RI", "RI", "RI", "I", "I", "I", "I"])
        #expect(york.overall.text == "I")
        #expect(latest.totals.last?.rating == "Inadequate")
        #expect(latest.totals.last?.counts == [0, 0, 0, 4, 3, 3, 4])
        #expect(
            latest.mostOftenInadequate == "Most often rated Inadequate: 2.1 Assessment, 2.4 Reviewing (4 of 4 PDUs).")
        #expect(trends.standards[1].rows.value.map(\.pdu.text) == ["Leicester, Leicestershire, and Rutland"])
    }

    /// The trends page sums up each standard (how many PDUs got each rating) with a chart;
    /// a framework that one PDU alone uses says that it compares nothing (D33).
    @Test func eachStandardIsSummedUpByRating() throws {
        let latest = trends.standards[0]
        #expect(trends.ratings == ["Outstanding", "Good", "Requires improvement", "Inadequate"])
        let reviewing = try #require(latest.byStandard.last)
        #expect(reviewing.label == "2.4 Reviewing")
        #expect(reviewing.counts == [0, 0, 0, 4])
        #expect(reviewing.rated == 4)
        #expect(latest.byStandard.first?.counts == [0, 2, 2, 0])
        #expect(latest.singlePDUNote == nil)
        #expect(
            trends.standards[1].singlePDUNote?.hasPrefix("Only one PDU's latest inspection uses the 2021 framework")
                == true)
        #expect(latest.chart?.src == "charts/standards-2023-framework.svg")
        #expect(latest.chart?.alt.contains("2.4 Reviewing 4 Inadequate") == true)
        #expect(
            trends.regions.map(\.href) == [
                "trends/east-midlands.md", "trends/kent-surrey-and-sussex.md",
                "trends/yorkshire-and-the-humber.md",
            ])
    }

    @Test func keyQuestionMatrixFindsTheLowestAndHighestPDU() throws {
        let matrix = try #require(trends.keyQuestions.first)
        #expect(matrix.questions.count == 12)
        let safety = try #require(
            matrix.questions.first { $0.label == "Implementation and delivery: keeping other people safe" })
        #expect(safety.lowest.map(\.pdu.text) == ["York"])
        #expect(safety.moreLowest == nil)
        #expect(safety.shortLabel == "2.3 Safety")
        #expect(safety.lowest.map(\.percent.text) == ["20%"])
        #expect(safety.lowest.first?.percent.href == "source/york-2024.html#L394")
        #expect(safety.highest.map(\.pdu.text) == ["Derby City"])
        #expect(safety.mean == "31.0%")
        #expect(safety.median == "24.0%")
        let assessment = try #require(matrix.questions.first { $0.label == "Assessment: keeping other people safe" })
        #expect(assessment.lowest.map(\.pdu.text) == ["Brighton and East Sussex", "Leeds"])
        #expect(assessment.mean == "26.5%")
        let yorkRow = try #require(matrix.rows.value.first { $0.pdu.text == "York" })
        let column = try #require(matrix.questions.firstIndex { $0.label == safety.label })
        #expect(yorkRow.cells[column].isLowest)
        #expect(yorkRow.cells[column].percent?.text == "20%")
        #expect(matrix.rows.value.filter { $0.cells[column].isLowest }.count == 1)
    }

    @Test func keepingOtherPeopleSafeIsTheWeakestThemeEverywhere() {
        let themes = trends.themes
        #expect(themes.themes == ["Engaging the person", "Supporting desistance", "Keeping other people safe"])
        #expect(
            themes.byStandard.map(\.label) == [
                "Assessment", "Planning", "Implementation and delivery", "Reviewing", "All standards",
            ])
        #expect(themes.byStandard.last?.means == ["56.9%", "59.5%", "31.9%"])
        #expect(themes.byPDU.value.map(\.weakest).allSatisfy { $0 == "Keeping other people safe" })
        #expect(themes.byPDU.value.first { $0.label == "Leeds" }?.means == ["56.5%", "53.3%", "26.0%"])
        #expect(
            themes.summary
                == "Across 4 PDUs, keeping other people safe averages 31.9%, against 56.9% for engaging the person and 59.5% for supporting desistance."
        )
    }

    /// A region's trends page holds its PDUs' matrices and inspections over time; a letter's
    /// publication month is marked as such where the fieldwork date would be (D15), and a
    /// change across frameworks gives both scores, no arrow (D7).
    @Test func aRegionsTimelineIsOrderedByFieldworkWithChangeSinceThePrevious() throws {
        let region = try #require(SeedSite.map.region(slug: "east-midlands"))
        let page = RegionTrendsPage(region, map: SeedSite.map)
        #expect(page.title == "Trends in East Midlands")
        #expect(page.standards.map(\.heading) == ["2023 framework", "2021 framework"])
        #expect(page.standards[0].rows.value.map(\.pdu.text) == ["Derby City"])
        let rows = page.timeline.rows
        #expect(rows.map(\.pdu.text) == ["Derby City", "Leicester, Leicestershire, and Rutland", "Derby City"])
        #expect(
            rows.map(\.fieldwork) == ["February 2023 (published)", "February 2023 (published)", "24 February 2025"])
        #expect(rows.map(\.share) == ["40.7%", "7.4%", "33.3%"])
        #expect(rows.last?.change.points == "Frameworks differ: 11/27 (2021) then 7/21 (2023)")
        #expect(
            rows.last?.change.description
                == "Frameworks differ: 11/27 (2021) then 7/21 (2023) since February 2023; rating unchanged")
        #expect(rows.dropLast().allSatisfy { $0.change.isFirst })
        #expect(page.timeline.chart?.src == "../charts/east-midlands-scores-over-time.svg")
        #expect(page.timeline.chart?.alt.contains("Derby City 40.7% (February 2023), 33.3% (24 February 2025)") == true)
        #expect(page.legend.map(\.code) == ["O", "G", "RI", "I"])
    }

    @Test func recommendationsAreCountedByAddresseeAndTheme() throws {
        let recommendations = trends.recommendations
        #expect(recommendations.total == "46 recommendations from 6 inspections")
        #expect(recommendations.byAddressee.map(\.count) == [36, 6, 4, 0])
        let risk = try #require(recommendations.themes.first)
        #expect(risk.theme == "Risk of harm")
        #expect(risk.pdus.count == 5)
        let diversity = try #require(recommendations.themes.first { $0.theme == "Diversity and inclusion" })
        #expect(diversity.pdus.map(\.text) == ["Derby City", "Leeds", "York"])
        #expect(diversity.morePDUs == nil)
        // Readers see whole words, not the stems the themes are found by (D28).
        let keywords = recommendations.themes.map(\.keywords).joined(separator: ", ")
        #expect(!keywords.contains("engag,") && !keywords.contains("vacanc,") && !keywords.contains("inequit,"))
        #expect(keywords.contains("engage, engaging, engagement"))
    }
}

@Suite struct KeyQuestionMatrixTests {
    /// Two questions of one standard on the same theme are two columns, not one.
    @Test func questionsSharingAThemeKeepTheirOwnColumns() throws {
        let at = SourceLocation(file: "Content/a.txt", line: 1)
        var inspection = Inspection.sample(pdu: "A", file: "Content/a.txt")
        inspection.keyQuestions = [
            KeyQuestion(
                standard: "2.1", question: "Does assessment keep other people safe?", percentYes: 40, source: at),
            KeyQuestion(standard: "2.1", question: "Does assessment keep children safe?", percentYes: 60, source: at),
            KeyQuestion(standard: "2.1", question: "Does assessment engage the person?", percentYes: 70, source: at),
        ]
        let map = SiteMap(corpus: Corpus(inspections: [inspection], regions: [], diagnostics: [], documentCount: 1))
        let matrix = try #require(TrendsPage(map: map).keyQuestions.first)
        #expect(
            matrix.questions.map(\.label) == [
                "Assessment: engaging the person", "Assessment: question 1", "Assessment: question 2",
            ])
        #expect(matrix.rows.value.first?.cells.map { $0.percent?.text } == ["70%", "40%", "60%"])
    }
}
