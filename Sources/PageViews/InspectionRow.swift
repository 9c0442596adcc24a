import InspectionModel
import MarkdownPages

/// One inspection as a row of a table: the index's list, a PDU's history, a region's
/// PDUs and the trends' timeline all show these columns (each table picks its own).
public struct InspectionRow: Sendable, Encodable {
    public var pdu: Link
    public var region: Link
    /// Publication month: `May 2025`.
    public var published: String
    /// The footnote reference when the publication date was corrected, else empty.
    public var publishedMark: String
    /// Fieldwork start (`24 February 2025`), or the publication month marked
    /// `February 2023 (published)` when the text gives none.
    public var fieldwork: String
    /// `publishedMark` when `fieldwork` is the publication month, else empty.
    public var fieldworkMark: String
    /// `PDU inspection` or `Regional letter`.
    public var kind: String
    public var framework: String
    /// `7/21`.
    public var score: SourcedValue
    /// The score as a share of the maximum: `33.3%`.
    public var share: String
    public var rating: SourcedValue
    /// Since the same PDU's previous inspection.
    public var change: ScoreChange

    public init(_ inspection: Inspection, previous: Inspection?, linker: Linker) {
        pdu = linker.pdu(of: inspection)
        region = linker.region(named: inspection.region.value)
        published = inspection.published.value.spelledOut
        publishedMark = linker.mark(inspection.published.provenance, file: inspection.published.source.file)
        fieldwork =
            inspection.fieldworkStarted.map { $0.value.spelledOut }
            ?? "\(inspection.published.value.spelledOut) (published)"
        fieldworkMark = inspection.fieldworkStarted == nil ? publishedMark : ""
        kind = inspection.originLabel
        framework = inspection.framework.rawValue
        score = linker.source(
            "\(inspection.score.value)/\(inspection.score.max)", at: inspection.score.source,
            provenance: inspection.score.provenance)
        share = Numbers.percent(Numbers.share(inspection.score))
        rating = linker.source(inspection.overallRating.value.rawValue, at: inspection.overallRating.source)
        change = ScoreChange(from: previous, to: inspection)
    }
}

extension SiteMap.PDU {
    /// The inspection before `inspection` in this PDU's history.
    func previous(to inspection: Inspection) -> Inspection? {
        guard let i = inspections.firstIndex(of: inspection), i > 0 else { return nil }
        return inspections[i - 1]
    }
}

extension InspectionRow: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        try object.add("pdu", pdu)
        try object.add("region", region)
        object.add("published", published)
        object.add("publishedMark", publishedMark)
        object.add("fieldwork", fieldwork)
        object.add("fieldworkMark", fieldworkMark)
        object.add("kind", kind)
        object.add("framework", framework)
        try object.add("score", score)
        object.add("share", share)
        try object.add("rating", rating)
        try object.add("change", change)
    }
}
