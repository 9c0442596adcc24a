import InspectionModel
import MarkdownPages

/// Everything one inspection says, as a PDU page shows it (the `inspection` partial).
public struct InspectionView: Sendable, Encodable {
    /// `Inspection published May 2025`.
    public var heading: String
    /// The footnote reference when the heading's date was corrected, else empty.
    public var headingMark: String
    /// `PDU inspection report` or `Regional inspection letter`.
    public var kind: String
    /// The source text as a whole.
    public var document: Link
    /// `2023 framework: 7 standards, scored out of 21`.
    public var framework: String
    public var overallRating: SourcedValue
    /// `7 out of 21`.
    public var score: SourcedValue
    /// Why the score was computed, when the report states none.
    public var scoreNote: String?
    /// The score as a share of the maximum: `33.3%`.
    public var share: String
    public var published: SourcedValue
    public var fieldworkStarted: SourcedValue?
    public var leadInspector: SourcedValue?
    public var chiefInspector: SourcedValue?
    public var previousInspection: SourcedValue?
    public var standards: [StandardRow]
    public var keyQuestions: [KeyQuestionGroup]
    public var hasKeyQuestions: Bool
    public var keyQuestionChart: Image?
    public var recommendations: [RecommendationGroup]
    public var hasRecommendations: Bool
    public var findings: [FindingsSection]
    public var hasFindings: Bool
    public var background: [Figure]
    public var hasBackground: Bool
    public var quotes: [String]
    public var hasQuotes: Bool
    public var progress: [ProgressRow]
    public var hasProgress: Bool

    /// One standard's row in the ratings table.
    public struct StandardRow: Sendable, Encodable {
        public var id: String
        public var name: String
        public var rating: SourcedValue
    }

    /// The key questions of one standard.
    public struct KeyQuestionGroup: Sendable, Encodable {
        /// `2.1 Assessment`.
        public var standard: String
        /// The standard's rating, in words.
        public var rating: String
        public var questions: [KeyQuestionRow]
    }

    /// One key question: the share of cases answered yes, and the rating band it falls in.
    public struct KeyQuestionRow: Sendable, Encodable {
        public var question: String
        public var percent: SourcedValue
        public var band: String
        /// The lowest in its standard: the one that drives the standard's rating.
        public var isLowest: Bool
    }

    /// One section of findings: a standard's, or diversity and inclusion.
    public struct FindingsSection: Sendable, Encodable {
        /// `1.1 Leadership`.
        public var heading: String
        /// The standard's rating, when the section is a standard's.
        public var rating: String?
        public var findings: FindingsView
    }

    /// A background figure: `Caseload` → `1,325`, and the place it is about as the text
    /// says (`KSS: the Kent, Surrey and Sussex region as a whole, not the PDU`).
    public struct Figure: Sendable, Encodable {
        public var label: String
        public var value: SourcedValue
        public var place: String
    }

    /// Progress on one recommendation of the previous inspection.
    public struct ProgressRow: Sendable, Encodable {
        public var recommendation: String
        public var actionTaken: String
        /// `Sufficient progress`, or `Not stated`.
        public var categorisation: SourcedValue
        /// `Yes`, `No`, or `Not stated`.
        public var improvementStillRequired: String
    }
}

extension InspectionView {
    /// The view of `inspection`, with links relative to the page `linker` is for.
    public init(_ inspection: Inspection, linker: Linker) {
        let framework = inspection.framework
        heading = Self.heading(of: inspection)
        headingMark = linker.mark(inspection.published.provenance, file: inspection.published.source.file)
        kind = inspection.origin == .pduReport ? "PDU inspection report" : "Regional inspection letter"
        document = linker.document(inspection.source)
        self.framework =
            "\(framework.rawValue) framework: \(framework.standards.count) standards, scored out of \(framework.maximumScore)"
        overallRating = linker.source(inspection.overallRating.value.rawValue, at: inspection.overallRating.source)
        score = linker.source(
            "\(inspection.score.value) out of \(inspection.score.max)", at: inspection.score.source,
            provenance: inspection.score.provenance)
        scoreNote =
            inspection.score.stated
            ? nil
            : "The report states no score; this is the sum of its standards' ratings."
        share = Numbers.percent(Numbers.share(inspection.score))
        published = linker.source(inspection.published.value.spelledOut, of: inspection.published)
        fieldworkStarted = inspection.fieldworkStarted.map { linker.source($0.value.spelledOut, at: $0.source) }
        leadInspector = inspection.leadInspector.map { linker.source($0.value, at: $0.source) }
        chiefInspector = inspection.chiefInspector.map { linker.source($0.value, at: $0.source) }
        previousInspection = inspection.previousInspection.map { previous in
            let rating = previous.rating.map { ", rated \($0.rawValue)" } ?? ""
            return linker.source(previous.date.spelledOut + rating, at: previous.source)
        }
        standards = inspection.standards.map {
            StandardRow(
                id: $0.id, name: $0.name,
                rating: linker.source($0.rating.rawValue, at: $0.source, provenance: $0.provenance))
        }
        keyQuestions = Self.keyQuestionGroups(inspection, linker: linker)
        hasKeyQuestions = !keyQuestions.isEmpty
        keyQuestionChart = linker.map.keyQuestionChartPath(for: inspection).map {
            Image(src: linker.href($0), alt: KeyQuestionChart.summary(of: inspection))
        }
        recommendations = RecommendationGroup.grouped(
            inspection.recommendations.map { (inspection, $0) }, linker: linker, namingPDUs: false)
        hasRecommendations = !recommendations.isEmpty
        findings =
            inspection.findings.map { section in
                let standard = section.standard.flatMap { id in inspection.standards.first { $0.id == id } }
                return FindingsSection(
                    heading: standard.map { "\($0.id) \($0.name)" } ?? section.heading,
                    rating: standard?.rating.rawValue, findings: FindingsView(section.findings))
            }
            + (inspection.diversityAndInclusion.map {
                [FindingsSection(heading: "Diversity and inclusion", rating: nil, findings: FindingsView($0))]
            } ?? [])
        hasFindings = !findings.isEmpty
        background = Self.figures(inspection, linker: linker)
        hasBackground = !background.isEmpty
        quotes = inspection.quotes.map(\.text)
        hasQuotes = !quotes.isEmpty
        progress = inspection.progressOnPreviousRecommendations.map { row in
            ProgressRow(
                recommendation: row.recommendation, actionTaken: row.actionTaken,
                categorisation: linker.source(row.categorisation?.rawValue ?? "Not stated", at: row.source),
                improvementStillRequired: row.improvementStillRequired.map { $0 ? "Yes" : "No" } ?? "Not stated")
        }
        hasProgress = !progress.isEmpty
    }

    /// The heading of an inspection's section of its PDU page: `Inspection published May 2025`.
    public static func heading(of inspection: Inspection) -> String {
        inspection.origin == .pduReport
            ? "Inspection published \(inspection.published.value.spelledOut)"
            : "Regional inspection letter of \(inspection.published.value.spelledOut)"
    }

    private static func keyQuestionGroups(_ inspection: Inspection, linker: Linker) -> [KeyQuestionGroup] {
        inspection.keyQuestionStandardIDs.map { id in
            let questions = inspection.keyQuestions(ofStandard: id)
            let lowest = questions.map(\.percentYes).min()
            let standard = inspection.standards.first { $0.id == id }
            return KeyQuestionGroup(
                standard: standard.map { "\($0.id) \($0.name)" } ?? id,
                rating: standard?.rating.rawValue ?? "Not rated",
                questions: questions.map { question in
                    KeyQuestionRow(
                        question: question.question,
                        percent: linker.source(Numbers.percent(question.percentYes), at: question.source),
                        band: Rating.band(forPercentage: question.percentYes).rawValue,
                        isLowest: question.percentYes == lowest)
                })
        }
    }

    private static func figures(_ inspection: Inspection, linker: Linker) -> [Figure] {
        var figures: [Figure] = []
        let background = inspection.background
        let place = { (place: Place) in Self.place(place, of: inspection) }
        if let caseload = background.caseload {
            figures.append(
                Figure(
                    label: "People on probation (caseload)",
                    value: linker.source(Numbers.grouped(caseload.value), at: caseload.source),
                    place: place(caseload.place)))
        }
        if let population = background.population {
            figures.append(
                Figure(
                    label: "Population",
                    value: linker.source(Numbers.grouped(population.value), at: population.source),
                    place: place(population.place)))
        }
        if let rate = background.provenReoffendingRate {
            figures.append(
                Figure(
                    label: "Proven reoffending rate",
                    value: linker.source(Numbers.percent(rate.value), at: rate.source),
                    place: place(rate.place)))
        }
        if let cases = inspection.casesInspected {
            let sample = "The PDU's inspected cases"
            figures.append(
                Figure(
                    label: "Community orders inspected",
                    value: linker.source("\(cases.communityOrders)", at: cases.source), place: sample))
            figures.append(
                Figure(
                    label: "Releases on licence inspected",
                    value: linker.source("\(cases.releasesOnLicence)", at: cases.source), place: sample))
            if let interviews = cases.practitionerInterviews {
                figures.append(
                    Figure(
                        label: "Practitioner interviews",
                        value: linker.source("\(interviews)", at: cases.source), place: "The PDU's practitioners"))
            }
        }
        return figures
    }

    /// The place a figure is about, in words that say whether it is the PDU's own:
    /// `Derby (the PDU's area)`, `KSS: the Kent, Surrey and Sussex region as a whole, not the PDU`.
    static func place(_ place: Place, of inspection: Inspection) -> String {
        switch place.kind {
        case .pdu:
            place.name.map { "\($0) (the PDU's area)" } ?? "The PDU's area (the text names no other place for it)"
        case .area: "\(place.name ?? "Another area"): a named area, not the PDU as a whole"
        case .region: "\(place.name ?? "The region"): the \(inspection.region.value) region as a whole, not the PDU"
        case .nation: "\(place.name ?? "England and Wales"): a national figure, not the PDU's"
        }
    }
}

extension InspectionView: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("heading", heading)
        object.add("headingMark", headingMark)
        object.add("kind", kind)
        try object.add("document", document)
        object.add("framework", framework)
        try object.add("overallRating", overallRating)
        try object.add("score", score)
        object.add("scoreNote", scoreNote)
        object.add("share", share)
        try object.add("published", published)
        try object.add("fieldworkStarted", fieldworkStarted)
        try object.add("leadInspector", leadInspector)
        try object.add("chiefInspector", chiefInspector)
        try object.add("previousInspection", previousInspection)
        try object.add("standards", standards)
        try object.add("keyQuestions", keyQuestions)
        object.add("hasKeyQuestions", hasKeyQuestions)
        try object.add("keyQuestionChart", keyQuestionChart)
        try object.add("recommendations", recommendations)
        object.add("hasRecommendations", hasRecommendations)
        try object.add("findings", findings)
        object.add("hasFindings", hasFindings)
        try object.add("background", background)
        object.add("hasBackground", hasBackground)
        try object.add("quotes", quotes)
        object.add("hasQuotes", hasQuotes)
        try object.add("progress", progress)
        object.add("hasProgress", hasProgress)
    }
}

extension InspectionView.StandardRow: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("id", id)
        object.add("name", name)
        try object.add("rating", rating)
    }
}

extension InspectionView.KeyQuestionGroup: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("standard", standard)
        object.add("rating", rating)
        try object.add("questions", questions)
    }
}

extension InspectionView.KeyQuestionRow: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("question", question)
        try object.add("percent", percent)
        object.add("band", band)
        object.add("isLowest", isLowest)
    }
}

extension InspectionView.FindingsSection: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("heading", heading)
        object.add("rating", rating)
        try object.add("findings", findings)
    }
}

extension InspectionView.Figure: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("label", label)
        try object.add("value", value)
        object.add("place", place)
    }
}

extension InspectionView.ProgressRow: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("recommendation", recommendation)
        object.add("actionTaken", actionTaken)
        try object.add("categorisation", categorisation)
        object.add("improvementStillRequired", improvementStillRequired)
    }
}
