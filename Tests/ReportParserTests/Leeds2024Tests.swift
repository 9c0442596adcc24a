import Testing
import InspectionModel
@testable import ReportParser
import SourceAndOutput

// Ground truth for Content/reports/leeds-2024.txt: the PDU report on Leeds (Yorkshire and
// the Humber), published October 2024, 2023 framework. Every value below was read from that
// file by hand; line numbers are its 1-based lines.
//
// Garbling this file exercises:
// - the ratings table is one value per line (lines 80-134), the score in bold ("**3/21**");
// - "Strengths" without its colon (line 188);
// - footnote markers glued to figures ("822,483.²", "31.1 per cent.³", line 162);
// - a bullet split by a footnote (330/334) and footnotes between bullets (387, 422);
// - a quote without its closing quotation mark (line 288).

private let file = Seeds.leeds

private func leeds(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Inspection {
    try #require(Seeds.inspection("Leeds", in: file), "no Leeds inspection read from \(file)",
                 sourceLocation: sourceLocation)
}

/// Source line of every standard: the line of the ratings table (lines 94-134) where its
/// rating value is printed, the line after "P 1.1 Leadership" etc.
private let standards: [StandardFact] = [
    StandardFact(id: "1.1", name: "Leadership", rating: .requiresImprovement, line: 96),
    StandardFact(id: "1.2", name: "Staffing", rating: .requiresImprovement, line: 102),
    StandardFact(id: "1.3", name: "Services", rating: .requiresImprovement, line: 108),
    StandardFact(id: "2.1", name: "Assessment", rating: .inadequate, line: 116),
    StandardFact(id: "2.2", name: "Planning", rating: .inadequate, line: 122),
    StandardFact(id: "2.3", name: "Implementation and delivery", rating: .inadequate, line: 128),
    StandardFact(id: "2.4", name: "Reviewing", rating: .inadequate, line: 134),
]

private let keyQuestions: [KeyQuestionFact] = [
    KeyQuestionFact(standard: "2.1", question: "Does assessment focus sufficiently on engaging the person on probation?", percent: 51, line: 323),
    KeyQuestionFact(standard: "2.1", question: "Does assessment focus sufficiently on the factors linked to offending and desistance?", percent: 62, line: 324),
    KeyQuestionFact(standard: "2.1", question: "Does assessment focus sufficiently on keeping other people safe?", percent: 23, line: 325),
    KeyQuestionFact(standard: "2.2", question: "Does planning focus sufficiently on engaging the person on probation?", percent: 51, line: 351),
    KeyQuestionFact(standard: "2.2", question: "Does planning focus sufficiently on reducing reoffending and supporting desistance?", percent: 68, line: 352),
    KeyQuestionFact(standard: "2.2", question: "Does planning focus sufficiently on keeping other people safe?", percent: 34, line: 353),
    KeyQuestionFact(standard: "2.3", question: "Is the sentence or post-custody period implemented effectively with a focus on engaging the person on probation?", percent: 67, line: 373),
    KeyQuestionFact(standard: "2.3", question: "Does the implementation and delivery of services effectively support desistance?", percent: 39, line: 374),
    KeyQuestionFact(standard: "2.3", question: "Does the implementation and delivery of services effectively support the safety of other people?", percent: 23, line: 375),
    KeyQuestionFact(standard: "2.4", question: "Does reviewing focus sufficiently on supporting the compliance and engagement of the person on probation?", percent: 57, line: 404),
    KeyQuestionFact(standard: "2.4", question: "Does reviewing focus sufficiently on supporting desistance?", percent: 44, line: 405),
    KeyQuestionFact(standard: "2.4", question: "Does reviewing focus sufficiently on keeping other people safe?", percent: 24, line: 406),
]

/// All seven are addressed to "Leeds PDU should:" (line 142), printed "1. ...".
private let recommendations: [RecommendationFact] = [
    RecommendationFact(number: 1, kind: .pdu, addressee: "Leeds",
                       text: "work is undertaken with other agencies to manage child safeguarding, such as the police and children's social care services, to ensure that actual and potential victims are sufficiently protected",
                       line: 144),
    RecommendationFact(number: 2, kind: .pdu, addressee: "Leeds",
                       text: "improve the quality of work to assess, plan for, manage and review the risk of harm",
                       line: 145),
    RecommendationFact(number: 3, kind: .pdu, addressee: "Leeds",
                       text: "improve the use of interventions and services available for people on probation to support desistance and manage the risk of harm",
                       line: 146),
    RecommendationFact(number: 4, kind: .pdu, addressee: "Leeds",
                       text: "ensure that people on probation (with a protected characteristic) have access to appropriate services and interventions",
                       line: 147),
    RecommendationFact(number: 5, kind: .pdu, addressee: "Leeds",
                       text: "conduct an analysis of skills, knowledge and experience within the practitioner group and implement a system for checking that learning has been consolidated into practice",
                       line: 148),
    RecommendationFact(number: 6, kind: .pdu, addressee: "Leeds",
                       text: "ensure that it has sufficient staffing resources to deliver a high quality, personalised and responsive service for all people on probation",
                       line: 149),
    RecommendationFact(number: 7, kind: .pdu, addressee: "Leeds",
                       text: "ensure middle managers have enough capacity to provide the appropriate level of oversight according to the needs of staff members and level of casework in the team.",
                       line: 150),
]

private let findings: [FindingsFact] = [
    // Lines 188-211; "Strengths" has no colon; both lists cross a page break (195, 208).
    FindingsFact(place: .standard("1.1"),
                 strengths: 10, firstStrength: "The Leeds Reducing Reoffending Board was chaired by the head of PDU",
                 lastStrength: "The PDU had developed strong working practices to engage people on probation.",
                 areas: 7, firstArea: "The quality improvement plan was not sufficiently improving the quality of service delivery.",
                 lastArea: "Results from the people survey in 2022 and 2023"),
    // Lines 223-243.
    FindingsFact(place: .standard("1.2"),
                 strengths: 7, firstStrength: "The senior leadership team was actively involved in workforce planning.",
                 lastStrength: "There were a number of recent examples of staff progression and promotion",
                 areas: 9, firstArea: "Only 72 per cent of POs were in post when the inspection was announced.",
                 lastArea: "Only 21 out of 45 relevant PDU staff who had changed roles"),
    // Lines 255-277; the strengths cross a page break (264).
    FindingsFact(place: .standard("1.3"),
                 strengths: 12, firstStrength: "Multi-agency approaches to addressing domestic abuse were comprehensive",
                 lastStrength: "Where managers had lead responsibility roles",
                 areas: 5, firstArea: "The deficits in the work to safeguard children were concerning.",
                 lastArea: "There was a lack of available and suitable housing services for women on probation"),
    // Lines 294-308.
    FindingsFact(place: .diversityAndInclusion,
                 strengths: 4, firstStrength: "The Equality and Diversity Group was led by a committed SPO.",
                 lastStrength: "There were services in place to meet a broad range of diversity needs.",
                 areas: 3, firstArea: "Assessments of women did not sufficiently take into account",
                 lastArea: "In total, 20 per cent of the PDU caseload were from a Black, Asian or minority ethnic background"),
]

@Suite("Leeds 2024 (leeds-2024.txt)")
struct Leeds2024Tests {

    // MARK: Identity

    @Test("PDU name is 'Leeds' (line 10, 'Leeds PDU')")
    func pduName() throws {
        let inspection = try leeds()
        #expect(inspection.pdu.value == "Leeds")
        #expect(inspection.pdu.source.line == 10)
    }

    @Test("region is 'Yorkshire and the Humber' (line 12, '... – Yorkshire and the Humber region')")
    func region() throws {
        let inspection = try leeds()
        #expect(inspection.region.value == "Yorkshire and the Humber")
        #expect(inspection.region.source.line == 12)
    }

    @Test("published October 2024 (line 14)")
    func published() throws {
        let inspection = try leeds()
        #expect(inspection.published.value == CalendarDate(year: 2024, month: 10))
        #expect(inspection.published.source.line == 14)
    }

    @Test("fieldwork started 05 August 2024 (Background, line 154)")
    func fieldworkStarted() throws {
        let started = try #require(try leeds().fieldworkStarted)
        #expect(started.value == CalendarDate(year: 2024, month: 8, day: 5))
        #expect(started.source.line == 154)
    }

    @Test("a PDU report under the 2023 framework")
    func frameworkAndOrigin() throws {
        let inspection = try leeds()
        #expect(inspection.framework == .y2023)
        #expect(inspection.origin == .pduReport)
        #expect(inspection.source.file == file)
    }

    // MARK: Ratings

    @Test("score 3/21, stated on line 84 ('Score **3/21**')")
    func score() throws {
        let score = try leeds().score
        #expect(score.value == 3)
        #expect(score.max == 21)
        #expect(score.stated)
        #expect(score.source.line == 84)
    }

    @Test("overall rating Inadequate (line 88)")
    func overallRating() throws {
        let overall = try leeds().overallRating
        #expect(overall.value == .inadequate)
        #expect(overall.source.line == 88)
    }

    @Test("seven standards in framework order")
    func standardOrder() throws {
        #expect(try leeds().standards.map(\.id) == SeedFacts.ids2023)
    }

    @Test("standard name and rating", arguments: standards)
    func standard(_ fact: StandardFact) throws {
        try SeedFacts.checkStandard(try leeds(), fact)
    }

    @Test("standard source line", arguments: standards)
    func standardLine(_ fact: StandardFact) throws {
        try SeedFacts.checkStandardLine(try leeds(), fact, file: file)
    }

    // MARK: Key questions

    @Test("twelve key questions, three per case-work standard, in report order")
    func keyQuestionCount() throws {
        let inspection = try leeds()
        #expect(inspection.keyQuestions.count == 12)
        for id in ["2.1", "2.2", "2.3", "2.4"] {
            #expect(inspection.keyQuestions(ofStandard: id).map(\.question)
                    == keyQuestions.filter { $0.standard == id }.map(\.question), "key questions of \(id)")
        }
    }

    @Test("key question percentage", arguments: keyQuestions)
    func keyQuestion(_ fact: KeyQuestionFact) throws {
        try SeedFacts.checkKeyQuestion(try leeds(), fact)
    }

    @Test("key question source line (its table row)", arguments: keyQuestions)
    func keyQuestionLine(_ fact: KeyQuestionFact) throws {
        try SeedFacts.checkKeyQuestionLine(try leeds(), fact, file: file)
    }

    // MARK: Recommendations

    @Test("seven recommendations numbered 1-7")
    func recommendationNumbers() throws {
        #expect(try leeds().recommendations.map(\.number) == [1, 2, 3, 4, 5, 6, 7])
    }

    @Test("recommendation addressee and text", arguments: recommendations)
    func recommendation(_ fact: RecommendationFact) throws {
        try SeedFacts.checkRecommendation(try leeds(), fact)
    }

    @Test("recommendation source line", arguments: recommendations)
    func recommendationLine(_ fact: RecommendationFact) throws {
        try SeedFacts.checkRecommendationLine(try leeds(), fact, file: file)
    }

    // MARK: Background

    @Test("cases inspected: 52 community orders, 30 releases on licence, 68 interviews (line 154)")
    func casesInspected() throws {
        let cases = try #require(try leeds().casesInspected)
        #expect(cases.communityOrders == 52)
        #expect(cases.releasesOnLicence == 30)
        #expect(cases.practitionerInterviews == 68)
        #expect(cases.source.line == 154)
    }

    @Test("lead inspector Leon Bonas (line 28)")
    func leadInspector() throws {
        let lead = try #require(try leeds().leadInspector)
        #expect(lead.value == "Leon Bonas")
        #expect(lead.source.line == 28)
    }

    @Test("chief inspector Martin Jones, without 'CBE' (line 73)")
    func chiefInspector() throws {
        let chief = try #require(try leeds().chiefInspector)
        #expect(chief.value == "Martin Jones")
        #expect(chief.source.line == 73)
    }

    @Test("caseload 2,818 (line 164; the 1,050 in custody are not counted)")
    func caseload() throws {
        let caseload = try #require(try leeds().background.caseload)
        #expect(caseload.value == 2818)
        #expect(caseload.source.line == 164)
    }

    @Test("population 822,483, footnote ² not part of it (line 162)")
    func population() throws {
        let population = try #require(try leeds().background.population)
        #expect(population.value == 822_483)
        #expect(population.source.line == 162)
    }

    @Test("proven reoffending rate 31.1 per cent (line 162)")
    func reoffendingRate() throws {
        let rate = try #require(try leeds().background.provenReoffendingRate)
        #expect(rate.value == 31.1)
        #expect(rate.source.line == 162)
    }

    @Test("no previous inspection and no progress table")
    func noPreviousInspection() throws {
        let inspection = try leeds()
        #expect(inspection.previousInspection == nil)
        #expect(inspection.progressOnPreviousRecommendations.isEmpty)
    }

    // MARK: Findings

    @Test("findings of the seven standards, in report order, and an Outcomes section (line 415)")
    func findingsOrder() throws {
        let inspection = try leeds()
        #expect(inspection.findings.compactMap(\.standard) == SeedFacts.ids2023)
        let outcomes = try #require(SeedFacts.section(inspection, heading: "Outcomes"))
        #expect(SeedFacts.paragraph(outcomes.findings.narrative, startingWith: "While it may be difficult to draw any direct causal relationship") != nil)
        #expect(!outcomes.findings.narrative.contains { $0.text.contains("Source: Ministry of Justice") }, "footnote 8 is not a finding")
    }

    @Test("strengths and areas for improvement", arguments: findings)
    func findingsCounts(_ fact: FindingsFact) throws {
        try SeedFacts.checkFindings(try leeds(), fact)
    }

    @Test("1.1: the leadership summary paragraph (line 186) is narrative, not a strength")
    func leadershipNarrative() throws {
        let findings = try #require(SeedFacts.findings(try leeds(), standard: "1.1"))
        #expect(SeedFacts.paragraph(findings.narrative, startingWith: "The senior leadership team had all been in post for less than eight months") != nil)
        #expect(SeedFacts.paragraph(findings.strengths, startingWith: "The senior leadership team had all been in post") == nil)
    }

    @Test("1.1: the last strength ends without a full stop, as printed (line 200)")
    func lastStrengthAsPrinted() throws {
        let findings = try #require(SeedFacts.findings(try leeds(), standard: "1.1"))
        let last = try #require(findings.strengths.last)
        #expect(last.text.hasSuffix("Promising links were found to the feedback of people on probation and staff reward and recognition"))
        #expect(last.source.line == 200)
    }

    @Test("2.1: the bullet at line 330 continues after footnote 4 at line 334")
    func footnoteSplitBullet() throws {
        let findings = try #require(SeedFacts.findings(try leeds(), standard: "2.1"))
        let bullet = try #require(SeedFacts.paragraph(findings.narrative, startingWith: "Only two members of staff were trained to support information-sharing"))
        #expect(bullet.text.hasSuffix("Overall, the practitioner sufficiently considered harm related to child safeguarding in only 21 out of 79 relevant cases. Concerningly, insufficient or no information was available in 46 of these cases."))
        #expect(SeedFacts.paragraph(findings.narrative, startingWith: "in only 21 out of 79") == nil)
        #expect(!findings.narrative.contains { $0.text.contains("The rating for the standard is driven") })
    }

    @Test("2.3: bullets on both sides of footnote 6 (line 387) are narrative; the footnote is not")
    func footnoteBetweenBullets() throws {
        let findings = try #require(SeedFacts.findings(try leeds(), standard: "2.3"))
        #expect(SeedFacts.paragraph(findings.narrative, startingWith: "Insufficient attention was given to protecting actual or potential victims") != nil)
        #expect(SeedFacts.paragraph(findings.narrative, startingWith: "Practitioners were taking flexible approaches to delivering services.") != nil)
        #expect(!findings.narrative.contains { $0.text.contains("The rating for the standard is driven") })
    }

    @Test("feedback from people on probation is a section of its own (line 279)")
    func feedbackSection() throws {
        let section = try #require(SeedFacts.section(try leeds(), heading: "Feedback from people on probation"))
        let all = section.findings.narrative + section.findings.strengths + section.findings.areasForImprovement
        #expect(SeedFacts.paragraph(all, startingWith: "The PDU allocation process was supporting a largely positive induction experience") != nil)
    }

    // MARK: Quotes

    @Test("one quote from a person on probation, its closing mark missing (line 288)")
    func quotes() throws {
        let quotes = try leeds().quotes
        #expect(quotes.map { SeedFacts.unquoted($0.text) } == [
            "My probation officer, he was really understanding and empathetic. I could actually talk to him, and he helped me and tried to understand me.",
        ])
        #expect(quotes.map(\.source.line) == [288])
    }
}
