import InspectionModel
import SourceAndOutput
import Testing

@testable import ReportParser

// Ground truth for Content/reports/east-midlands-regional-letter-2023.txt: the regional
// inspection letter on East Midlands, signed by Justin Russell, with annexes giving the
// recommendations (Annexe one, lines 249-295) and ratings (Annexe two, lines 297-369) of
// Derby City and of Leicester, Leicestershire, and Rutland under the 2021 framework. Every
// value below was read from that file by hand; line numbers are its 1-based lines.
//
// Garbling this file exercises:
// - the printed date "09 February 2022" (line 14) contradicts the content, which mentions
//   September 2022 (lines 106, 137, 225), December fieldwork during 2022 (162) and January
//   2023 (154, 203): the letter was published February 2023;
// - Annexe two prints Planning, Implementation and delivery and Reviewing as 2.2, 2.3, 2.4
//   (lines 313-315, 355-367); the 2021 framework numbers them 2.3, 2.4, 2.5;
// - the second PDU block (lines 317-369) has no PDU name and no score: it is Leicester,
//   Leicestershire, and Rutland, the second PDU of Annexe one, and its score is computed;
// - recommendation numbers restart for each PDU in Annexe one;
// - paragraphs split by page breaks and footnotes (56/58, 75/77, 91/95, 104/108, 129/131,
//   154/156, 187/189, 201/207, 225/227).

private let file = Seeds.eastMidlands
private let llr = "Leicester, Leicestershire, and Rutland"

private func letter(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> RegionalInspection {
    try #require(
        Seeds.corpus.regions.first { $0.source.file == file }, "no regional letter read from \(file)",
        sourceLocation: sourceLocation)
}

/// One heading of the letter's regional observations, with the counts and opening words
/// of its "Key strengths:" and "Key areas for improvement:" lists.
struct RegionalSectionFact: Sendable, CustomTestStringConvertible {
    let heading: String
    let line: Int
    /// Paragraphs of prose outside the two lists (the section's introduction).
    let narrative: Int
    let strengths: Int
    let firstStrength: String?
    let lastStrength: String?
    let areas: Int
    let firstArea: String?
    let lastArea: String?

    var testDescription: String {
        "\(heading) (line \(line)): \(narrative) paragraphs, \(strengths) strengths, \(areas) areas"
    }
}

private let sections: [RegionalSectionFact] = [
    RegionalSectionFact(
        heading: "Leadership", line: 52, narrative: 3,
        strengths: 4, firstStrength: "The region has a clear vision, appropriate priorities, and ambitious plans.",
        lastStrength: "The region does not have an overarching regional business continuity plan",
        areas: 6, firstArea: "The effectiveness of communication focused on change management",
        lastArea: "While a 'business planning milestone chart' is in use within the region"),
    RegionalSectionFact(
        heading: "Staff", line: 81, narrative: 2,
        strengths: 7, firstStrength: "Regional workforce planning is overseen by a resource planning committee",
        lastStrength: "There is a staff engagement strategy and a joint consultative committee in place",
        areas: 8, firstArea: "There is acknowledgement that staffing levels (18 per cent vacancies",
        lastArea: "Consideration is given to reasonable adjustments"),
    RegionalSectionFact(
        heading: "Services and interventions", line: 119, narrative: 2,
        strengths: 4, firstStrength: "The analysis of the profile of people on probation is underdeveloped",
        lastStrength: "The head of community intervention oversees all commissioning activity.",
        areas: 5,
        firstArea:
            "While there is evidence that need is evaluated to determine the suitability of commissioned services",
        lastArea: "Resettlement activity in the region has been impacted by resourcing issues"),
    RegionalSectionFact(
        heading: "Accredited programmes", line: 144, narrative: 0,
        strengths: 3, firstStrength: "The head of interventions oversees an effective and coordinated approach",
        lastStrength: "Staffing capacity is not a significant issue currently.",
        areas: 1, firstArea: "Structured intervention provision is still developing within the region",
        lastArea: "Structured intervention provision is still developing within the region"),
    RegionalSectionFact(
        heading: "Unpaid work", line: 158, narrative: 0,
        strengths: 3, firstStrength: "Although there are unpaid work backlogs",
        lastStrength: "There has been an increase in ETE hours completed across the region",
        areas: 3, firstArea: "Some deficits in practice were noted within our inspections of PDUs.",
        lastArea: "Feedback from people on probation identified difficulties in accessing work sites"),
    RegionalSectionFact(
        heading: "Information and facilities", line: 172, narrative: 1,
        strengths: 5, firstStrength: "There are numerous mechanisms across both the region and individual PDUs",
        lastStrength: "The region received a sufficient budget to invest in estates.",
        areas: 3, firstArea: "There is a strong performance culture in the region, but managers need to be clearer",
        lastArea: "The region's response to the Damien Bendall independent serious further offence (SFO) review"),
    RegionalSectionFact(
        heading: "Statutory victim work", line: 193, narrative: 1,
        strengths: 4,
        firstStrength: "Recommendations from inspections of the four previous organisations pre-unification",
        lastStrength: "There is effective information and communication exchange to support the safety of victims",
        areas: 5, firstArea: "Some concerns exist about the mid- to long-term impact on staffing levels",
        lastArea: "During our PDU inspections, the probation practitioners' consideration of victim needs"),
    RegionalSectionFact(
        heading: "Learning from Serious Further Offence investigations", line: 219, narrative: 4,
        strengths: 0, firstStrength: nil, lastStrength: nil, areas: 0, firstArea: nil, lastArea: nil),
    RegionalSectionFact(
        heading: "Summary", line: 231, narrative: 4,
        strengths: 0, firstStrength: nil, lastStrength: nil, areas: 0, firstArea: nil, lastArea: nil),
]

// The letter's two PDU inspections give ratings and recommendations only: no fieldwork
// date, key questions, cases, inspectors, background figures, findings or quotes of their
// own. The PDU, region and date are not printed on one line of their own (not checked).
extension ExpectedInspection {
    /// Derby City: Annexe one lines 253-270, Annexe two lines 303-315.
    static let derbyCityInTheLetter = ExpectedInspection(
        name: "Derby City in the East Midlands letter", file: Seeds.eastMidlands,
        pdu: LineFact("Derby City", line: nil),
        region: LineFact("East Midlands", line: nil),
        // Repaired from the printed "09 February 2022" (line 14).
        published: LineFact(CalendarDate(year: 2023, month: 2), line: nil),
        framework: .y2021, origin: .regionalLetter,
        score: ScoreFact(value: 11, max: 27, stated: true, line: 303),
        overallRating: LineFact(.requiresImprovement, line: 304),
        // Annexe two, first block (lines 303-315). Source line: the row where the rating is printed.
        // 2.3, 2.4 and 2.5 are printed 2.2, 2.3 and 2.4 (in both blocks).
        standards: SeedFacts.standards(
            SeedFacts.standards2021,
            [
                (.requiresImprovement, line: 306), (.good, line: 307), (.good, line: 308), (.good, line: 309),
                (.requiresImprovement, line: 311), (.inadequate, line: 312), (.requiresImprovement, line: 313),
                (.requiresImprovement, line: 314), (.requiresImprovement, line: 315),
            ]),
        recommendationCount: 8,
        // Annexe one, "Derby City PDU" (lines 253-270).
        recommendations: [
            RecommendationFact(
                number: 1, kind: .pdu, addressee: "Derby City",
                text:
                    "improve the quality of risk of harm assessments and analysis, ensuring that all available information is accessed and utilised",
                line: 257),
            RecommendationFact(
                number: 2, kind: .pdu, addressee: "Derby City",
                text:
                    "improve the quality assurance and management oversight arrangements of all casework, ensuring that practitioners apply professional curiosity",
                line: 258),
            RecommendationFact(
                number: 3, kind: .pdu, addressee: "Derby City",
                text:
                    "ensure that interventions necessary to improve desistance and reduce reoffending and risk of harm are provided in all cases",
                line: 259),
            RecommendationFact(
                number: 4, kind: .pdu, addressee: "Derby City",
                text:
                    "ensure appropriate management information is available to analyse and consider any potential disproportionality in the quality-of-service delivery to people on probation from black, Asian and minority ethnic backgrounds.",
                line: 260),
            RecommendationFact(
                number: 5, kind: .region, addressee: "East Midlands",
                text:
                    "ensure that standalone unpaid work cases have a thorough individual assessment and analysis of risk of harm that informs safe placement allocation",
                line: 264),
            RecommendationFact(
                number: 6, kind: .region, addressee: "East Midlands",
                text:
                    "ensure that standalone unpaid work teams exchange risk-related information with Derbyshire Constabulary and children's services departments",
                line: 265),
            RecommendationFact(
                number: 7, kind: .region, addressee: "East Midlands",
                text: "ensure that Derby City PDU has sufficient staffing resources in place.",
                line: 266),
            RecommendationFact(
                number: 8, kind: .hmpps, addressee: "Prison and Probation Service",
                text:
                    "ensure the East Midlands region is sufficiently staffed to deliver necessary services and undertake public protection responsibilities.",
                line: 270),
        ])

    /// Leicester, Leicestershire, and Rutland: Annexe one lines 272-295, Annexe two lines 317-369.
    static let leicesterInTheLetter = ExpectedInspection(
        name: "Leicester, Leicestershire, and Rutland in the East Midlands letter", file: Seeds.eastMidlands,
        pdu: LineFact(llr, line: nil),
        region: LineFact("East Midlands", line: nil),
        published: LineFact(CalendarDate(year: 2023, month: 2), line: nil),
        framework: .y2021, origin: .regionalLetter,
        // Computed: the block gives no score.
        score: ScoreFact(value: 2, max: 27, stated: false, line: nil),
        overallRating: LineFact(.inadequate, line: 317),
        // Annexe two, second block (lines 317-369), which has no name. Source line: the line
        // where the rating value is printed, after the standard's name.
        standards: SeedFacts.standards(
            SeedFacts.standards2021,
            [
                (.inadequate, line: 321), (.inadequate, line: 327), (.requiresImprovement, line: 333),
                (.requiresImprovement, line: 339), (.inadequate, line: 345), (.inadequate, line: 351),
                (.inadequate, line: 357), (.inadequate, line: 363), (.inadequate, line: 369),
            ]),
        recommendationCount: 13,
        // Annexe one, "Leicester, Leicestershire, and Rutland PDU" (lines 272-295); numbers restart at 1.
        recommendations: [
            RecommendationFact(
                number: 1, kind: .pdu, addressee: llr,
                text: "improve the quality of work to assess, plan for, manage, and review risk of harm",
                line: 276),
            RecommendationFact(
                number: 2, kind: .pdu, addressee: llr,
                text:
                    "improve the probation staffing levels in court, and the quality of court reports to inform sentencing",
                line: 277),
            RecommendationFact(
                number: 3, kind: .pdu, addressee: llr,
                text:
                    "ensure that risk-related information is obtained and shared with other agencies in all relevant cases, to support the assessment and management of risk of harm",
                line: 278),
            RecommendationFact(
                number: 4, kind: .pdu, addressee: llr,
                text:
                    "ensure that accredited programmes, targeted interventions, and other services necessary to improve desistance and reduce risk of harm are fully utilised",
                line: 279),
            RecommendationFact(
                number: 5, kind: .pdu, addressee: llr,
                text:
                    "address the poor staff morale, and ensure that adequate support is available for staff when required",
                line: 280),
            RecommendationFact(
                number: 6, kind: .pdu, addressee: llr,
                text:
                    "address the clear knowledge gap that currently exists, with some staff not understanding the key priorities of their role and what they need to deliver",
                line: 281),
            RecommendationFact(
                number: 7, kind: .pdu, addressee: llr,
                text:
                    "address the deficiencies in the effectiveness of quality assurance and management oversight of all casework",
                line: 282),
            RecommendationFact(
                number: 8, kind: .pdu, addressee: llr,
                text:
                    "ensure that there is a blended offer in place of face-to-face and in-person training, and that delivery of training is prioritised to enhance the skills or the workforce.",
                line: 284),
            RecommendationFact(
                number: 9, kind: .region, addressee: "East Midlands",
                text:
                    "ensure that priorities are communicated and understood clearly by probation practitioners and middle managers",
                line: 288),
            RecommendationFact(
                number: 10, kind: .region, addressee: "East Midlands",
                text:
                    "review standalone unpaid work sentence management arrangements, to address the deficiencies identified in assessments and ensure that these are accurate, thorough, and inform placement allocation",
                line: 289),
            RecommendationFact(
                number: 11, kind: .region, addressee: "East Midlands",
                text:
                    "revise the CRS contract for accommodation support services to better provide an effective service which meets the needs of people on probation.",
                line: 290),
            RecommendationFact(
                number: 12, kind: .hmpps, addressee: "Prison and Probation Service",
                text: "address the need for improved staff recruitment and retention",
                line: 294),
            RecommendationFact(
                number: 13, kind: .hmpps, addressee: "Prison and Probation Service",
                text:
                    "improve the support to sites assessed as 'red' under the prioritisation framework, in particular through additional resourcing.",
                line: 295),
        ])
}

@Suite("East Midlands regional letter (east-midlands-regional-letter-2023.txt)")
struct EastMidlandsLetterTests {

    // MARK: The letter

    @Test("region is 'East Midlands'")
    func region() throws {
        #expect(try letter().region.value == "East Midlands")
    }

    @Test("dated February 2023, repaired from the printed '09 February 2022' (line 14)")
    func date() throws {
        let date = try letter().date
        #expect(date.value.year == 2023)
        #expect(date.value.month == 2)
        #expect(date.source.line == 14)
    }

    @Test("signed by Justin Russell (line 245)")
    func signer() throws {
        let signer = try #require(try letter().signer)
        #expect(signer.value == "Justin Russell")
        #expect(signer.source.line == 245)
    }

    @Test("nine sections, in order")
    func sectionHeadings() throws {
        #expect(try letter().sections.map(\.heading) == sections.map(\.heading))
    }

    @Test("section source line (its heading)", arguments: sections)
    func sectionLine(_ fact: RegionalSectionFact) throws {
        let section = try #require(try letter().sections.first { $0.heading == fact.heading })
        #expect(section.source.file == file)
        #expect(section.source.line == fact.line)
    }

    @Test("narrative paragraphs outside the lists (page breaks rejoined)", arguments: sections)
    func sectionNarrative(_ fact: RegionalSectionFact) throws {
        let section = try #require(try letter().sections.first { $0.heading == fact.heading })
        #expect(section.findings.narrative.count == fact.narrative)
    }

    @Test("key strengths and key areas for improvement", arguments: sections)
    func sectionFindings(_ fact: RegionalSectionFact) throws {
        let section = try #require(try letter().sections.first { $0.heading == fact.heading })
        let findings = section.findings
        #expect(findings.strengths.count == fact.strengths)
        #expect(findings.areasForImprovement.count == fact.areas)
        SeedFacts.checkOpening(findings.strengths.first, fact.firstStrength, "first key strength")
        SeedFacts.checkOpening(findings.strengths.last, fact.lastStrength, "last key strength")
        SeedFacts.checkOpening(findings.areasForImprovement.first, fact.firstArea, "first key area for improvement")
        SeedFacts.checkOpening(findings.areasForImprovement.last, fact.lastArea, "last key area for improvement")
    }

    @Test("Leadership: the narrative paragraph split by the page break at 56/58 is one paragraph")
    func leadershipNarrative() throws {
        let section = try #require(try letter().sections.first { $0.heading == "Leadership" })
        let paragraph = try #require(
            SeedFacts.paragraph(
                section.findings.narrative,
                startingWith: "This progress is reflected within the vision to deliver 'world class services'"))
        #expect(
            paragraph.text.contains("While there are significant resource issues, there is a sense that core activity"))
        #expect(SeedFacts.paragraph(section.findings.narrative, startingWith: "significant resource issues") == nil)
        #expect(
            SeedFacts.paragraph(
                section.findings.narrative, startingWith: "The unification of probation services in June 2021") != nil)
    }

    @Test("Leadership: the area for improvement at line 75 continues after the page break at line 77")
    func leadershipPageBreak() throws {
        let section = try #require(try letter().sections.first { $0.heading == "Leadership" })
        let bullet = try #require(
            SeedFacts.paragraph(
                section.findings.areasForImprovement,
                startingWith: "While there is a strong performance culture in the region"))
        #expect(
            bullet.text.contains(
                "if a more robust analysis had been undertaken, to ensure a greater understanding of the symbiotic relationship"
            ))
        #expect(SeedFacts.paragraph(section.findings.areasForImprovement, startingWith: "undertaken, to ensure") == nil)
    }

    @Test("Staff: bullets split by footnotes 1 and 2 (lines 91/95 and 104/108) are rejoined; footnotes are dropped")
    func staffFootnotes() throws {
        let section = try #require(try letter().sections.first { $0.heading == "Staff" })
        let strength = try #require(
            SeedFacts.paragraph(
                section.findings.strengths,
                startingWith: "The region has a good understanding of the demographic composition"))
        #expect(strength.text.contains("with London and West Midlands being first and second, respectively."))
        let area = try #require(section.findings.areasForImprovement.first)
        #expect(
            area.text.contains(
                "because of the prioritisation framework, for example. The unease around the relationship between staffing levels and practice"
            ))
        let all = section.findings.narrative + section.findings.strengths + section.findings.areasForImprovement
        #expect(!all.contains { $0.text.contains("All Ministry of Justice (MoJ) employees") }, "footnote 1")
        #expect(!all.contains { $0.text.contains("Data taken from") }, "footnote 2")
        #expect(SeedFacts.paragraph(all, startingWith: "being first and second") == nil)
        #expect(SeedFacts.paragraph(all, startingWith: "example. The unease") == nil)
    }

    @Test("Services and interventions: the strength at line 129 continues at line 131")
    func servicesPageBreak() throws {
        let section = try #require(try letter().sections.first { $0.heading == "Services and interventions" })
        let bullet = try #require(
            SeedFacts.paragraph(
                section.findings.strengths,
                startingWith:
                    "We saw some evidence of efficacy in the way that the Regional Outcomes and Innovation Fund"))
        #expect(
            bullet.text.contains(
                "caused by a lack of capacity, so there is evidence that, overall, the ROIF is currently an underdeveloped resource."
            ))
    }

    @Test("Accredited programmes: the area at line 154 continues at line 156")
    func accreditedProgrammesPageBreak() throws {
        let section = try #require(try letter().sections.first { $0.heading == "Accredited programmes" })
        let bullet = try #require(section.findings.areasForImprovement.first)
        #expect(
            bullet.text.hasSuffix(
                "meaning that some people on probation may not be assessed as suitable. The region has raised this issue nationally."
            ))
    }

    @Test("Statutory victim work: the strength at line 201 continues after footnotes 3 and 4 at line 207")
    func victimWorkFootnotes() throws {
        let section = try #require(try letter().sections.first { $0.heading == "Statutory victim work" })
        let bullet = try #require(
            SeedFacts.paragraph(section.findings.strengths, startingWith: "Resourcing is positive within the region"))
        #expect(
            bullet.text.contains(
                "approach to supervision, which is held regularly, and VLOs share their expertise with other practitioners"
            ))
        let all = section.findings.narrative + section.findings.strengths + section.findings.areasForImprovement
        #expect(!all.contains { $0.text.contains("justiceinspectorates.gov.uk/hmiprobation/wp-content") }, "footnote 3")
        #expect(!all.contains { $0.text.contains("has developed a 'reflective' approach") }, "footnote 4")
        #expect(
            SeedFacts.paragraph(section.findings.narrative, startingWith: "We looked at 19 statutory victim cases")
                != nil)
    }

    @Test("Learning from SFO investigations: narrative only, the paragraph at 225 continues at 227")
    func sfoNarrative() throws {
        let section = try #require(
            try letter().sections.first { $0.heading == "Learning from Serious Further Offence investigations" })
        let paragraph = try #require(
            SeedFacts.paragraph(
                section.findings.narrative,
                startingWith: "In the 12 months to 27 September 2022, 16 SFO reviews were completed."))
        #expect(
            paragraph.text.contains(
                "analysing senior manager practice sufficiently, better to inform the assessment of practice and judgements made;"
            ))
        #expect(SeedFacts.paragraph(section.findings.narrative, startingWith: "better to inform") == nil)
    }

    @Test("Summary: four paragraphs, ending before the sign-off (lines 233-239)")
    func summary() throws {
        let regional = try letter()
        let section = try #require(regional.sections.first { $0.heading == "Summary" })
        #expect(section.findings.narrative.count == 4)
        #expect(
            section.findings.narrative.first.map {
                $0.text.hasPrefix("In our PDU inspections, we rated Derby City as 'Requires improvement'")
            } == true)
        #expect(
            section.findings.narrative.last.map {
                $0.text.hasPrefix("Our recommendations from the inspected PDUs are set out in Annexe one.")
            } == true)
        let everything = regional.sections.flatMap {
            $0.findings.narrative + $0.findings.strengths + $0.findings.areasForImprovement
        }
        #expect(
            !everything.contains { $0.text.contains("Yours sincerely") || $0.text.contains("handwritten signature") })
    }

    @Test("figures: 18 per cent vacancy rate (Staff), 16 SFO reviews, 10 of the 11 victims")
    func figures() throws {
        let regional = try letter()
        let staff = try #require(regional.sections.first { $0.heading == "Staff" })
        #expect(staff.figures.contains { $0.value.contains("18 per cent") && $0.sentence.contains("vacancy rate") })
        let sfo = try #require(
            regional.sections.first { $0.heading == "Learning from Serious Further Offence investigations" })
        #expect(sfo.figures.contains { $0.value.contains("16") && $0.sentence.contains("SFO reviews were completed") })
        let victims = try #require(regional.sections.first { $0.heading == "Statutory victim work" })
        #expect(victims.figures.contains { $0.value.contains("10 of the 11") })
    }

    @Test("two PDU inspections from the annexes: Derby City, then Leicester, Leicestershire, and Rutland")
    func annexInspections() throws {
        #expect(try letter().inspections.map(\.pdu.value) == ["Derby City", llr])
    }

    // MARK: The corpus of the five seeds

    @Suite("Corpus of the five seeds")
    struct CorpusFacts {
        @Test("five documents, six inspections, one region")
        func counts() {
            let corpus = Seeds.corpus
            #expect(corpus.documentCount == 5)
            #expect(corpus.inspections.count == 6)
            #expect(corpus.regions.count == 1)
        }

        @Test("inspections sorted by PDU name, then publication date")
        func order() {
            let inspections = Seeds.corpus.inspections
            #expect(
                inspections.map(\.pdu.value) == [
                    "Brighton and East Sussex", "Derby City", "Derby City", "Leeds", llr, "York",
                ])
            #expect(
                inspections.map(\.published.value) == [
                    CalendarDate(year: 2024, month: 2), CalendarDate(year: 2023, month: 2),
                    CalendarDate(year: 2025, month: 5), CalendarDate(year: 2024, month: 10),
                    CalendarDate(year: 2023, month: 2), CalendarDate(year: 2024, month: 12),
                ])
        }

        @Test("Derby City has two inspections: 2023-02 (letter, 2021 framework) and 2025-05 (report, 2023 framework)")
        func derbyCityTwice() throws {
            let derby = Seeds.corpus.inspections.filter { $0.pdu.value == "Derby City" }
            try #require(derby.count == 2)
            #expect(derby[0].published.value == CalendarDate(year: 2023, month: 2))
            #expect(derby[0].framework == .y2021)
            #expect(derby[0].origin == .regionalLetter)
            #expect(derby[0].source.file == Seeds.eastMidlands)
            #expect(derby[1].published.value == CalendarDate(year: 2025, month: 5))
            #expect(derby[1].framework == .y2023)
            #expect(derby[1].origin == .pduReport)
            #expect(derby[1].source.file == Seeds.derbyCity)
        }

        @Test("the inspections of the letter are in the corpus too")
        func letterInspectionsInCorpus() throws {
            let region = try #require(Seeds.corpus.regions.first)
            for inspection in region.inspections {
                #expect(Seeds.corpus.inspections.contains(inspection), "\(inspection.pdu.value)")
            }
        }

        @Test("a warning on the letter's date line (line 14: '09 February 2022' repaired)")
        func dateWarning() {
            #expect(
                Seeds.corpus.diagnostics.contains {
                    $0.severity == .warning && $0.location.file == Seeds.eastMidlands && $0.location.line == 14
                }, "\(Seeds.corpus.diagnostics.map(\.description))")
        }

        @Test("no error-severity diagnostics for the five seeds")
        func noErrors() {
            let errors = Seeds.corpus.diagnostics.filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(errors.map(\.description))")
        }

        @Test("diagnostics sorted by file, line and column")
        func diagnosticsSorted() {
            let locations = Seeds.corpus.diagnostics.map(\.location)
            #expect(locations == locations.sorted())
        }
    }
}
