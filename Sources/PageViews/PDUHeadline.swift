import InspectionModel
import MarkdownPages

/// The opening of a PDU page: one sentence, then a compact summary of its latest
/// inspection (rating, score, dates, standards by band, change since the one before).
public struct PDUHeadline: Sendable, Encodable {
    /// `York was rated Inadequate (3/21) at its latest inspection, published December 2024; 4 of 7 standards were rated Inadequate.`
    public var sentence: String
    public var rating: SourcedValue
    /// `3/21`.
    public var score: SourcedValue
    /// `14.3%`.
    public var share: String
    /// `December 2024`.
    public var published: SourcedValue
    /// `18 November 2024`, when the text gives it.
    public var fieldworkStarted: SourcedValue?
    /// `4 Inadequate, 2 Requires improvement, 1 Good (7 standards)`.
    public var standards: String
    /// The change since the previous inspection in the content; nil when it is the first.
    public var change: String?

    public init(_ pdu: SiteMap.PDU, linker: Linker) {
        let latest = pdu.latest
        rating = linker.source(latest.overallRating.value.rawValue, at: latest.overallRating.source)
        let scoreText = "\(latest.score.value)/\(latest.score.max)"
        score = linker.source(scoreText, at: latest.score.source)
        share = Numbers.percent(Numbers.share(latest.score))
        published = linker.source(latest.published.value.spelledOut, at: latest.published.source)
        fieldworkStarted = latest.fieldworkStarted.map { linker.source($0.value.spelledOut, at: $0.source) }
        let tally = RatingTally(latest.standards.map(\.rating))
        standards = tally.total == 0 ? "none read" : "\(tally.words) (\(Numbers.count(tally.total, "standard")))"
        let previous = pdu.previous(to: latest)
        change = previous.map { ScoreChange(from: $0, to: latest).description }
        let worst = tally.worst(of: tally.total == 1 ? "standard" : "standards").map { "; \($0)" } ?? ""
        sentence =
            "\(pdu.name) was rated \(latest.overallRating.value.rawValue) (\(scoreText)) at its latest inspection, "
            + "published \(latest.published.value.spelledOut)\(worst)."
    }
}

extension PDUHeadline: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("sentence", sentence)
        try object.add("rating", rating)
        try object.add("score", score)
        object.add("share", share)
        try object.add("published", published)
        try object.add("fieldworkStarted", fieldworkStarted)
        object.add("standards", standards)
        object.add("change", change)
    }
}
