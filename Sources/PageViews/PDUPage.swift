import InspectionModel

/// The page of one PDU (`pdus/<slug>.md`, template `pdu`): its latest inspection in
/// full, every earlier one, and the history of its scores.
public struct PDUPage: Sendable {
    public var title: String
    /// The pages above this one: home, then the region.
    public var trail: [Link]
    public var region: Link
    /// `2 inspections`.
    public var inspectionCount: String
    public var latest: InspectionView
    /// Newest first.
    public var earlier: [InspectionView]
    public var hasEarlier: Bool
    /// Every inspection, oldest first.
    public var history: [HistoryRow]
    /// Whether the history mixes frameworks (scores out of 27 and out of 21).
    public var mixesFrameworks: Bool

    /// One inspection in the history table.
    public struct HistoryRow: Sendable {
        /// Publication month: `May 2025`.
        public var published: String
        /// `PDU inspection` or `Regional letter`.
        public var kind: String
        public var framework: String
        /// `7/21`.
        public var score: SourcedValue
        /// `33.3%`.
        public var share: String
        public var rating: SourcedValue
        public var change: ScoreChange
    }

    public init(_ pdu: SiteMap.PDU, map: SiteMap) {
        let linker = Linker(page: pdu.path, map: map)
        title = pdu.name
        region = linker.region(named: pdu.latest.region.value)
        trail = [linker.index, region]
        inspectionCount = Numbers.count(pdu.inspections.count, "inspection")
        latest = InspectionView(pdu.latest, linker: linker)
        earlier = pdu.inspections.dropLast().reversed().map { InspectionView($0, linker: linker) }
        hasEarlier = !earlier.isEmpty
        history = pdu.inspections.indices.map { i in
            let inspection = pdu.inspections[i]
            return HistoryRow(
                published: inspection.published.value.spelledOut,
                kind: inspection.originLabel,
                framework: inspection.framework.rawValue,
                score: linker.source("\(inspection.score.value)/\(inspection.score.max)", at: inspection.score.source),
                share: Numbers.percent(Numbers.share(inspection.score)),
                rating: linker.source(inspection.overallRating.value.rawValue, at: inspection.overallRating.source),
                change: ScoreChange(from: i > 0 ? pdu.inspections[i - 1] : nil, to: inspection))
        }
        mixesFrameworks = Set(pdu.inspections.map(\.framework)).count > 1
    }
}
