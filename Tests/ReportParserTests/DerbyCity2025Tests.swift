import InspectionModel
import SourceAndOutput
import Testing

@testable import ReportParser

// Ground truth for Content/reports/derby-city-2025.txt: the PDU report on Derby City
// (East Midlands), published May 2025, 2023 framework. Every value below was read from
// that file by hand; line numbers are its 1-based lines.
//
// Garbling this file exercises:
// - line 67: the whole ratings table is flattened into one line and the ratings are
//   detached from their standards ("Good Requires improvement P 1.2 Staffing ..."). The
//   true rating of each standard is the one at the head of its section (lines 103, 155,
//   215, 295, 331, 361, 396), which agrees with the order of ratings on line 67.
// - bullets wrapped over several lines (each continuation line starts with a space);
// - bullets split by a page break (line 141-145) or a footnote (378-382);
// - bullet continuations that gained a spurious "- " marker at a page break
//   (lines 185, 202, 266, 382);
// - a bullet that lost its marker and starts with a space (line 147);
// - a "Progress on previous recommendations" row split over two table lines (420-421).

private func derby(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Inspection {
    try ExpectedInspection.derbyCity2025.inspection(sourceLocation: sourceLocation)
}

extension ExpectedInspection {
    static let derbyCity2025 = ExpectedInspection(
        name: "Derby City 2025", file: Seeds.derbyCity,
        // Line 5: "Derby City PDU".
        pdu: LineFact("Derby City", line: 5),
        // Line 7: "The Probation Service – East Midlands Region".
        region: LineFact("East Midlands", line: 7),
        published: LineFact(CalendarDate(year: 2025, month: 5), line: 9),
        // Background, line 83.
        fieldworkStarted: LineFact(CalendarDate(year: 2025, month: 2, day: 24), line: 83),
        framework: .y2023, origin: .pduReport,
        score: ScoreFact(value: 7, max: 21, stated: true, line: 67),
        overallRating: LineFact(.requiresImprovement, line: 67),
        // The ratings are detached from their standards on line 67.
        // Source line of every standard: the flattened ratings table, line 67, where all the
        // ratings are printed (the sections' own rating lines are 103, 155, 215, 295, 331, 361, 396).
        standards: SeedFacts.standards(
            SeedFacts.standards2023,
            [
                (.good, line: 67), (.requiresImprovement, line: 67), (.good, line: 67), (.inadequate, line: 67),
                (.requiresImprovement, line: 67), (.requiresImprovement, line: 67), (.inadequate, line: 67),
            ]),
        keyQuestions: SeedFacts.keyQuestions2023([
            (59, line: 300), (65, line: 301), (35, line: 302),  // 2.1
            (59, line: 336), (85, line: 337), (53, line: 338),  // 2.2
            (65, line: 366), (74, line: 367), (56, line: 368),  // 2.3
            (61, line: 401), (66, line: 402), (35, line: 403),  // 2.4
        ]),
        recommendationCount: 5,
        // All five are addressed to "Derby City PDU should:" (line 73), printed as "- 1. ...".
        recommendations: [
            RecommendationFact(
                number: 1, kind: .pdu, addressee: "Derby City",
                text:
                    "improve the quality of the work to assess and review risk of harm, ensuring that practitioners obtain and use all available information",
                line: 75),
            RecommendationFact(
                number: 2, kind: .pdu, addressee: "Derby City",
                text:
                    "provide effective management oversight to enhance and sustain the quality of the work with people on probation and keep people safe",
                line: 76),
            RecommendationFact(
                number: 3, kind: .pdu, addressee: "Derby City",
                text:
                    "conduct a learning analysis to understand the skills and knowledge of the practitioner group and implement a system to address any gaps",
                line: 77),
            RecommendationFact(
                number: 4, kind: .pdu, addressee: "Derby City",
                text:
                    "use management information to identify any gaps in service provision and any inequities in the quality of service delivery to people on probation from Black, Asian and minority ethnic backgrounds",
                line: 78),
            RecommendationFact(
                number: 5, kind: .pdu, addressee: "Derby City",
                text:
                    "improve the use of interventions and services for people on probation with protected characteristics.",
                line: 79),
        ],
        casesInspected: CasesFact(communityOrders: 18, releasesOnLicence: 16, practitionerInterviews: 31, line: 83),
        leadInspector: LineFact("Hannah Darby", line: 23),
        // Without "CBE"; printed over lines 59-63.
        chiefInspector: LineFact("Martin Jones", line: nil),
        // "Approximately 1,325".
        caseload: LineFact(1325, line: 87),
        population: LineFact(266_460, line: 85),
        provenReoffendingRate: LineFact(27.2, line: 85),
        previousInspection: PreviousInspectionFact(
            date: CalendarDate(year: 2023, month: 2), rating: .requiresImprovement,
            line: 93),
        // Lines 412-421, tested below.
        progressRows: 4,
        standardsWithFindings: SeedFacts.ids2023,
        findings: [
            // Lines 105-147. Line 147 (" Not enough progress ...") is a bullet that lost its marker;
            // the bullet at 141 continues over a page break at line 145.
            FindingsFact(
                place: .standard("1.1"),
                strengths: 10, firstStrength: "The PDU was led by a strong senior leadership team.",
                lastStrength: "The senior leadership team understood the key risks to service delivery",
                areas: 4, firstArea: "The strengths evidenced in the leadership approach across the PDU",
                lastArea: "Not enough progress had been made against previous inspection recommendations."),
            // Lines 157-207. Lines 185 and 202 are continuations with a spurious "- " marker.
            FindingsFact(
                place: .standard("1.2"),
                strengths: 10,
                firstStrength: "Since the last inspection, the PDU had recruited a deputy head of service.",
                lastStrength:
                    "People with lived experienced of the criminal justice system were routinely deployed in the PDU.",
                areas: 7,
                firstArea:
                    "At the time of the inspection announcement, the PDU had significant gaps in staffing at PSO and CA grade.",
                lastArea:
                    "While PLT was in place, practitioners were sometimes using this time to complete administrative tasks"
            ),
            // Lines 217-267 ("Areas for improvement" has no colon at line 253). Line 266 is a
            // continuation with a spurious "- " marker.
            FindingsFact(
                place: .standard("1.3"),
                strengths: 10, firstStrength: "Across all aspects of our case inspections, we saw a consistent focus",
                lastStrength: "The PDU had staff based in the Multi Agency Safeguarding Hub (MASH)",
                areas: 4,
                firstArea:
                    "Diversity factors and issues of disproportionality were not sufficiently addressed in the way that services were delivered.",
                lastArea: "While the Reconnect and OPD services were available"),
            // Lines 269-285.
            FindingsFact(
                place: .diversityAndInclusion,
                strengths: 7,
                firstStrength:
                    "The PDU had relevant data to understand the profile of people on probation and its workforce.",
                lastStrength: "The unpaid work service provided female-only placements",
                areas: 3, firstArea: "Apart from the English Football League, there were no other specialist services",
                lastArea: "The gender balance of the workforce was disproportionate"),
        ],
        // No quotes from people on probation: the report has no feedback section.
        quotes: [], quoteLines: [])
}

/// What only this seed shows; `SeedInspectionTests` checks `ExpectedInspection.derbyCity2025`.
@Suite("Derby City 2025 (derby-city-2025.txt)")
struct DerbyCity2025Tests {

    // MARK: Findings

    @Test("findings of standard 1.1 start at its heading 'P 1.1. Leadership' (line 97)")
    func findingsSource() throws {
        let section = try #require(try derby().findings.first { $0.standard == "1.1" })
        #expect(section.source.line == 97)
    }

    @Test("1.1: a bullet wrapped over lines 114-120 is rejoined exactly")
    func wrappedBullet() throws {
        let findings = try #require(SeedFacts.findings(try derby(), standard: "1.1"))
        let bullet = try #require(
            SeedFacts.paragraph(findings.strengths, startingWith: "Leaders paid appropriate attention"))
        #expect(
            bullet.text
                == "Leaders paid appropriate attention to staff wellbeing. Mental health allies were available for informal peer support, and supervision routinely included discussions about personal wellbeing. Both practitioners and SPOs had access to reflective practice sessions, which were run by the Offender Personality Disorder (OPD) clinical lead. A service was also available to support staff who had experienced trauma. Twelve out of 19 respondents to the staff survey indicated that sufficient attention was paid to their wellbeing always, or most of the time."
        )
        #expect(bullet.source.line == 114)
    }

    @Test("1.1: the area for improvement at line 141 continues across the page break at line 145")
    func pageBreakContinuation() throws {
        let findings = try #require(SeedFacts.findings(try derby(), standard: "1.1"))
        let bullet = try #require(
            SeedFacts.paragraph(
                findings.areasForImprovement, startingWith: "While the PDU had access to needs analysis data"))
        #expect(
            bullet.text.contains(
                "was in the early stages of development. Services for Black, Asian and minority ethnic people on probation were limited."
            ))
        #expect(bullet.text.hasSuffix("to meet the needs of this group of people."))
    }

    @Test("1.2: '- focused on Spousal Assault...' (line 185) continues the strength at line 183")
    func spuriousMarkerInStrengths() throws {
        let findings = try #require(SeedFacts.findings(try derby(), standard: "1.2"))
        let bullet = try #require(
            SeedFacts.paragraph(
                findings.strengths, startingWith: "The PDU had increased its focus on the quality of risk assessment"))
        #expect(
            bullet.text.contains(
                "For example, they focused on Spousal Assault Risk Assessment (SARA), as QR indicated that only 10 per cent of SARAs were being completed in full."
            ))
        #expect(bullet.source.line == 183)
        #expect(!findings.strengths.contains { $0.text.hasPrefix("focused on Spousal") })
    }

    @Test("1.2: '- ineffective or absent in 62 per cent...' (line 202) continues the area at line 200")
    func spuriousMarkerInAreas() throws {
        let findings = try #require(SeedFacts.findings(try derby(), standard: "1.2"))
        let bullet = try #require(
            SeedFacts.paragraph(
                findings.areasForImprovement, startingWith: "In response to a high-profile serious further offence"))
        #expect(
            bullet.text.contains(
                "where management oversight was insufficient, ineffective or absent in 62 per cent of the cases."))
        #expect(!findings.areasForImprovement.contains { $0.text.hasPrefix("ineffective or absent") })
    }

    @Test("1.3: '- compared with the drug and alcohol needs...' (line 266) continues the area at line 264")
    func spuriousMarkerInServices() throws {
        let findings = try #require(SeedFacts.findings(try derby(), standard: "1.3"))
        let bullet = try #require(
            SeedFacts.paragraph(
                findings.areasForImprovement, startingWith: "Mental Health Treatment Requirements (MHTRs)"))
        #expect(
            bullet.text.contains(
                "Active ATR and DRR figures were low compared with the drug and alcohol needs of the caseload."))
        #expect(!findings.areasForImprovement.contains { $0.text.hasPrefix("compared with") })
    }

    @Test("2.3: the bullet at line 378 continues after footnote 3 at line 382 ('- delivered by the PDU')")
    func footnoteSplitBullet() throws {
        let findings = try #require(SeedFacts.findings(try derby(), standard: "2.3"))
        let bullet = try #require(
            SeedFacts.paragraph(
                findings.narrative, startingWith: "PDU leaders had focused on collaborative partnership working"))
        #expect(
            bullet.text.contains(
                "In addition to the one-to-one and group work interventions delivered by the PDU, we saw 13 interventions delivered by CRS"
            ))
        #expect(!findings.narrative.contains { $0.text.hasPrefix("delivered by the PDU") })
        #expect(
            !findings.narrative.contains { $0.text.contains("The rating for the standard is driven") },
            "footnote 3 is not a finding")
    }

    @Test("2.1: the case-work bullets are narrative, including the paragraph after footnote 1 (lines 316-323)")
    func caseWorkNarrative() throws {
        let findings = try #require(SeedFacts.findings(try derby(), standard: "2.1"))
        #expect(
            SeedFacts.paragraph(
                findings.narrative,
                startingWith: "Practitioners were not always paying sufficient attention to the diverse needs") != nil)
        #expect(
            findings.narrative.contains {
                $0.text.contains(
                    "In too many cases, the assessment focused mainly on the risks and victims associated with the index offence."
                )
            })
        #expect(
            !findings.narrative.contains { $0.text.contains("The rating for the standard is driven") },
            "footnote 1 is not a finding")
    }

    // MARK: Progress on previous recommendations (lines 412-421)

    @Test("four rows; the header rows (414-415) are not rows; the row split over 420-421 is one row")
    func progressRows() throws {
        let rows = try derby().progressOnPreviousRecommendations
        #expect(rows.count == 4)
        #expect(rows.map(\.source.line) == [416, 417, 419, 420])
    }

    @Test("categorisation and improvement still required of every row")
    func progressCategorisation() throws {
        let rows = try derby().progressOnPreviousRecommendations
        typealias C = RecommendationProgress.Categorisation
        // Spelt out: a bare `.none` would be Optional.none.
        let expected: [C?] = [C.none, C.none, C.some, C.some]
        #expect(rows.map(\.categorisation) == expected)
        #expect(rows.map(\.improvementStillRequired) == [true, true, true, true])
    }

    @Test("row recommendations as printed")
    func progressRecommendations() throws {
        let rows = try derby().progressOnPreviousRecommendations
        try #require(rows.count == 4)
        #expect(
            rows[0].recommendation
                == "Improve the quality of risk of harm assessments and analysis, ensuring all available information is accessed and utilised"
        )
        #expect(
            rows[1].recommendation
                == "Improve the quality assurance and management oversight arrangements of all casework, ensuring practitioners apply professional curiosity"
        )
        #expect(
            rows[2].recommendation
                == "Ensure that interventions necessary to improve desistance and reduce reoffending and risk of harm are provided in all case"
        )
        #expect(
            rows[3].recommendation
                == "Ensure appropriate management information is available to analyse and consider any potential disproportionality in the quality-of-service delivery to people on probation from black, Asian and minority ethnic backgrounds."
        )
    }

    @Test("row actions taken; the split row joins both of its lines")
    func progressActions() throws {
        let rows = try derby().progressOnPreviousRecommendations
        try #require(rows.count == 4)
        #expect(
            rows[0].actionTaken.hasPrefix(
                "Quality assurance activity had been conducted on cases through Quality Reset (QR) activity."))
        #expect(
            rows[0].actionTaken.hasSuffix(
                "the quality of work to keep people safe in assessment remained insufficient."))
        #expect(rows[1].actionTaken.hasPrefix("All established SPOs had attended SEEDS2 for managers."))
        #expect(rows[2].actionTaken.hasPrefix("The PDU had seen significant improvements in its CRS referrals rates."))
        #expect(rows[3].actionTaken.hasPrefix("The PDU had access to needs analysis data for people on probation."))
        #expect(
            rows[3].actionTaken.contains(
                "was at an early stage. Services and pathways for Black, Asian and minority ethnic people on probation were limited."
            ))
        #expect(rows[3].actionTaken.hasSuffix("However, referrals to the service were minimal."))
    }
}
