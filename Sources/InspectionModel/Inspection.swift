import CompactCoding
import SourceAndOutput

/// One inspection of one Probation Delivery Unit: from a PDU report, or from the annexes
/// of a regional inspection letter (which give ratings and recommendations only).
public struct Inspection: Hashable, Sendable {
    /// Where an inspection's facts were read from.
    public enum Origin: String, Codable, Sendable {
        case pduReport, regionalLetter
    }

    /// PDU name without a trailing "PDU", e.g. `"Derby City"`.
    public var pdu: Sourced<String>
    /// Region name without "The Probation Service –" or a trailing "region".
    public var region: Sourced<String>
    /// Month of publication (a regional letter's date).
    public var published: Sourced<CalendarDate>
    /// First day of fieldwork (to the day where the text gives it).
    public var fieldworkStarted: Sourced<CalendarDate>?
    public var framework: Framework
    public var score: Score
    public var overallRating: Sourced<Rating>
    /// The standards in framework order.
    public var standards: [StandardRating]
    public var keyQuestions: [KeyQuestion]
    public var recommendations: [Recommendation]
    public var casesInspected: CasesInspected?
    public var leadInspector: Sourced<String>?
    public var chiefInspector: Sourced<String>?
    public var background: BackgroundFigures
    public var previousInspection: PreviousInspection?
    /// The findings, the diversity and inclusion section and the quotes: made when first
    /// read for an inspection read back from the build cache (``OnDemand``).
    var body: OnDemand<InspectionBody>
    /// Findings per standard and per other section, in report order.
    public var findings: [SectionFindings] {
        get { body.value.findings }
        set { body.value.findings = newValue }
    }
    public var diversityAndInclusion: Findings? {
        get { body.value.diversityAndInclusion }
        set { body.value.diversityAndInclusion = newValue }
    }
    public var quotes: [Quote] {
        get { body.value.quotes }
        set { body.value.quotes = newValue }
    }
    /// Whether the findings, diversity and inclusion and quotes were made: always for an
    /// inspection parsed, only once something read them for one read back from the cache.
    public var findingsAreMade: Bool { body.isMade }
    public var progressOnPreviousRecommendations: [RecommendationProgress]
    public var origin: Origin
    /// Where the inspection starts in its document (the title, or the ratings block).
    public var source: SourceLocation

    public init(
        pdu: Sourced<String>, region: Sourced<String>, published: Sourced<CalendarDate>,
        fieldworkStarted: Sourced<CalendarDate>? = nil, framework: Framework, score: Score,
        overallRating: Sourced<Rating>, standards: [StandardRating], keyQuestions: [KeyQuestion] = [],
        recommendations: [Recommendation] = [], casesInspected: CasesInspected? = nil,
        leadInspector: Sourced<String>? = nil, chiefInspector: Sourced<String>? = nil,
        background: BackgroundFigures = .init(), previousInspection: PreviousInspection? = nil,
        findings: [SectionFindings] = [], diversityAndInclusion: Findings? = nil, quotes: [Quote] = [],
        progressOnPreviousRecommendations: [RecommendationProgress] = [],
        origin: Origin, source: SourceLocation
    ) {
        self.pdu = pdu
        self.region = region
        self.published = published
        self.fieldworkStarted = fieldworkStarted
        self.framework = framework
        self.score = score
        self.overallRating = overallRating
        self.standards = standards
        self.keyQuestions = keyQuestions
        self.recommendations = recommendations
        self.casesInspected = casesInspected
        self.leadInspector = leadInspector
        self.chiefInspector = chiefInspector
        self.background = background
        self.previousInspection = previousInspection
        self.body = OnDemand(
            InspectionBody(findings: findings, diversityAndInclusion: diversityAndInclusion, quotes: quotes))
        self.progressOnPreviousRecommendations = progressOnPreviousRecommendations
        self.origin = origin
        self.source = source
    }

    /// The rating of the standard with this id, if the inspection rated it.
    public func rating(ofStandard id: String) -> Rating? {
        standards.first { $0.id == id }?.rating
    }

    /// The key questions of one standard, in report order.
    public func keyQuestions(ofStandard id: String) -> [KeyQuestion] {
        keyQuestions.filter { $0.standard == id }
    }
}

/// Its fields in declaration order (its coding keys' order), but for its findings,
/// diversity and inclusion and quotes: written apart, as one value (``InspectionBody``),
/// and read back undecoded until something reads them (the only compact form in the model
/// that is not the bytes of its `Codable` form).
extension Inspection: CompactCodable {
    public init(compact reader: CompactReader) throws {
        pdu = try reader.read()
        region = try reader.read()
        published = try reader.read()
        fieldworkStarted = try reader.readIfPresent()
        framework = try reader.read()
        score = try reader.read()
        overallRating = try reader.read()
        standards = try reader.read()
        keyQuestions = try reader.read()
        recommendations = try reader.read()
        casesInspected = try reader.readIfPresent()
        leadInspector = try reader.readIfPresent()
        chiefInspector = try reader.readIfPresent()
        background = try reader.read()
        previousInspection = try reader.readIfPresent()
        let body = try reader.readApart(InspectionBody.self)
        self.body = OnDemand { body.decode() }
        progressOnPreviousRecommendations = try reader.read()
        origin = try reader.read()
        source = try reader.read()
    }

    public func write(compact writer: CompactWriter) throws {
        try writer.write(pdu)
        try writer.write(region)
        try writer.write(published)
        try writer.writeIfPresent(fieldworkStarted)
        try writer.write(framework)
        try writer.write(score)
        try writer.write(overallRating)
        try writer.write(standards)
        try writer.write(keyQuestions)
        try writer.write(recommendations)
        try writer.writeIfPresent(casesInspected)
        try writer.writeIfPresent(leadInspector)
        try writer.writeIfPresent(chiefInspector)
        try writer.write(background)
        try writer.writeIfPresent(previousInspection)
        try writer.writeApart(body.value)
        try writer.write(progressOnPreviousRecommendations)
        try writer.write(origin)
        try writer.write(source)
    }
}

/// Its raw value.
extension Inspection.Origin: CompactCodable {}
