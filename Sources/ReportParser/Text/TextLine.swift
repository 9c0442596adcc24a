/// One line of a report after normalisation, keeping its line number in the file.
struct TextLine: Hashable, Sendable {
    let number: Int
    var text: String

    var trimmed: Substring { text.trimmingSpaces }
    var isBlank: Bool { trimmed.isEmpty }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: Substring {
        let s = Substring(self)
        guard let first = s.firstIndex(where: { !$0.isWhitespace }) else { return s[s.endIndex...] }
        let last = s.lastIndex(where: { !$0.isWhitespace })!
        return s[first...last]
    }

    /// Runs of white space (tabs included) folded to one space, trimmed.
    var collapsingSpaces: String {
        var out = ""
        out.reserveCapacity(count)
        var pendingSpace = false
        for ch in self {
            if ch.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(ch)
            }
        }
        return out
    }
}
