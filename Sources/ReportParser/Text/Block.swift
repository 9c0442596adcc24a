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
        // Past white space and colons, a text whose first byte is ASCII and starts no label is none.
        if let first = text.utf8.first(where: { !ASCII.isWhitespace($0) && $0 != UInt8(ascii: ":") }), first < 0x80,
            !Self.firstBytes.contains(first)
        {
            return nil
        }
        // Nor is one whose number of ASCII bytes no label has: the steps below change only its
        // case, white space, colons and non-ASCII scalars.
        guard text.withUTF8Bytes({ ASCII.mayName($0, lengths: Self.lengths) }) else { return nil }
        let t = text.trimmingSpaces.trimmingCharacters(":").lowercasedText.collapsingSpaces
        guard let label = Self.labels[t] else { return nil }
        self = label
    }

    /// The labels' words, lower-cased and with single spaces, as `init` compares them.
    private static let labels: [String: ListLabel] = [
        "strengths": .strengths, "key strengths": .strengths,
        "areas for improvement": .areasForImprovement, "key areas for improvement": .areasForImprovement,
        "areas of improvement": .areasForImprovement, "key areas of improvement": .areasForImprovement,
    ]
    private static let firstBytes = ByteSet(ASCII.firstBytes(of: labels.keys))
    private static let lengths = ASCII.lengthBits(of: labels.keys)
}
