import InspectionModel
import MarkdownPages

/// The page of one PDU (`pdus/<slug>.md`, template `pdu`): its latest inspection in
/// full, every earlier one, and the history of its scores.
public struct PDUPage: Sendable, Encodable {
    public var title: String
    public var region: Link
    /// The page's opening: the latest inspection in a sentence and a compact summary.
    public var headline: PDUHeadline
    /// `2 inspections`.
    public var inspectionCount: String
    public var latest: InspectionView
    /// Newest first.
    public var earlier: [InspectionView]
    public var hasEarlier: Bool
    /// Every inspection, oldest first.
    public var history: [InspectionRow]
    /// Whether the history mixes frameworks (scores out of 27 and out of 21).
    public var mixesFrameworks: Bool
    /// The notes explaining the page's marked figures (footnotes).
    public var markNotes: [MarkNote]
    /// "Notes on the texts": each of the PDU's documents' diagnostics, newest first.
    public var textNotes: [TextNotes]

    /// Partial inspections of the PDU, shown apart and never compared.
    public var partialInspections: [PartialInspectionView]
    public var hasPartialInspections: Bool

    public init(_ pdu: SiteMap.PDU, map: SiteMap) {
        let linker = Linker(page: pdu.path, map: map)
        title = pdu.name
        region = linker.region(named: pdu.latest.region.value)
        headline = PDUHeadline(pdu, linker: linker)
        inspectionCount = Numbers.count(pdu.inspections.count, "inspection")
        latest = InspectionView(pdu.latest, linker: linker)
        earlier = pdu.inspections.dropLast().reversed().map { InspectionView($0, linker: linker) }
        hasEarlier = !earlier.isEmpty
        history = pdu.inspections.map { InspectionRow($0, previous: pdu.previous(to: $0), linker: linker) }
        mixesFrameworks = Set(pdu.inspections.map(\.framework)).count > 1
        markNotes = MarkNote.notes(for: pdu.inspections, linker: linker)
        textNotes = TextNotes.of(
            pdu.inspections.reversed().map(\.source.file) + pdu.partials.map(\.source.file), map: map, linker: linker)
        partialInspections = PartialInspectionView.list(pdu.partials, map: map, linker: linker, linkPages: false)
        hasPartialInspections = !partialInspections.isEmpty
    }
}

extension PDUPage: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("title", title)
        try object.add("region", region)
        try object.add("headline", headline)
        object.add("inspectionCount", inspectionCount)
        try object.add("latest", latest)
        try object.add("earlier", earlier)
        object.add("hasEarlier", hasEarlier)
        try object.add("history", history)
        object.add("mixesFrameworks", mixesFrameworks)
        try object.add("markNotes", markNotes)
        try object.add("textNotes", textNotes)
        try object.add("partialInspections", partialInspections)
        object.add("hasPartialInspections", hasPartialInspections)
    }
}
