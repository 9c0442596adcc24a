import InspectionModel
import SourceAndOutput

/// A hand-made corpus: one fully described PDU inspection, one from a regional letter
/// with nothing optional, the letter itself, and diagnostics. Values are deliberately
/// awkward where that tests the writers (commas, quotes, a leading `-`).
enum Fixtures {
    static let derbyFile = "Content/reports/derby-city-2025.txt"
    static let letterFile = "Content/reports/east-midlands-regional-letter-2023.txt"

    static func at(_ line: Int, _ file: String = derbyFile) -> SourceLocation { SourceLocation(file: file, line: line) }

    static let derby = Inspection(
        pdu: Sourced("Derby City", at: at(5)),
        region: Sourced("East Midlands", at: at(7)),
        published: Sourced(CalendarDate(year: 2025, month: 5, day: 14), at: at(9)),
        fieldworkStarted: Sourced(CalendarDate(year: 2025, month: 2, day: 24), at: at(80)),
        framework: .y2023,
        score: Score(value: 7, max: 21, stated: true, source: at(80)),
        overallRating: Sourced(.requiresImprovement, at: at(80)),
        standards: [
            StandardRating(id: "1.1", name: "Leadership", rating: .good, source: at(81)),
            StandardRating(id: "2.1", name: "Assessment", rating: .inadequate, source: at(83)),
        ],
        keyQuestions: [
            KeyQuestion(
                standard: "2.1", question: "Does assessment focus sufficiently on engaging the person on probation?",
                percentYes: 59, source: at(200)),
            KeyQuestion(
                standard: "2.1", question: "Does assessment focus on keeping other people safe?",
                percentYes: 31, source: at(201)),
        ],
        recommendations: [
            Recommendation(
                number: 1, addressee: Addressee(name: "Derby City PDU", kind: .pdu),
                text:
                    "improve the quality of the work to assess and review risk of harm, ensuring that practitioners obtain \"all\" information",
                source: at(90)),
            Recommendation(
                number: 2, addressee: Addressee(name: "HM Prison and Probation Service", kind: .hmpps),
                text: "-=SUM(A1) provide effective management oversight", source: at(91)),
        ],
        casesInspected: CasesInspected(
            communityOrders: 18, releasesOnLicence: 16, practitionerInterviews: 31, source: at(150)),
        leadInspector: Sourced("Hannah Darby", at: at(22)),
        chiefInspector: Sourced("Martin Jones", at: at(60)),
        background: BackgroundFigures(
            caseload: BackgroundFigure(2310, place: Place(.pdu), at: at(100)), population: nil,
            provenReoffendingRate: BackgroundFigure(27.5, place: Place(.region, name: "East Midlands"), at: at(101))),
        previousInspection: PreviousInspection(
            date: CalendarDate(year: 2023, month: 3), rating: .requiresImprovement, source: at(40)),
        findings: [
            SectionFindings(
                standard: "1.1", heading: "Leadership",
                findings: Findings(
                    strengths: [Paragraph("The PDU was led by a strong team.", at: at(107))],
                    areasForImprovement: [Paragraph("Oversight was weak.", at: at(135))]),
                source: at(97))
        ],
        diversityAndInclusion: Findings(strengths: [Paragraph("Data on diversity was used well.", at: at(273))]),
        quotes: [Paragraph("Very useful, it keeps you switched on.", at: at(282))],
        progressOnPreviousRecommendations: [
            RecommendationProgress(
                recommendation: "improve risk assessment", actionTaken: "training delivered",
                categorisation: .some, improvementStillRequired: true, source: at(300))
        ],
        origin: .pduReport,
        source: at(3))

    static let leicester = Inspection(
        pdu: Sourced("Leicester", at: at(310, letterFile)),
        region: Sourced("East Midlands", at: at(3, letterFile)),
        published: Sourced(CalendarDate(year: 2023, month: 2, day: 7), at: at(5, letterFile)),
        framework: .y2021,
        score: Score(value: 12, max: 27, stated: false, source: at(310, letterFile)),
        overallRating: Sourced(.good, at: at(311, letterFile)),
        standards: [StandardRating(id: "2.1", name: "Court work", rating: .outstanding, source: at(315, letterFile))],
        origin: .regionalLetter,
        source: at(310, letterFile))

    static let eastMidlands = RegionalInspection(
        region: Sourced("East Midlands", at: at(3, letterFile)),
        date: Sourced(CalendarDate(year: 2023, month: 2, day: 7), at: at(5, letterFile)),
        signer: Sourced("Justin Russell", at: at(290, letterFile)),
        sections: [
            RegionalSection(
                heading: "Leadership",
                findings: Findings(
                    narrative: [Paragraph("The region has a plan.", at: at(20, letterFile))],
                    strengths: [Paragraph("Leaders are visible.", at: at(22, letterFile))],
                    areasForImprovement: [Paragraph("Workloads are too high.", at: at(25, letterFile))]),
                figures: [
                    Figure(
                        value: "18 per cent", sentence: "Vacancies stood at 18 per cent.", source: at(26, letterFile))
                ],
                source: at(19, letterFile))
        ],
        inspections: [leicester],
        source: at(1, letterFile))

    static let diagnostics = [
        Diagnostic(
            .warning, "score 7/21 disagrees with the ratings", at: SourceLocation(file: derbyFile, line: 67, column: 1)),
        Diagnostic(.error, "no ratings block", at: SourceLocation(file: letterFile, line: 300, column: 4)),
    ]

    static let corpus = Corpus(
        inspections: [derby, leicester], regions: [eastMidlands],
        diagnostics: diagnostics, documentCount: 2)
}
