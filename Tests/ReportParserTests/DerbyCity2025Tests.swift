import Testing
import InspectionModel
@testable import ReportParser
import SourceAndOutput

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

private let file = Seeds.derbyCity

private func derby(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Inspection {
    try #require(Seeds.inspection("Derby City", in: file), "no Derby City inspection read from \(file)",
                 sourceLocation: sourceLocation)
}

/// Source line of every standard: the flattened ratings table, line 67, where all the
/// ratings are printed (the sections' own rating lines are 103, 155, 215, 295, 331, 361, 396).
private let standards: [StandardFact] = [
    StandardFact(id: "1.1", name: "Leadership", rating: .good, line: 67),
    StandardFact(id: "1.2", name: "Staffing", rating: .requiresImprovement, line: 67),
    StandardFact(id: "1.3", name: "Services", rating: .good, line: 67),
    StandardFact(id: "2.1", name: "Assessment", rating: .inadequate, line: 67),
    StandardFact(id: "2.2", name: "Planning", rating: .requiresImprovement, line: 67),
    StandardFact(id: "2.3", name: "Implementation and delivery", rating: .requiresImprovement, line: 67),
    StandardFact(id: "2.4", name: "Reviewing", rating: .inadequate, line: 67),
]

private let keyQuestions: [KeyQuestionFact] = [
    KeyQuestionFact(standard: "2.1", question: "Does assessment focus sufficiently on engaging the person on probation?", percent: 59, line: 300),
    KeyQuestionFact(standard: "2.1", question: "Does assessment focus sufficiently on the factors linked to offending and desistance?", percent: 65, line: 301),
    KeyQuestionFact(standard: "2.1", question: "Does assessment focus sufficiently on keeping other people safe?", percent: 35, line: 302),
    KeyQuestionFact(standard: "2.2", question: "Does planning focus sufficiently on engaging the person on probation?", percent: 59, line: 336),
    KeyQuestionFact(standard: "2.2", question: "Does planning focus sufficiently on reducing reoffending and supporting desistance?", percent: 85, line: 337),
    KeyQuestionFact(standard: "2.2", question: "Does planning focus sufficiently on keeping other people safe?", percent: 53, line: 338),
    KeyQuestionFact(standard: "2.3", question: "Is the sentence or post-custody period implemented effectively with a focus on engaging the person on probation?", percent: 65, line: 366),
    KeyQuestionFact(standard: "2.3", question: "Does the implementation and delivery of services effectively support desistance?", percent: 74, line: 367),
    KeyQuestionFact(standard: "2.3", question: "Does the implementation and delivery of services effectively support the safety of other people?", percent: 56, line: 368),
    KeyQuestionFact(standard: "2.4", question: "Does reviewing focus sufficiently on supporting the compliance and engagement of the person on probation?", percent: 61, line: 401),
    KeyQuestionFact(standard: "2.4", question: "Does reviewing focus sufficiently on supporting desistance?", percent: 66, line: 402),
    KeyQuestionFact(standard: "2.4", question: "Does reviewing focus sufficiently on keeping other people safe?", percent: 35, line: 403),
]

/// All five are addressed to "Derby City PDU should:" (line 73), printed as "- 1. ...".
private let recommendations: [RecommendationFact] = [
    RecommendationFact(number: 1, kind: .pdu, addressee: "Derby City",
                       text: "improve the quality of the work to assess and review risk of harm, ensuring that practitioners obtain and use all available information",
                       line: 75),
    RecommendationFact(number: 2, kind: .pdu, addressee: "Derby City",
                       text: "provide effective management oversight to enhance and sustain the quality of the work with people on probation and keep people safe",
                       line: 76),
    RecommendationFact(number: 3, kind: .pdu, addressee: "Derby City",
                       text: "conduct a learning analysis to understand the skills and knowledge of the practitioner group and implement a system to address any gaps",
                       line: 77),
    RecommendationFact(number: 4, kind: .pdu, addressee: "Derby City",
                       text: "use management information to identify any gaps in service provision and any inequities in the quality of service delivery to people on probation from Black, Asian and minority ethnic backgrounds",
                       line: 78),
    RecommendationFact(number: 5, kind: .pdu, addressee: "Derby City",
                       text: "improve the use of interventions and services for people on probation with protected characteristics.",
                       line: 79),
]

private let findings: [FindingsFact] = [
    // Lines 105-147. Line 147 (" Not enough progress ...") is a bullet that lost its marker;
    // the bullet at 141 continues over a page break at line 145.
    FindingsFact(place: .standard("1.1"),
                 strengths: 10, firstStrength: "The PDU was led by a strong senior leadership team.",
                 lastStrength: "The senior leadership team understood the key risks to service delivery",
                 areas: 4, firstArea: "The strengths evidenced in the leadership approach across the PDU",
                 lastArea: "Not enough progress had been made against previous inspection recommendations."),
    // Lines 157-207. Lines 185 and 202 are continuations with a spurious "- " marker.
    FindingsFact(place: .standard("1.2"),
                 strengths: 10, firstStrength: "Since the last inspection, the PDU had recruited a deputy head of service.",
                 lastStrength: "People with lived experienced of the criminal justice system were routinely deployed in the PDU.",
                 areas: 7, firstArea: "At the time of the inspection announcement, the PDU had significant gaps in staffing at PSO and CA grade.",
                 lastArea: "While PLT was in place, practitioners were sometimes using this time to complete administrative tasks"),
    // Lines 217-267 ("Areas for improvement" has no colon at line 253). Line 266 is a
    // continuation with a spurious "- " marker.
    FindingsFact(place: .standard("1.3"),
                 strengths: 10, firstStrength: "Across all aspects of our case inspections, we saw a consistent focus",
                 lastStrength: "The PDU had staff based in the Multi Agency Safeguarding Hub (MASH)",
                 areas: 4, firstArea: "Diversity factors and issues of disproportionality were not sufficiently addressed in the way that services were delivered.",
                 lastArea: "While the Reconnect and OPD services were available"),
    // Lines 269-285.
    FindingsFact(place: .diversityAndInclusion,
                 strengths: 7, firstStrength: "The PDU had relevant data to understand the profile of people on probation and its workforce.",
                 lastStrength: "The unpaid work service provided female-only placements",
                 areas: 3, firstArea: "Apart from the English Football League, there were no other specialist services",
                 lastArea: "The gender balance of the workforce was disproportionate"),
]

@Suite("Derby City 2025 (derby-city-2025.txt)")
struct DerbyCity2025Tests {

    // MARK: Identity

    @Test("PDU name is 'Derby City' (line 5, 'Derby City PDU')")
    func pduName() throws {
        let inspection = try derby()
        #expect(inspection.pdu.value == "Derby City")
        #expect(inspection.pdu.source.line == 5)
    }

    @Test("region is 'East Midlands' (line 7, 'The Probation Service – East Midlands Region')")
    func region() throws {
        let inspection = try derby()
        #expect(inspection.region.value == "East Midlands")
        #expect(inspection.region.source.line == 7)
    }

    @Test("published May 2025 (line 9)")
    func published() throws {
        let inspection = try derby()
        #expect(inspection.published.value == CalendarDate(year: 2025, month: 5))
        #expect(inspection.published.source.line == 9)
    }

    @Test("fieldwork started 24 February 2025 (Background, line 83)")
    func fieldworkStarted() throws {
        let started = try #require(try derby().fieldworkStarted)
        #expect(started.value == CalendarDate(year: 2025, month: 2, day: 24))
        #expect(started.source.line == 83)
    }

    @Test("a PDU report under the 2023 framework")
    func frameworkAndOrigin() throws {
        let inspection = try derby()
        #expect(inspection.framework == .y2023)
        #expect(inspection.origin == .pduReport)
        #expect(inspection.source.file == file)
    }

    // MARK: Ratings

    @Test("score 7/21, stated on line 67")
    func score() throws {
        let score = try derby().score
        #expect(score.value == 7)
        #expect(score.max == 21)
        #expect(score.stated)
        #expect(score.source.line == 67)
    }

    @Test("overall rating Requires improvement (line 67)")
    func overallRating() throws {
        let overall = try derby().overallRating
        #expect(overall.value == .requiresImprovement)
        #expect(overall.source.line == 67)
    }

    @Test("seven standards in framework order")
    func standardOrder() throws {
        #expect(try derby().standards.map(\.id) == SeedFacts.ids2023)
    }

    @Test("standard name and rating (ratings detached from standards on line 67)", arguments: standards)
    func standard(_ fact: StandardFact) throws {
        try SeedFacts.checkStandard(try derby(), fact)
    }

    @Test("standard source line", arguments: standards)
    func standardLine(_ fact: StandardFact) throws {
        try SeedFacts.checkStandardLine(try derby(), fact, file: file)
    }

    // MARK: Key questions

    @Test("twelve key questions, three per case-work standard, in report order")
    func keyQuestionCount() throws {
        let inspection = try derby()
        #expect(inspection.keyQuestions.count == 12)
        for id in ["2.1", "2.2", "2.3", "2.4"] {
            #expect(inspection.keyQuestions(ofStandard: id).map(\.question)
                    == keyQuestions.filter { $0.standard == id }.map(\.question), "key questions of \(id)")
        }
    }

    @Test("key question percentage", arguments: keyQuestions)
    func keyQuestion(_ fact: KeyQuestionFact) throws {
        try SeedFacts.checkKeyQuestion(try derby(), fact)
    }

    @Test("key question source line (its table row)", arguments: keyQuestions)
    func keyQuestionLine(_ fact: KeyQuestionFact) throws {
        try SeedFacts.checkKeyQuestionLine(try derby(), fact, file: file)
    }

    // MARK: Recommendations

    @Test("five recommendations numbered 1-5")
    func recommendationNumbers() throws {
        #expect(try derby().recommendations.map(\.number) == [1, 2, 3, 4, 5])
    }

    @Test("recommendation addressee and text", arguments: recommendations)
    func recommendation(_ fact: RecommendationFact) throws {
        try SeedFacts.checkRecommendation(try derby(), fact)
    }

    @Test("recommendation source line", arguments: recommendations)
    func recommendationLine(_ fact: RecommendationFact) throws {
        try SeedFacts.checkRecommendationLine(try derby(), fact, file: file)
    }

    // MARK: Background

    @Test("cases inspected: 18 community orders, 16 releases on licence, 31 interviews (line 83)")
    func casesInspected() throws {
        let cases = try #require(try derby().casesInspected)
        #expect(cases.communityOrders == 18)
        #expect(cases.releasesOnLicence == 16)
        #expect(cases.practitionerInterviews == 31)
        #expect(cases.source.line == 83)
    }

    @Test("lead inspector Hannah Darby (line 23)")
    func leadInspector() throws {
        let lead = try #require(try derby().leadInspector)
        #expect(lead.value == "Hannah Darby")
        #expect(lead.source.line == 23)
    }

    @Test("chief inspector Martin Jones, without 'CBE' (lines 59-63)")
    func chiefInspector() throws {
        let chief = try #require(try derby().chiefInspector)
        #expect(chief.value == "Martin Jones")
    }

    @Test("caseload approximately 1,325 (line 87)")
    func caseload() throws {
        let caseload = try #require(try derby().background.caseload)
        #expect(caseload.value == 1325)
        #expect(caseload.source.line == 87)
    }

    @Test("population 266,460 (line 85)")
    func population() throws {
        let population = try #require(try derby().background.population)
        #expect(population.value == 266_460)
        #expect(population.source.line == 85)
    }

    @Test("proven reoffending rate 27.2 per cent (line 85)")
    func reoffendingRate() throws {
        let rate = try #require(try derby().background.provenReoffendingRate)
        #expect(rate.value == 27.2)
        #expect(rate.source.line == 85)
    }

    @Test("previously inspected February 2023, rated Requires improvement (line 93)")
    func previousInspection() throws {
        let previous = try #require(try derby().previousInspection)
        #expect(previous.date == CalendarDate(year: 2023, month: 2))
        #expect(previous.rating == .requiresImprovement)
        #expect(previous.source.line == 93)
    }

    // MARK: Findings

    @Test("findings of the seven standards, in report order")
    func findingsOrder() throws {
        #expect(try derby().findings.compactMap(\.standard) == SeedFacts.ids2023)
    }

    @Test("findings of standard 1.1 start at its heading 'P 1.1. Leadership' (line 97)")
    func findingsSource() throws {
        let section = try #require(try derby().findings.first { $0.standard == "1.1" })
        #expect(section.source.line == 97)
    }

    @Test("strengths and areas for improvement", arguments: findings)
    func findingsCounts(_ fact: FindingsFact) throws {
        try SeedFacts.checkFindings(try derby(), fact)
    }

    @Test("1.1: a bullet wrapped over lines 114-120 is rejoined exactly")
    func wrappedBullet() throws {
        let findings = try #require(SeedFacts.findings(try derby(), standard: "1.1"))
        let bullet = try #require(SeedFacts.paragraph(findings.strengths, startingWith: "Leaders paid appropriate attention"))
        #expect(bullet.text == "Leaders paid appropriate attention to staff wellbeing. Mental health allies were available for informal peer support, and supervision routinely included discussions about personal wellbeing. Both practitioners and SPOs had access to reflective practice sessions, which were run by the Offender Personality Disorder (OPD) clinical lead. A service was also available to support staff who had experienced trauma. Twelve out of 19 respondents to the staff survey indicated that sufficient attention was paid to their wellbeing always, or most of the time.")
        #expect(bullet.source.line == 114)
    }

    @Test("1.1: the area for improvement at line 141 continues across the page break at line 145")
    func pageBreakContinuation() throws {
        let findings = try #require(SeedFacts.findings(try derby(), standard: "1.1"))
        let bullet = try #require(SeedFacts.paragraph(findings.areasForImprovement, startingWith: "While the PDU had access to needs analysis data"))
        #expect(bullet.text.contains("was in the early stages of development. Services for Black, Asian and minority ethnic people on probation were limited."))
        #expect(bullet.text.hasSuffix("to meet the needs of this group of people."))
    }

    @Test("1.2: '- focused on Spousal Assault...' (line 185) continues the strength at line 183")
    func spuriousMarkerInStrengths() throws {
        let findings = try #require(SeedFacts.findings(try derby(), standard: "1.2"))
        let bullet = try #require(SeedFacts.paragraph(findings.strengths, startingWith: "The PDU had increased its focus on the quality of risk assessment"))
        #expect(bullet.text.contains("For example, they focused on Spousal Assault Risk Assessment (SARA), as QR indicated that only 10 per cent of SARAs were being completed in full."))
        #expect(bullet.source.line == 183)
        #expect(!findings.strengths.contains { $0.text.hasPrefix("focused on Spousal") })
    }

    @Test("1.2: '- ineffective or absent in 62 per cent...' (line 202) continues the area at line 200")
    func spuriousMarkerInAreas() throws {
        let findings = try #require(SeedFacts.findings(try derby(), standard: "1.2"))
        let bullet = try #require(SeedFacts.paragraph(findings.areasForImprovement, startingWith: "In response to a high-profile serious further offence"))
        #expect(bullet.text.contains("where management oversight was insufficient, ineffective or absent in 62 per cent of the cases."))
        #expect(!findings.areasForImprovement.contains { $0.text.hasPrefix("ineffective or absent") })
    }

    @Test("1.3: '- compared with the drug and alcohol needs...' (line 266) continues the area at line 264")
    func spuriousMarkerInServices() throws {
        let findings = try #require(SeedFacts.findings(try derby(), standard: "1.3"))
        let bullet = try #require(SeedFacts.paragraph(findings.areasForImprovement, startingWith: "Mental Health Treatment Requirements (MHTRs)"))
        #expect(bullet.text.contains("Active ATR and DRR figures were low compared with the drug and alcohol needs of the caseload."))
        #expect(!findings.areasForImprovement.contains { $0.text.hasPrefix("compared with") })
    }

    @Test("2.3: the bullet at line 378 continues after footnote 3 at line 382 ('- delivered by the PDU')")
    func footnoteSplitBullet() throws {
        let findings = try #require(SeedFacts.findings(try derby(), standard: "2.3"))
        let bullet = try #require(SeedFacts.paragraph(findings.narrative, startingWith: "PDU leaders had focused on collaborative partnership working"))
        #expect(bullet.text.contains("In addition to the one-to-one and group work interventions delivered by the PDU, we saw 13 interventions delivered by CRS"))
        #expect(!findings.narrative.contains { $0.text.hasPrefix("delivered by the PDU") })
        #expect(!findings.narrative.contains { $0.text.contains("The rating for the standard is driven") },
                "footnote 3 is not a finding")
    }

    @Test("2.1: the case-work bullets are narrative, including the paragraph after footnote 1 (lines 316-323)")
    func caseWorkNarrative() throws {
        let findings = try #require(SeedFacts.findings(try derby(), standard: "2.1"))
        #expect(SeedFacts.paragraph(findings.narrative, startingWith: "Practitioners were not always paying sufficient attention to the diverse needs") != nil)
        #expect(findings.narrative.contains { $0.text.contains("In too many cases, the assessment focused mainly on the risks and victims associated with the index offence.") })
        #expect(!findings.narrative.contains { $0.text.contains("The rating for the standard is driven") },
                "footnote 1 is not a finding")
    }

    @Test("no quotes from people on probation (the report has no feedback section)")
    func quotes() throws {
        #expect(try derby().quotes.isEmpty)
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
        #expect(rows[0].recommendation == "Improve the quality of risk of harm assessments and analysis, ensuring all available information is accessed and utilised")
        #expect(rows[1].recommendation == "Improve the quality assurance and management oversight arrangements of all casework, ensuring practitioners apply professional curiosity")
        #expect(rows[2].recommendation == "Ensure that interventions necessary to improve desistance and reduce reoffending and risk of harm are provided in all case")
        #expect(rows[3].recommendation == "Ensure appropriate management information is available to analyse and consider any potential disproportionality in the quality-of-service delivery to people on probation from black, Asian and minority ethnic backgrounds.")
    }

    @Test("row actions taken; the split row joins both of its lines")
    func progressActions() throws {
        let rows = try derby().progressOnPreviousRecommendations
        try #require(rows.count == 4)
        #expect(rows[0].actionTaken.hasPrefix("Quality assurance activity had been conducted on cases through Quality Reset (QR) activity."))
        #expect(rows[0].actionTaken.hasSuffix("the quality of work to keep people safe in assessment remained insufficient."))
        #expect(rows[1].actionTaken.hasPrefix("All established SPOs had attended SEEDS2 for managers."))
        #expect(rows[2].actionTaken.hasPrefix("The PDU had seen significant improvements in its CRS referrals rates."))
        #expect(rows[3].actionTaken.hasPrefix("The PDU had access to needs analysis data for people on probation."))
        #expect(rows[3].actionTaken.contains("was at an early stage. Services and pathways for Black, Asian and minority ethnic people on probation were limited."))
        #expect(rows[3].actionTaken.hasSuffix("However, referrals to the service were minimal."))
    }
}
