/// A unit of report prose rebuilt from lines: a paragraph or bullet rejoined across
/// line wraps and page breaks, a list label ("Strengths:"), a table row or a footnote.
struct Block: Equatable {
    enum Kind: Equatable {
        case paragraph
        case bullet
        case label(ListLabel)
        case tableRow
        case footnote
    }

    var kind: Kind
    var text: String
    var line: Int
    /// Line numbers of every physical line joined into this block.
    var lines: [Int]
}

/// The labels that open a list of findings.
enum ListLabel: Equatable {
    case strengths, areasForImprovement

    init?(_ text: some StringProtocol) {
        guard text.utf8.count < LayoutThresholds.listLabelBytes else { return nil }
        let t = text.trimmingSpaces.trimmingCharacters(":").lowercasedText.collapsingSpaces
        switch t {
        case "strengths", "key strengths": self = .strengths
        case "areas for improvement", "key areas for improvement", "areas of improvement", "key areas of improvement":
            self = .areasForImprovement
        default: return nil
        }
    }
}
