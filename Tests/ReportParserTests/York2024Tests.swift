import InspectionModel
import SourceAndOutput
import Testing

@testable import ReportParser

// Ground truth for Content/reports/york-2024.txt: the PDU report on York (Yorkshire and the
// Humber), published December 2024, 2023 framework. Every value below was read from that
// file by hand; line numbers are its 1-based lines.
//
// Garbling this file exercises:
// - the ratings table (lines 73-83) has words split by tabs ("York Fieldw\tPDU ork started",
//   "Overa\tall rating") and a Cyrillic letter ("activit\tу", U+0443, line 75);
// - recommendations 1 and 3 lost their numbers (lines 91, 93): inferred from position;
// - recommendation 8 is addressed to "His Majesty's Prison and Probation Service" (line 99);
// - the cases inspected are partly in words ("eight releases on licence", line 105);
// - bullets that lost their marker and start with a space (lines 189, 269);
// - bullet continuations with a spurious "- " marker at a page break (151, 164, 240);
// - a bullet split by a footnote (400/404) and a running page header (449).

private func york(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Inspection {
    try ExpectedInspection.york2024.inspection(sourceLocation: sourceLocation)
}

extension ExpectedInspection {
    static let york2024 = ExpectedInspection(
        name: "York 2024", file: Seeds.york,
        // Line 5: "York PDU".
        pdu: LineFact("York", line: 5),
        // Line 7: "... – Yorkshire and the Humber Region".
        region: LineFact("Yorkshire and the Humber", line: 7),
        published: LineFact(CalendarDate(year: 2024, month: 12), line: 9),
        // Background, line 105.
        fieldworkStarted: LineFact(CalendarDate(year: 2024, month: 9, day: 16), line: 105),
        framework: .y2023, origin: .pduReport,
        // A tab-split table with a Cyrillic letter: the score is on line 73, the row
        // "York Fieldw PDU ork started September 2024 Score 3/21"; the overall rating on
        // line 74, the row "Overa all rating Inadequate".
        score: ScoreFact(value: 3, max: 21, stated: true, line: 73),
        overallRating: LineFact(.inadequate, line: 74),
        // Source line of every standard: its row of the ratings table (lines 76-83), which holds
        // both the standard and its rating.
        standards: SeedFacts.standards(
            SeedFacts.standards2023,
            [
                (.requiresImprovement, line: 76), (.requiresImprovement, line: 77),
                (.requiresImprovement, line: 78), (.inadequate, line: 80), (.inadequate, line: 81),
                (.inadequate, line: 82), (.inadequate, line: 83),
            ]),
        keyQuestions: SeedFacts.keyQuestions2023([
            (70, line: 326), (80, line: 327), (25, line: 328),  // 2.1
            (70, line: 364), (70, line: 365), (35, line: 366),  // 2.2
            (55, line: 392), (30, line: 393), (20, line: 394),  // 2.3
            (50, line: 426), (55, line: 427), (25, line: 428),  // 2.4
        ]),
        // 1 and 3 are inferred from position.
        recommendationCount: 8,
        // 1-7 are addressed to "York PDU should:" (line 89); 1 and 3 are printed without their
        // numbers ("- develop ...", "- ensure that child ..."). 8 is addressed to "His Majesty's
        // Prison and Probation Service should:" (line 99).
        recommendations: [
            RecommendationFact(
                number: 1, kind: .pdu, addressee: "York",
                text:
                    "develop practitioners' confidence and skills in the use of professional curiosity and holding challenging conversations to respond to indicators of risk of harm effectively",
                line: 91),
            RecommendationFact(
                number: 2, kind: .pdu, addressee: "York",
                text: "ensure that all actual and potential victims are identified accurately",
                line: 92),
            RecommendationFact(
                number: 3, kind: .pdu, addressee: "York",
                text:
                    "ensure that child safeguarding and domestic abuse information is analysed sufficiently to inform the quality of assessment, planning, and management of people on probation",
                line: 93),
            RecommendationFact(
                number: 4, kind: .pdu, addressee: "York",
                text:
                    "work with York children's social care services to improve information sharing, joint planning, and collaborative working to protect children from harm",
                line: 94),
            RecommendationFact(
                number: 5, kind: .pdu, addressee: "York",
                text:
                    "ensure senior probation officers have routine oversight of high risk of serious harm and MAPPA (Multi Agency Public Protection Arrangements) level one cases",
                line: 95),
            RecommendationFact(
                number: 6, kind: .pdu, addressee: "York",
                text:
                    "improve the use of interventions and services available for people on probation to support desistance and manage the risk of harm",
                line: 96),
            RecommendationFact(
                number: 7, kind: .pdu, addressee: "York",
                text:
                    "ensure sufficient attention is paid to promote equity, diversity, and inclusion, addressing actual and potential barriers (for engagement/compliance) for people on probation.",
                line: 97),
            RecommendationFact(
                number: 8, kind: .hmpps, addressee: "Prison and Probation Service",
                text:
                    "review the resource model for York PDU and its ability to deliver the operating model effectively.",
                line: 101),
        ],
        // Partly in words: "eight releases on licence".
        casesInspected: CasesFact(communityOrders: 12, releasesOnLicence: 8, practitionerInterviews: 19, line: 105),
        leadInspector: LineFact("Lucy Jones", line: 23),
        // Without "CBE"; printed over lines 65-69.
        chiefInspector: LineFact("Martin Jones", line: nil),
        // At the inspection announcement.
        caseload: LineFact(543, line: 111),
        // "Approximately 206,780". The Background states no proven reoffending rate. No previous
        // inspection (York became a PDU in June 2022) and no progress table.
        population: LineFact(206_780, line: 111),
        standardsWithFindings: SeedFacts.ids2023,
        findings: [
            // Lines 131-166; lines 151 and 164 are continuations with a spurious "- " marker.
            FindingsFact(
                place: .standard("1.1"),
                strengths: 8, firstStrength: "The vision and strategy of York PDU",
                lastStrength: "Although the 'engaging people on probation' group was paused in May 2024",
                areas: 8,
                firstArea:
                    "Despite some strengths at leadership level, these were not translated into service delivery",
                lastArea: "There had been minimal opportunities for learning from serious further offences (SFOs)"),
            // Lines 176-202; line 189 is the first area for improvement, its marker lost.
            FindingsFact(
                place: .standard("1.2"),
                strengths: 8, firstStrength: "Workloads were actively reviewed and redeployed",
                lastStrength: "Processes to welcome and induct new staff were positive",
                areas: 6,
                firstArea:
                    "Senior probation officers' capacity to lead and deliver a quality service was significantly undermined",
                lastArea: "The fragility of some staff we met"),
            // Lines 212-259; line 240 is a continuation with a spurious "- " marker.
            FindingsFact(
                place: .standard("1.3"),
                strengths: 6, firstStrength: "There was a comprehensive offer of services",
                lastStrength: "Services for women on probation were delivered at a women's centre",
                areas: 9,
                firstArea:
                    "The implementation and delivery of services were rated inadequate in the cases we inspected.",
                lastArea:
                    "The poor quality of child safeguarding work in the PDU was concerning. Information exchange was not sufficiently detailed"
            ),
            // Lines 285-311.
            FindingsFact(
                place: .diversityAndInclusion,
                strengths: 3,
                firstStrength: "The head of PDU and middle managers had completed Show Racism the Red Card training",
                lastStrength:
                    "The work to support transition arrangements for young adults had been prioritised. A Youth Justice Service (YJS) secondee",
                areas: 4, firstArea: "The assessment and planning to work with people with protected characteristics",
                lastArea: "There was no structure in place, such as an equity, diversity, and inclusion (EDI) group"),
        ],
        // Lines 267, 271, 273, 281, 283.
        quotes: [
            "They explain what I need to do in detail, very helpful.",
            "My probation officer had been very helpful in every way. I couldn't thank them enough. I am a positive person now. Genuinely helpful.",
            "I have an open and honest working relationship with my probation officer, who is very understanding. I am committed to continue working with probation to ensure I do not reoffend, and live a happy life.",
            "Mental health service is poor with such a long waiting list.",
            "Mental health support is very limited.",
        ],
        quoteLines: [267, 271, 273, 281, 283])
}

/// What only this seed shows; `SeedInspectionTests` checks `ExpectedInspection.york2024`.
@Suite("York 2024 (york-2024.txt)")
struct York2024Tests {

    // MARK: Findings

    @Test("an Outcomes section (line 453)")
    func outcomesSection() throws {
        let inspection = try york()
        let outcomes = try #require(SeedFacts.section(inspection, heading: "Outcomes"))
        #expect(
            SeedFacts.paragraph(
                outcomes.findings.narrative, startingWith: "Despite strengths in the assessment and planning") != nil)
    }

    @Test("1.1: the rating explanation (line 129) is narrative, not a strength")
    func leadershipNarrative() throws {
        let findings = try #require(SeedFacts.findings(try york(), standard: "1.1"))
        #expect(
            SeedFacts.paragraph(
                findings.narrative,
                startingWith: "As a result of the domain two ratings, the Inspectorate's rating decision guidance")
                != nil)
        #expect(SeedFacts.paragraph(findings.strengths, startingWith: "As a result of the domain two ratings") == nil)
    }

    @Test("1.1: '- business issues such as ...' (line 151) continues the strength at line 149")
    func spuriousMarkerInStrengths() throws {
        let findings = try #require(SeedFacts.findings(try york(), standard: "1.1"))
        let bullet = try #require(
            SeedFacts.paragraph(
                findings.strengths, startingWith: "The visibility and accessibility of the PDU head was a key strength."
            ))
        #expect(
            bullet.text
                == "The visibility and accessibility of the PDU head was a key strength. Staff were unanimous in speaking highly of the efforts of the PDU head to communicate key business issues such as policy and guidance changes or recruitment and resourcing through in-person monthly Q&A sessions."
        )
        #expect(bullet.source.line == 149)
        #expect(SeedFacts.paragraph(findings.strengths, startingWith: "business issues") == nil)
    }

    @Test("1.1: '- was attributed to low salaries ...' (line 164) continues the area at line 162")
    func spuriousMarkerInAreas() throws {
        let findings = try #require(SeedFacts.findings(try york(), standard: "1.1"))
        let bullet = try #require(
            SeedFacts.paragraph(findings.areasForImprovement, startingWith: "Although staff attrition had improved"))
        #expect(
            bullet.text.hasSuffix(
                "the retention of band 2 staff remained a key business risk; this was attributed to low salaries compared with similar roles locally, and the cost of living in York."
            ))
        #expect(SeedFacts.paragraph(findings.areasForImprovement, startingWith: "was attributed") == nil)
    }

    @Test("1.2: the area for improvement at line 189 lost its marker but is still an area, not narrative")
    func lostMarker() throws {
        let findings = try #require(SeedFacts.findings(try york(), standard: "1.2"))
        let bullet = try #require(findings.areasForImprovement.first)
        #expect(bullet.text.hasPrefix("Senior probation officers' capacity to lead"))
        #expect(bullet.source.line == 189)
    }

    @Test("1.3: '- the coordination of a multi-agency approach ...' (line 240) continues the area at line 238")
    func spuriousMarkerInServices() throws {
        let findings = try #require(SeedFacts.findings(try york(), standard: "1.3"))
        let bullet = try #require(
            SeedFacts.paragraph(
                findings.areasForImprovement,
                startingWith: "Of particular concern was the delivery of services to keep people safe"))
        #expect(
            bullet.text.hasSuffix(
                "The protection of potential and actual victims and the coordination of a multi-agency approach to manage domestic abuse and child safeguarding concerns were deemed to be insufficient in many cases."
            ))
        #expect(SeedFacts.paragraph(findings.areasForImprovement, startingWith: "the coordination of") == nil)
    }

    @Test("2.3: the bullet at line 400 continues after footnote 4 at line 404 ('most-needed interventions')")
    func footnoteSplitBullet() throws {
        let findings = try #require(SeedFacts.findings(try york(), standard: "2.3"))
        let bullet = try #require(
            SeedFacts.paragraph(
                findings.narrative,
                startingWith: "Although the level, nature, and contact offered to people on probation"))
        #expect(
            bullet.text.contains(
                "Within this, the most-needed interventions were those to address lifestyle and associates, thinking and behaviour, and attitudes."
            ))
        #expect(SeedFacts.paragraph(findings.narrative, startingWith: "most-needed interventions") == nil)
        #expect(!findings.narrative.contains { $0.text.contains("The rating for the standard is driven") })
    }

    @Test("2.4: the running page header (line 449) and footnote 5 are not findings")
    func pageHeader() throws {
        let inspection = try york()
        let findings = try #require(SeedFacts.findings(inspection, standard: "2.4"))
        #expect(
            SeedFacts.paragraph(
                findings.narrative,
                startingWith: "Input from other agencies involved in managing the risk of harm was sufficient") != nil)
        let everything = inspection.findings.flatMap {
            $0.findings.narrative + $0.findings.strengths + $0.findings.areasForImprovement
        }
        #expect(!everything.contains { $0.text.contains("Inspection of probation services in York PDU") })
        #expect(!findings.narrative.contains { $0.text.contains("The rating for the standard is driven") })
    }

    @Test("feedback from people on probation: the '•' bullet (line 265) loses its marker")
    func feedbackSection() throws {
        let section = try #require(SeedFacts.section(try york(), heading: "Feedback from people on probation"))
        let all = section.findings.narrative + section.findings.strengths + section.findings.areasForImprovement
        #expect(
            SeedFacts.paragraph(all, startingWith: "The User Voice survey results reflect the casework findings") != nil
        )
        #expect(!all.contains { $0.text.hasPrefix("•") })
    }
}
