import InspectionModel
import PageViews
import Testing

@Suite struct PDUPageTests {
    func page(_ slug: String) throws -> PDUPage {
        PDUPage(try #require(SeedSite.pdu(slug)), map: SeedSite.map)
    }

    @Test func derbyCityHistoryShowsBothInspectionsAndTheFallInShare() throws {
        let derby = try page("derby-city")
        #expect(derby.inspectionCount == "2 inspections")
        #expect(derby.mixesFrameworks)
        #expect(derby.history.map(\.published) == ["February 2023", "May 2025"])
        #expect(derby.history.map(\.kind) == ["Regional letter", "PDU inspection"])
        #expect(derby.history.map(\.score.text) == ["11/27", "7/21"])
        #expect(derby.history.map(\.share) == ["40.7%", "33.3%"])
        #expect(derby.history.map(\.rating.text) == ["Requires improvement", "Requires improvement"])
        #expect(derby.history[0].change.isFirst)
        // Two frameworks: no arrow, no "points", both scores (D7).
        #expect(derby.history[1].change.direction == "Frameworks differ")
        #expect(derby.history[1].change.points == "Frameworks differ: 11/27 (2021) then 7/21 (2023)")
        #expect(derby.history[1].change.since == "since February 2023")
        #expect(derby.history[1].change.rating == "unchanged")
        #expect(derby.history[1].change.acrossFrameworks)
        #expect(derby.history[1].score.href == "../source/derby-city-2025.html#L67")
        #expect(derby.latest.heading == "Inspection published May 2025")
        #expect(derby.earlier.map(\.heading) == ["Regional inspection letter of February 2023"])
        #expect(derby.region == Link(text: "East Midlands", href: "../regions/east-midlands.md"))
    }

    @Test func yorkPlanningKeyQuestionsMarkTheLowest() throws {
        let york = try page("york").latest
        let planning = try #require(york.keyQuestions.first { $0.standard == "2.2 Planning" })
        #expect(planning.rating == "Inadequate")
        #expect(planning.questions.map(\.percent.text) == ["70%", "70%", "35%"])
        #expect(planning.questions.map(\.band) == ["Good", "Good", "Inadequate"])
        #expect(planning.questions.map(\.isLowest) == [false, false, true])
        #expect(planning.questions[2].percent.href == "../source/york-2024.html#L366")
        #expect(planning.questions[2].question == "Does planning focus sufficiently on keeping other people safe?")
        #expect(york.keyQuestionChart?.src == "../charts/york-2024-12-key-questions.svg")
        #expect(
            york.keyQuestionChart?.alt.contains(
                "Planning (rated Inadequate): engaging the person 70%, supporting desistance 70%, keeping other people safe 35% (lowest)"
            ) == true)
    }

    @Test func headlineFactsLinkToTheirLines() throws {
        let leeds = try page("leeds").latest
        #expect(leeds.overallRating.text == "Inadequate")
        #expect(leeds.overallRating.href == "../source/leeds-2024.html#L88")
        #expect(leeds.score.text == "3 out of 21")
        #expect(leeds.share == "14.3%")
        #expect(leeds.published.text == "October 2024")
        #expect(leeds.fieldworkStarted?.text == "5 August 2024")
        #expect(leeds.leadInspector?.text == "Leon Bonas")
        #expect(
            leeds.standards.map(\.rating.text) == [
                "Requires improvement", "Requires improvement", "Requires improvement",
                "Inadequate", "Inadequate", "Inadequate", "Inadequate",
            ])
        #expect(leeds.standards.map(\.rating.href).first == "../source/leeds-2024.html#L96")
        #expect(leeds.scoreNote == nil)
    }

    @Test func recommendationsAreGroupedByAddresseeInTheReportsOrder() throws {
        let letter = try #require(try page("derby-city").earlier.first)
        #expect(
            letter.recommendations.map(\.addressee) == [
                "Derby City PDU", "East Midlands region", "HM Prison and Probation Service",
            ])
        #expect(letter.recommendations.map { $0.items.map(\.number) } == [[1, 2, 3, 4], [5, 6, 7], [8]])
        let derby = try page("derby-city").latest
        #expect(
            derby.recommendations.first?.items.first?.text
                == "improve the quality of the work to assess and review risk of harm, ensuring that practitioners obtain and use all available information"
        )
    }

    @Test func aComputedScoreSaysSo() throws {
        let llr = try page("leicester-leicestershire-and-rutland").latest
        #expect(llr.score.text == "2 out of 27")
        #expect(llr.scoreNote != nil)
        #expect(llr.standards.count == 9)
    }

    @Test func backgroundFiguresAndFindingsAreCarried() throws {
        let derby = try page("derby-city").latest
        #expect(
            derby.background.map(\.label).prefix(3) == [
                "People on probation (caseload)", "Population", "Proven reoffending rate",
            ])
        #expect(derby.background.map(\.value.text).prefix(3) == ["1,325", "266,460", "27.2%"])
        #expect(derby.background[0].value.href == "../source/derby-city-2025.html#L87")
        let leadership = try #require(derby.findings.first)
        #expect(leadership.heading == "1.1 Leadership")
        #expect(leadership.rating == "Good")
        #expect(
            leadership.findings.strengths.first?.hasPrefix("The PDU was led by a strong senior leadership team.")
                == true)
        #expect(leadership.findings.areasForImprovement.count == 4)
        #expect(derby.previousInspection?.text == "February 2023, rated Requires improvement")
    }

    /// The page opens with the latest rating, score, dates, standards by band and change (D16).
    @Test func theHeadlineGivesTheLatestRatingScoreAndChange() throws {
        let york = try page("york").headline
        #expect(
            york.sentence
                == "York was rated Inadequate (3/21) at its latest inspection, published December 2024; 4 of 7 standards rated Inadequate."
        )
        #expect(york.rating.text == "Inadequate")
        #expect(york.score.text == "3/21")
        #expect(
            york.score.href
                == "../source/york-2024.html#L\(try #require(SeedSite.pdu("york")).latest.score.source.line)")
        #expect(york.share == "14.3%")
        #expect(york.published.text == "December 2024")
        #expect(york.fieldworkStarted?.text == "16 September 2024")
        #expect(york.standards == "4 Inadequate, 3 Requires improvement (7 standards)")
        #expect(york.change == nil)
        let derby = try page("derby-city").headline
        #expect(derby.standards == "2 Inadequate, 3 Requires improvement, 2 Good (7 standards)")
        #expect(
            derby.change == "Frameworks differ: 11/27 (2021) then 7/21 (2023) since February 2023; rating unchanged")
    }
}

@Suite struct ScoreChangeTests {
    /// Within one framework the change is in score points, with both scores.
    @Test func aChangeWithinAFrameworkIsInScorePoints() throws {
        let york = try #require(SeedSite.pdu("york")).latest
        var earlier = york
        earlier.score.value = 5
        earlier.overallRating.value = .requiresImprovement
        let change = ScoreChange(from: earlier, to: york)
        #expect(change.direction == "Down")
        #expect(change.points == "▼ −2 points (5/21 → 3/21)")
        #expect(change.rating == "Requires improvement → Inadequate")
        #expect(!change.acrossFrameworks)
        earlier.score.value = 2
        #expect(ScoreChange(from: earlier, to: york).points == "▲ +1 point (2/21 → 3/21)")
    }
}

@Suite struct HeadlineAndListTests {
    @Test func aRegionOpensWithItsPDUsLatestRatings() throws {
        let region = try #require(SeedSite.map.region(slug: "east-midlands"))
        let page = RegionPage(region, map: SeedSite.map)
        #expect(
            page.headline.sentence
                == "2 PDUs in this site; at their latest inspections they were rated 1 Inadequate, 1 Requires improvement."
        )
        #expect(page.headline.published == "February 2023 to May 2025")
        #expect(page.letterCount == "1 regional letter")
        #expect(page.trends?.href == "../trends/east-midlands.md")
        #expect(page.recommendationsHeading == "Recommendations to the region and to HM Prison and Probation Service")
        // Kent, Surrey and Sussex has only HMPPS recommendations: the heading says so (D21).
        let kss = try #require(SeedSite.map.region(slug: "kent-surrey-and-sussex"))
        let kssPage = RegionPage(kss, map: SeedSite.map)
        if kssPage.hasRecommendations {
            #expect(!kssPage.recommendationsHeading.contains("the region"))
        }
    }

    @Test func theHomePageOpensWithTheMainPoints() {
        let index = IndexPage(map: SeedSite.map, corpus: SeedSite.corpus)
        #expect(index.headline.ratings == "3 Inadequate, 2 Requires improvement (5 PDUs)")
        #expect(
            index.headline.mostOftenInadequate == "2.1 Assessment (2023 framework): Inadequate in 4 of 4 PDUs; "
                + "2.4 Reviewing (2023 framework): Inadequate in 4 of 4 PDUs; 1.1 Leadership (2021 framework): Inadequate in 1 of 1 PDU and 6 more"
        )
        #expect(index.headline.latest.map(\.pdu.text) == ["Derby City", "York", "Leeds"])
        #expect(index.inspections.count == 6)
        #expect(index.inspectionsCaption == "All 6 inspections")
    }

    @Test func theListsHaveARowPerPDUAndRegion() {
        let pdus = PDUListPage(map: SeedSite.map)
        #expect(pdus.summary == "5 PDUs in 3 regions, each with its latest inspection.")
        #expect(
            pdus.pdus.map(\.pdu.text) == [
                "Brighton and East Sussex", "Derby City", "Leeds",
                "Leicester, Leicestershire, and Rutland", "York",
            ])
        #expect(pdus.pdus.map(\.score.text) == ["4/21", "7/21", "3/21", "2/27", "3/21"])
        let regions = RegionListPage(map: SeedSite.map)
        #expect(
            regions.regions.map(\.region.text) == [
                "East Midlands", "Kent, Surrey and Sussex", "Yorkshire and the Humber",
            ])
        #expect(regions.regions.map(\.pdus) == [2, 1, 2])
        #expect(regions.regions.first?.ratings == "1 Inadequate, 1 Requires improvement")
    }
}
