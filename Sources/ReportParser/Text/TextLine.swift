/// One line of a report after normalisation, keeping its line number in the file.
struct TextLine: Hashable, Sendable {
    let number: Int
    var text: String

    var trimmed: Substring { text.trimmingSpaces }
    var isBlank: Bool { text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
}

/// The normalised text of a document's lines by number, to find which line of a
/// paragraph a fact is printed on.
struct SourceLines {
    private let text: [Int: String]

    init(_ lines: [TextLine]) {
        text = Dictionary(lines.map { ($0.number, $0.text) }, uniquingKeysWith: { first, _ in first })
    }

    /// The first line of the block on which `words` are printed (ignoring case and how
    /// space runs), or the block's first line.
    func line(of words: String, in block: Block) -> Int {
        let needle = words.lowercased()
        return block.lines.first { text[$0]?.collapsingSpaces.lowercased().contains(needle) == true } ?? block.line
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: Substring {
        let s = Substring(self)
        guard let first = s.firstIndex(where: { !$0.isWhitespace }) else { return s[s.endIndex...] }
        let last = s.lastIndex(where: { !$0.isWhitespace })!
        return s[first...last]
    }

    /// Runs of white space (tabs included) folded to one space, trimmed. Works on the
    /// UTF-8 bytes: after normalisation the only white space left is ASCII.
    var collapsingSpaces: String {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        for byte in utf8 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
