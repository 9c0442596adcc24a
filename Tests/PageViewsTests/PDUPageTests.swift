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
        #expect(derby.history[1].change.direction == "Down")
        #expect(derby.history[1].change.points == "▼ −7.4 points")
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
        #expect(york.keyQuestionChart?.alt.contains("Planning (rated Inadequate): engaging the person 70%, supporting desistance 70%, keeping other people safe 35% (lowest)") == true)
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
        #expect(leeds.standards.map(\.rating.text) == ["Requires improvement", "Requires improvement", "Requires improvement",
                                                       "Inadequate", "Inadequate", "Inadequate", "Inadequate"])
        #expect(leeds.standards.map(\.rating.href).first == "../source/leeds-2024.html#L96")
        #expect(leeds.scoreNote == nil)
    }

    @Test func recommendationsAreGroupedByAddresseeInTheReportsOrder() throws {
        let letter = try #require(try page("derby-city").earlier.first)
        #expect(letter.recommendations.map(\.addressee) == ["Derby City PDU", "East Midlands region", "HM Prison and Probation Service"])
        #expect(letter.recommendations.map { $0.items.map(\.number) } == [[1, 2, 3, 4], [5, 6, 7], [8]])
        let derby = try page("derby-city").latest
        #expect(derby.recommendations.first?.items.first?.text
            == "improve the quality of the work to assess and review risk of harm, ensuring that practitioners obtain and use all available information")
    }

    @Test func aComputedScoreSaysSo() throws {
        let llr = try page("leicester-leicestershire-and-rutland").latest
        #expect(llr.score.text == "2 out of 27")
        #expect(llr.scoreNote != nil)
        #expect(llr.standards.count == 9)
    }

    @Test func backgroundFiguresAndFindingsAreCarried() throws {
        let derby = try page("derby-city").latest
        #expect(derby.background.map(\.label).prefix(3) == ["People on probation (caseload)", "Population", "Proven reoffending rate"])
        #expect(derby.background.map(\.value.text).prefix(3) == ["1,325", "266,460", "27.2%"])
        #expect(derby.background[0].value.href == "../source/derby-city-2025.html#L87")
        let leadership = try #require(derby.findings.first)
        #expect(leadership.heading == "1.1 Leadership")
        #expect(leadership.rating == "Good")
        #expect(leadership.findings.strengths.first?.hasPrefix("The PDU was led by a strong senior leadership team.") == true)
        #expect(leadership.findings.areasForImprovement.count == 4)
        #expect(derby.previousInspection?.text == "February 2023, rated Requires improvement")
    }
}
