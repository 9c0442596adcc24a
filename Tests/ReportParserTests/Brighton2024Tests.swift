import InspectionModel
import SourceAndOutput
import Testing

@testable import ReportParser

// Ground truth for Content/reports/brighton-and-east-sussex-2024.txt: the PDU report on
// Brighton and East Sussex (Kent, Surrey and Sussex), published February 2024, 2023
// framework. Every value below was read from that file by hand; line numbers are its
// 1-based lines.
//
// Garbling this file exercises:
// - the ratings table is one value per line (lines 80-134), the score in bold ("**4/21**");
// - standard 1.2 is printed "Staff" (lines 100, 207) but the 2023 framework calls it "Staffing";
// - bullets continued across page breaks without a marker (192/194, 225/227, 255/257, 310/312);
// - footnotes between bullets (337);
// - "2.5 Outcomes" (line 416) is not a standard of the 2023 framework;
// - the Background gives the population of the PDU and a reoffending rate across KSS (158).

private func brighton(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Inspection {
    try ExpectedInspection.brighton2024.inspection(sourceLocation: sourceLocation)
}

extension ExpectedInspection {
    static let brighton2024 = ExpectedInspection(
        name: "Brighton and East Sussex 2024", file: Seeds.brighton,
        pdu: LineFact("Brighton and East Sussex", line: 10),
        // Line 12: "... – Kent, Surrey and Sussex region".
        region: LineFact("Kent, Surrey and Sussex", line: 12),
        published: LineFact(CalendarDate(year: 2024, month: 2), line: 14),
        // Background, line 152.
        fieldworkStarted: LineFact(CalendarDate(year: 2023, month: 11, day: 27), line: 152),
        framework: .y2023, origin: .pduReport,
        // Line 84: "Score **4/21**".
        score: ScoreFact(value: 4, max: 21, stated: true, line: 84),
        overallRating: LineFact(.requiresImprovement, line: 88),
        // Standard 1.2 is printed "Staff" (lines 100, 207).
        // Source line of every standard: the line of the ratings table (lines 94-134) where its
        // rating value is printed, the line after the standard's name.
        standards: SeedFacts.standards(
            SeedFacts.standards2023,
            [
                (.good, line: 96), (.requiresImprovement, line: 102), (.requiresImprovement, line: 108),
                (.inadequate, line: 116), (.inadequate, line: 122), (.inadequate, line: 128),
                (.inadequate, line: 134),
            ]),
        keyQuestions: SeedFacts.keyQuestions2023([
            (58, line: 328), (65, line: 329), (23, line: 330),  // 2.1
            (40, line: 356), (68, line: 357), (45, line: 358),  // 2.2
            (53, line: 377), (38, line: 378), (25, line: 379),  // 2.3
            (45, line: 406), (43, line: 407), (30, line: 408),  // 2.4
        ]),
        recommendationCount: 5,
        // All five are addressed to "Brighton and East Sussex PDU should:" (line 142), printed "1. ...".
        recommendations: [
            RecommendationFact(
                number: 1, kind: .pdu, addressee: "Brighton and East Sussex",
                text:
                    "ensure administrative processes for making police and child safeguarding enquiries are clear and fully understood by all staff",
                line: 144),
            RecommendationFact(
                number: 2, kind: .pdu, addressee: "Brighton and East Sussex",
                text:
                    "ensure domestic abuse and safeguarding information is analysed sufficiently to inform the quality of assessment, planning and management of people on probation",
                line: 145),
            RecommendationFact(
                number: 3, kind: .pdu, addressee: "Brighton and East Sussex",
                text:
                    "develop practitioners' confidence and skills in the use of professional curiosity and challenging conversations to identify, analyse, assess, plan and respond to indicators of risk effectively",
                line: 146),
            RecommendationFact(
                number: 4, kind: .pdu, addressee: "Brighton and East Sussex",
                text:
                    "ensure middle managers have sufficient capacity to provide the appropriate level of oversight according to the needs of staff members and casework in the team",
                line: 147),
            RecommendationFact(
                number: 5, kind: .pdu, addressee: "Brighton and East Sussex",
                text:
                    "improve the use of interventions and services to manage the risk of harm and support the desistance of people on probation.",
                line: 148),
        ],
        casesInspected: CasesFact(communityOrders: 26, releasesOnLicence: 14, practitionerInterviews: 34, line: 152),
        leadInspector: LineFact("Shellie Adams", line: 30),
        // The Interim Chief Inspector.
        chiefInspector: LineFact("Sue McAllister", line: 75),
        // No caseload: the Background gives staff numbers (102.3 FTE), not a caseload. The
        // reoffending rate is across KSS. No previous inspection and no progress table.
        population: LineFact(823_258, line: 158),
        provenReoffendingRate: LineFact(21.6, line: 158),
        standardsWithFindings: SeedFacts.ids2023,
        findings: [
            // Lines 186-205; the strength at 192 continues at 194 after a page break.
            FindingsFact(
                place: .standard("1.1"),
                strengths: 9,
                firstStrength:
                    "Brighton and East Sussex PDU operated with a permanent head of service for the last two years.",
                lastStrength: "There were strong working relationships with key partners.",
                areas: 3, firstArea: "Despite a consistent and stable leadership approach across the PDU",
                lastArea:
                    "In recent months, there were significant and increasing delays to the return of domestic abuse enquiries"
            ),
            // Lines 217-235; line 227 (no marker, after a page break) continues the strength at 225.
            FindingsFact(
                place: .standard("1.2"),
                strengths: 8,
                firstStrength:
                    "Staffing levels were recorded above target operating levels at the time of announcement",
                lastStrength: "Actions taken to address poor performance and conduct were tackled proactively",
                areas: 3, firstArea: "Newly recruited POs and PSOs with less experience indicated",
                lastArea: "The impact of management oversight was insufficient."),
            // Lines 247-272; the strength at 255 continues at 257 after a page break.
            FindingsFact(
                place: .standard("1.3"),
                strengths: 12, firstStrength: "Senior leaders were proactive at co-commissioning with partners",
                lastStrength: "There was a mentoring service available to young adults.",
                areas: 5,
                firstArea:
                    "Recorded rates of referrals to CRS provisions for ETE and personal wellbeing interventions were low",
                lastArea:
                    "In a number of cases inspected, Rehabilitation Activity Requirement (RAR) activity was still yet to commence"
            ),
            // Lines 292-312; the area at 310 continues at 312 after a page break.
            FindingsFact(
                place: .diversityAndInclusion,
                strengths: 9, firstStrength: "'Being responsive to meet diverse needs' was part of the core pillars",
                lastStrength:
                    "To help improve the culture within the workplace, HMPPS Tackling Unacceptable Behaviour Unit",
                areas: 2,
                firstArea: "Analysis of protected characteristics and how this impacted an individual's ability",
                lastArea: "Within women's services in general, it was acknowledged"),
            // Lines 416-426, printed "2.5 Outcomes".
            FindingsFact(
                place: .section("Outcomes"),
                strengths: 1, firstStrength: "Where professional curiosity was applied with a consistent approach",
                lastStrength: "Where professional curiosity was applied with a consistent approach",
                areas: 3, firstArea: "Sufficient improvements in those factors most closely linked to offending",
                lastArea: "There was room for improvement in terms of engaging and supporting individuals to comply"),
        ],
        // Lines 282 and 286.
        quotes: [
            "Very useful, it keeps you switched on and understanding the next steps.",
            "Nothing’s getting sorted in my appointments. Most of the time it’s just chit-chat and nothing I need.",
        ],
        quoteLines: [282, 286])
}

/// What only this seed shows; `SeedInspectionTests` checks `ExpectedInspection.brighton2024`.
@Suite("Brighton and East Sussex 2024 (brighton-and-east-sussex-2024.txt)")
struct Brighton2024Tests {

    // MARK: Findings

    @Test("'2.5 Outcomes' is a section of its own, not a standard")
    func outcomesSection() throws {
        let inspection = try brighton()
        let outcomes = try #require(SeedFacts.section(inspection, heading: "Outcomes"))
        #expect(outcomes.standard == nil)
        #expect(!inspection.standards.contains { $0.id == "2.5" })
    }

    @Test("1.1: the strength at line 192 continues after the page break at line 194")
    func pageBreakInLeadership() throws {
        let findings = try #require(SeedFacts.findings(try brighton(), standard: "1.1"))
        let bullet = try #require(
            SeedFacts.paragraph(findings.strengths, startingWith: "Staff had largely been consulted and engaged"))
        #expect(
            bullet.text
                == "Staff had largely been consulted and engaged when changes were implemented to team composition and ways of working, which created a greater sense of ownership. This was particularly evident across the VERU and SSF teams."
        )
        #expect(bullet.source.line == 192)
    }

    @Test("1.1: the leadership summary paragraph (line 184) is narrative, not a strength")
    func leadershipNarrative() throws {
        let findings = try #require(SeedFacts.findings(try brighton(), standard: "1.1"))
        #expect(
            SeedFacts.paragraph(
                findings.narrative, startingWith: "There was recognition of strong and impressive leadership") != nil)
        #expect(SeedFacts.paragraph(findings.strengths, startingWith: "There was recognition of strong") == nil)
    }

    @Test("1.2: line 227 (no marker, after a page break) continues the strength at line 225")
    func pageBreakInStaffing() throws {
        let findings = try #require(SeedFacts.findings(try brighton(), standard: "1.2"))
        let bullet = try #require(
            SeedFacts.paragraph(findings.strengths, startingWith: "Staff were deployed to specific roles"))
        #expect(
            bullet.text.hasSuffix(
                "homeless teams. There was a commitment to making the most valuable use of resources and this is being approached in a strategic and considered way."
            ))
        #expect(SeedFacts.paragraph(findings.strengths, startingWith: "There was a commitment to making") == nil)
    }

    @Test("1.3: the strength at line 255 continues after the page break at line 257")
    func pageBreakInServices() throws {
        let findings = try #require(SeedFacts.findings(try brighton(), standard: "1.3"))
        let bullet = try #require(
            SeedFacts.paragraph(
                findings.strengths,
                startingWith: "There had been a pilot running for the co-location of NHS mental health staff"))
        #expect(
            bullet.text.hasSuffix(
                "This had resulted in an increase in the number of orders being made over the last two months, but outcomes were still to be evidenced."
            ))
    }

    @Test("diversity and inclusion: the area at line 310 continues after the page break at line 312")
    func pageBreakInDiversity() throws {
        let findings = try #require(try brighton().diversityAndInclusion)
        let bullet = try #require(
            SeedFacts.paragraph(findings.areasForImprovement, startingWith: "Within women's services in general"))
        #expect(
            bullet.text.contains(
                "were under-represented in accessing the service, and they struggled to engage with these women."))
    }

    @Test("2.1: bullets on both sides of footnote 5 (line 337) are narrative; the footnote is not")
    func footnoteInAssessment() throws {
        let findings = try #require(SeedFacts.findings(try brighton(), standard: "2.1"))
        #expect(
            SeedFacts.paragraph(
                findings.narrative, startingWith: "A higher number of people on probation were meaningfully engaged")
                != nil)
        #expect(
            SeedFacts.paragraph(findings.narrative, startingWith: "In 20 out of 35 relevant cases inspected") != nil)
        #expect(!findings.narrative.contains { $0.text.contains("The rating for the standard is driven") })
    }

    @Test("feedback from people on probation is a section of its own (line 274)")
    func feedbackSection() throws {
        let section = try #require(SeedFacts.section(try brighton(), heading: "Feedback from people on probation"))
        let all = section.findings.narrative + section.findings.strengths + section.findings.areasForImprovement
        #expect(
            SeedFacts.paragraph(
                all, startingWith: "The majority of respondents stated that they understood what was expected") != nil)
    }
}
