import InspectionModel

/// The page of one PDU (`pdus/<slug>.md`, template `pdu`): its latest inspection in
/// full, every earlier one, and the history of its scores.
public struct PDUPage: Sendable {
    public var title: String
    public var region: Link
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

    /// Partial inspections of the PDU, shown apart and never compared.
    public var partialInspections: [PartialInspectionView]
    public var hasPartialInspections: Bool

    public init(_ pdu: SiteMap.PDU, map: SiteMap) {
        let linker = Linker(page: pdu.path, map: map)
        title = pdu.name
        region = linker.region(named: pdu.latest.region.value)
        inspectionCount = Numbers.count(pdu.inspections.count, "inspection")
        latest = InspectionView(pdu.latest, linker: linker)
        earlier = pdu.inspections.dropLast().reversed().map { InspectionView($0, linker: linker) }
        hasEarlier = !earlier.isEmpty
        history = pdu.inspections.map { InspectionRow($0, previous: pdu.previous(to: $0), linker: linker) }
        mixesFrameworks = Set(pdu.inspections.map(\.framework)).count > 1
        partialInspections = PartialInspectionView.list(pdu.partials, map: map, linker: linker, linkPages: false)
        hasPartialInspections = !partialInspections.isEmpty
    }
}
