/// Small string helpers the scanners share. Several work on UTF-8 bytes, because after
/// normalisation the white space and markers they look for are ASCII.
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

extension StringProtocol {
    /// Drops the given characters from both ends.
    func trimmingCharacters(_ set: String) -> Substring {
        let s = Substring(self)
        guard let first = s.firstIndex(where: { !set.contains($0) }) else { return s[s.endIndex...] }
        let last = s.lastIndex(where: { !set.contains($0) })!
        return s[first...last]
    }

    /// The text with superscript digits (footnote references) removed.
    var withoutFootnoteMarks: String {
        // Superscript digits are U+00B9, U+00B2, U+00B3 (bytes C2 B2/B3/B9) and U+2070-2079 (E2 81 xx).
        guard utf8.contains(where: { $0 == 0xC2 || $0 == 0xE2 }) else { return String(self) }
        return String(filter { !Phrases.superscripts.contains($0) })
    }
}


extension Substring {
    /// The first range of `needle` (given in lower case), ignoring the case of the text.
    func firstRange(ignoringCase needle: String) -> Range<Index>? {
        guard let head = needle.first else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i].lowercased().first == head {
                var j = i
                var matched = true
                for ch in needle {
                    guard j < endIndex, self[j].lowercased().first == ch else { matched = false; break }
                    j = index(after: j)
                }
                if matched { return i..<j }
            }
            i = index(after: i)
        }
        return nil
    }
}

extension String {
    /// Lower case for ASCII letters only: the same bytes otherwise, so indices of the
    /// result are valid in the original.
    var asciiLowercased: String {
        String(decoding: utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    }
}
