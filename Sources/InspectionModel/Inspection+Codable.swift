import SourceAndOutput

/// The `Codable` form synthesis would give it, written out because the findings,
/// diversity and inclusion and quotes are kept as one value (``InspectionBody``): each
/// field under its own name, in declaration order, an optional one only when present.
extension Inspection: Codable {
    private enum CodingKeys: String, CodingKey {
        case pdu, region, published, fieldworkStarted, framework, score, overallRating, standards, keyQuestions,
            recommendations, casesInspected, leadInspector, chiefInspector, background, previousInspection, findings,
            diversityAndInclusion, quotes, progressOnPreviousRecommendations, origin, source
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        pdu = try container.decode(Sourced<String>.self, forKey: .pdu)
        region = try container.decode(Sourced<String>.self, forKey: .region)
        published = try container.decode(Sourced<CalendarDate>.self, forKey: .published)
        fieldworkStarted = try container.decodeIfPresent(Sourced<CalendarDate>.self, forKey: .fieldworkStarted)
        framework = try container.decode(Framework.self, forKey: .framework)
        score = try container.decode(Score.self, forKey: .score)
        overallRating = try container.decode(Sourced<Rating>.self, forKey: .overallRating)
        standards = try container.decode([StandardRating].self, forKey: .standards)
        keyQuestions = try container.decode([KeyQuestion].self, forKey: .keyQuestions)
        recommendations = try container.decode([Recommendation].self, forKey: .recommendations)
        casesInspected = try container.decodeIfPresent(CasesInspected.self, forKey: .casesInspected)
        leadInspector = try container.decodeIfPresent(Sourced<String>.self, forKey: .leadInspector)
        chiefInspector = try container.decodeIfPresent(Sourced<String>.self, forKey: .chiefInspector)
        background = try container.decode(BackgroundFigures.self, forKey: .background)
        previousInspection = try container.decodeIfPresent(PreviousInspection.self, forKey: .previousInspection)
        let findings = try container.decode([SectionFindings].self, forKey: .findings)
        let diversityAndInclusion = try container.decodeIfPresent(Findings.self, forKey: .diversityAndInclusion)
        let quotes = try container.decode([Quote].self, forKey: .quotes)
        body = OnDemand(
            InspectionBody(findings: findings, diversityAndInclusion: diversityAndInclusion, quotes: quotes))
        progressOnPreviousRecommendations = try container.decode(
            [RecommendationProgress].self, forKey: .progressOnPreviousRecommendations)
        origin = try container.decode(Origin.self, forKey: .origin)
        source = try container.decode(SourceLocation.self, forKey: .source)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(pdu, forKey: .pdu)
        try container.encode(region, forKey: .region)
        try container.encode(published, forKey: .published)
        try container.encodeIfPresent(fieldworkStarted, forKey: .fieldworkStarted)
        try container.encode(framework, forKey: .framework)
        try container.encode(score, forKey: .score)
        try container.encode(overallRating, forKey: .overallRating)
        try container.encode(standards, forKey: .standards)
        try container.encode(keyQuestions, forKey: .keyQuestions)
        try container.encode(recommendations, forKey: .recommendations)
        try container.encodeIfPresent(casesInspected, forKey: .casesInspected)
        try container.encodeIfPresent(leadInspector, forKey: .leadInspector)
        try container.encodeIfPresent(chiefInspector, forKey: .chiefInspector)
        try container.encode(background, forKey: .background)
        try container.encodeIfPresent(previousInspection, forKey: .previousInspection)
        try container.encode(findings, forKey: .findings)
        try container.encodeIfPresent(diversityAndInclusion, forKey: .diversityAndInclusion)
        try container.encode(quotes, forKey: .quotes)
        try container.encode(progressOnPreviousRecommendations, forKey: .progressOnPreviousRecommendations)
        try container.encode(origin, forKey: .origin)
        try container.encode(source, forKey: .source)
    }
}
