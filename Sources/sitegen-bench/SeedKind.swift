/// The two kinds of document a seed text can be.
enum SeedKind: Sendable {
    /// An inspection report on one PDU ("An inspection of probation services in: …").
    case pduReport
    /// A letter to a region after the inspection of its PDUs ("Dear …", annexes of
    /// recommendations and ratings).
    case regionalLetter

    init?(text: String) {
        if text.lowercased().contains("inspection of probation services in") {
            self = .pduReport
        } else if text.contains("\nDear ") && text.contains("Annexe") {
            self = .regionalLetter
        } else {
            return nil
        }
    }
}
