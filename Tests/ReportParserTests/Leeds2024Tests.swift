import InspectionModel
import SourceAndOutput
import Testing

@testable import ReportParser

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

private func leeds(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Inspection {
    try ExpectedInspection.leeds2024.inspection(sourceLocation: sourceLocation)
}

extension ExpectedInspection {
    static let leeds2024 = ExpectedInspection(
        name: "Leeds 2024", file: Seeds.leeds,
        // Line 10: "Leeds PDU".
        pdu: LineFact("Leeds", line: 10),
        // Line 12: "... – Yorkshire and the Humber region".
        region: LineFact("Yorkshire and the Humber", line: 12),
        published: LineFact(CalendarDate(year: 2024, month: 10), line: 14),
        // Background, line 154: 05 August 2024.
        fieldworkStarted: LineFact(CalendarDate(year: 2024, month: 8, day: 5), line: 154),
        framework: .y2023, origin: .pduReport,
        // Line 84: "Score **3/21**".
        score: ScoreFact(value: 3, max: 21, stated: true, line: 84),
        overallRating: LineFact(.inadequate, line: 88),
        // Source line of every standard: the line of the ratings table (lines 94-134) where its
        // rating value is printed, the line after "P 1.1 Leadership" etc.
        standards: SeedFacts.standards(
            SeedFacts.standards2023,
            [
                (.requiresImprovement, line: 96), (.requiresImprovement, line: 102),
                (.requiresImprovement, line: 108), (.inadequate, line: 116), (.inadequate, line: 122),
                (.inadequate, line: 128), (.inadequate, line: 134),
            ]),
        keyQuestions: SeedFacts.keyQuestions2023([
            (51, line: 323), (62, line: 324), (23, line: 325),  // 2.1
            (51, line: 351), (68, line: 352), (34, line: 353),  // 2.2
            (67, line: 373), (39, line: 374), (23, line: 375),  // 2.3
            (57, line: 404), (44, line: 405), (24, line: 406),  // 2.4
        ]),
        recommendationCount: 7,
        // All seven are addressed to "Leeds PDU should:" (line 142), printed "1. ...".
        recommendations: [
            RecommendationFact(
                number: 1, kind: .pdu, addressee: "Leeds",
                text:
                    "work is undertaken with other agencies to manage child safeguarding, such as the police and children's social care services, to ensure that actual and potential victims are sufficiently protected",
                line: 144),
            RecommendationFact(
                number: 2, kind: .pdu, addressee: "Leeds",
                text: "improve the quality of work to assess, plan for, manage and review the risk of harm",
                line: 145),
            RecommendationFact(
                number: 3, kind: .pdu, addressee: "Leeds",
                text:
                    "improve the use of interventions and services available for people on probation to support desistance and manage the risk of harm",
                line: 146),
            RecommendationFact(
                number: 4, kind: .pdu, addressee: "Leeds",
                text:
                    "ensure that people on probation (with a protected characteristic) have access to appropriate services and interventions",
                line: 147),
            RecommendationFact(
                number: 5, kind: .pdu, addressee: "Leeds",
                text:
                    "conduct an analysis of skills, knowledge and experience within the practitioner group and implement a system for checking that learning has been consolidated into practice",
                line: 148),
            RecommendationFact(
                number: 6, kind: .pdu, addressee: "Leeds",
                text:
                    "ensure that it has sufficient staffing resources to deliver a high quality, personalised and responsive service for all people on probation",
                line: 149),
            RecommendationFact(
                number: 7, kind: .pdu, addressee: "Leeds",
                text:
                    "ensure middle managers have enough capacity to provide the appropriate level of oversight according to the needs of staff members and level of casework in the team.",
                line: 150),
        ],
        casesInspected: CasesFact(communityOrders: 52, releasesOnLicence: 30, practitionerInterviews: 68, line: 154),
        leadInspector: LineFact("Leon Bonas", line: 28),
        // Without "CBE".
        chiefInspector: LineFact("Martin Jones", line: 73),
        // Line 164; the 1,050 in custody are not counted.
        caseload: LineFact(2818, line: 164),
        // Line 162; the footnote markers glued to the figures ("822,483.²", "31.1 per cent.³")
        // are not part of them. No previous inspection and no progress table.
        population: LineFact(822_483, line: 162),
        provenReoffendingRate: LineFact(31.1, line: 162),
        standardsWithFindings: SeedFacts.ids2023,
        findings: [
            // Lines 188-211; "Strengths" has no colon; both lists cross a page break (195, 208).
            FindingsFact(
                place: .standard("1.1"),
                strengths: 10, firstStrength: "The Leeds Reducing Reoffending Board was chaired by the head of PDU",
                lastStrength: "The PDU had developed strong working practices to engage people on probation.",
                areas: 7,
                firstArea:
                    "The quality improvement plan was not sufficiently improving the quality of service delivery.",
                lastArea: "Results from the people survey in 2022 and 2023"),
            // Lines 223-243.
            FindingsFact(
                place: .standard("1.2"),
                strengths: 7, firstStrength: "The senior leadership team was actively involved in workforce planning.",
                lastStrength: "There were a number of recent examples of staff progression and promotion",
                areas: 9, firstArea: "Only 72 per cent of POs were in post when the inspection was announced.",
                lastArea: "Only 21 out of 45 relevant PDU staff who had changed roles"),
            // Lines 255-277; the strengths cross a page break (264).
            FindingsFact(
                place: .standard("1.3"),
                strengths: 12, firstStrength: "Multi-agency approaches to addressing domestic abuse were comprehensive",
                lastStrength: "Where managers had lead responsibility roles",
                areas: 5, firstArea: "The deficits in the work to safeguard children were concerning.",
                lastArea: "There was a lack of available and suitable housing services for women on probation"),
            // Lines 294-308.
            FindingsFact(
                place: .diversityAndInclusion,
                strengths: 4, firstStrength: "The Equality and Diversity Group was led by a committed SPO.",
                lastStrength: "There were services in place to meet a broad range of diversity needs.",
                areas: 3, firstArea: "Assessments of women did not sufficiently take into account",
                lastArea:
                    "In total, 20 per cent of the PDU caseload were from a Black, Asian or minority ethnic background"),
        ],
        // Line 288, its closing quotation mark missing.
        quotes: [
            "My probation officer, he was really understanding and empathetic. I could actually talk to him, and he helped me and tried to understand me."
        ],
        quoteLines: [288])
}

/// What only this seed shows; `SeedInspectionTests` checks `ExpectedInspection.leeds2024`.
@Suite("Leeds 2024 (leeds-2024.txt)")
struct Leeds2024Tests {

    // MARK: Findings

    @Test("an Outcomes section (line 415), without its footnote")
    func outcomesSection() throws {
        let inspection = try leeds()
        let outcomes = try #require(SeedFacts.section(inspection, heading: "Outcomes"))
        #expect(
            SeedFacts.paragraph(
                outcomes.findings.narrative,
                startingWith: "While it may be difficult to draw any direct causal relationship") != nil)
        #expect(
            !outcomes.findings.narrative.contains { $0.text.contains("Source: Ministry of Justice") },
            "footnote 8 is not a finding")
    }

    @Test("1.1: the leadership summary paragraph (line 186) is narrative, not a strength")
    func leadershipNarrative() throws {
        let findings = try #require(SeedFacts.findings(try leeds(), standard: "1.1"))
        #expect(
            SeedFacts.paragraph(
                findings.narrative,
                startingWith: "The senior leadership team had all been in post for less than eight months") != nil)
        #expect(
            SeedFacts.paragraph(findings.strengths, startingWith: "The senior leadership team had all been in post")
                == nil)
    }

    @Test("1.1: the last strength ends without a full stop, as printed (line 200)")
    func lastStrengthAsPrinted() throws {
        let findings = try #require(SeedFacts.findings(try leeds(), standard: "1.1"))
        let last = try #require(findings.strengths.last)
        #expect(
            last.text.hasSuffix(
                "Promising links were found to the feedback of people on probation and staff reward and recognition"))
        #expect(last.source.line == 200)
    }

    @Test("2.1: the bullet at line 330 continues after footnote 4 at line 334")
    func footnoteSplitBullet() throws {
        let findings = try #require(SeedFacts.findings(try leeds(), standard: "2.1"))
        let bullet = try #require(
            SeedFacts.paragraph(
                findings.narrative,
                startingWith: "Only two members of staff were trained to support information-sharing"))
        #expect(
            bullet.text.hasSuffix(
                "Overall, the practitioner sufficiently considered harm related to child safeguarding in only 21 out of 79 relevant cases. Concerningly, insufficient or no information was available in 46 of these cases."
            ))
        #expect(SeedFacts.paragraph(findings.narrative, startingWith: "in only 21 out of 79") == nil)
        #expect(!findings.narrative.contains { $0.text.contains("The rating for the standard is driven") })
    }

    @Test("2.3: bullets on both sides of footnote 6 (line 387) are narrative; the footnote is not")
    func footnoteBetweenBullets() throws {
        let findings = try #require(SeedFacts.findings(try leeds(), standard: "2.3"))
        #expect(
            SeedFacts.paragraph(
                findings.narrative,
                startingWith: "Insufficient attention was given to protecting actual or potential victims") != nil)
        #expect(
            SeedFacts.paragraph(
                findings.narrative,
                startingWith: "Practitioners were taking flexible approaches to delivering services.") != nil)
        #expect(!findings.narrative.contains { $0.text.contains("The rating for the standard is driven") })
    }

    @Test("feedback from people on probation is a section of its own (line 279)")
    func feedbackSection() throws {
        let section = try #require(SeedFacts.section(try leeds(), heading: "Feedback from people on probation"))
        let all = section.findings.narrative + section.findings.strengths + section.findings.areasForImprovement
        #expect(
            SeedFacts.paragraph(
                all, startingWith: "The PDU allocation process was supporting a largely positive induction experience")
                != nil)
    }
}
