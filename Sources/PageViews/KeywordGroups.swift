/// Groups of lower-case keywords, and which of them a text names: a group matches when the
/// text, in lower case, holds one of its keywords byte for byte (`"staff"` is in
/// `"Staffing"`). The text is read once, whatever the number of keywords: at each byte, the
/// keywords are compared only when one starts with that byte and the next, and then only
/// those that start with that byte.
struct KeywordGroups: Sendable {
    /// The groups, each a list of keywords (lower case).
    let groups: [[String]]
    /// For each byte, the keywords that start with it, as (group, the keyword's bytes).
    private let startingWith: [[(group: Int, bytes: [UInt8])]]
    /// For each two bytes (`first << 8 | second`), whether a keyword starts with them (a
    /// keyword of one byte marks every pair it starts).
    private let startsAKeyword: [Bool]

    init(_ groups: [[String]]) {
        self.groups = groups
        var startingWith = [[(group: Int, bytes: [UInt8])]](repeating: [], count: 256)
        var startsAKeyword = [Bool](repeating: false, count: 1 << 16)
        for (group, keywords) in groups.enumerated() {
            for keyword in keywords.map({ Array($0.utf8) }) {
                guard let first = keyword.first.map(Int.init) else { continue }
                startingWith[first].append((group, keyword))
                let seconds = keyword.count > 1 ? keyword[1]...keyword[1] : 0...255
                for second in seconds { startsAKeyword[first << 8 | Int(second)] = true }
            }
        }
        self.startingWith = startingWith
        self.startsAKeyword = startsAKeyword
    }

    /// For each group, whether `text` names one of its keywords.
    func matches(in text: String) -> [Bool] {
        var found = [Bool](repeating: false, count: groups.count)
        // Text whose characters are ASCII or among those without a lower case of their own
        // (see `lowersByteByByte`) is put in lower case byte by byte below; other text by
        // the full Unicode rule first (which can turn a non-ASCII letter into ASCII: `K`
        // KELVIN SIGN).
        var lower = Self.lowersByteByByte(text) ? text : text.lowercased()
        lower.withUTF8 { bytes in
            var left = groups.count
            for start in bytes.indices {
                let first = Int(Self.lowerCased(bytes[start]))
                let second = start + 1 < bytes.count ? Int(Self.lowerCased(bytes[start + 1])) : 0
                guard startsAKeyword[first << 8 | second] else { continue }
                for keyword in startingWith[first]
                where !found[keyword.group] && Self.bytes(bytes, at: start, are: keyword.bytes) {
                    found[keyword.group] = true
                    left -= 1
                    if left == 0 { return }
                }
            }
        }
        return found
    }

    private static func lowerCased(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    /// Whether `text`'s lower case is its bytes with only A–Z lowered: each character
    /// ASCII, in U+0080–U+00BF (`C2` and a byte: the no-break space, `£`, `°`, `½`; none
    /// has a lower case of its own) or in General Punctuation, U+2000–U+203F (`E2 80` and
    /// a byte: the curly quotes, dashes, the ellipsis, which most recommendations hold;
    /// none has a case). Any other text is lowered by the full Unicode rule.
    static func lowersByteByByte(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] & 0xC0 == 0x80 {
                    index += 2
                } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                    bytes[index + 2] & 0xC0 == 0x80
                {
                    index += 3
                } else {
                    return false
                }
            }
            return true
        }
    }

    /// Whether `text` from `start` on, in lower case, begins with `keyword`.
    private static func bytes(_ text: UnsafeBufferPointer<UInt8>, at start: Int, are keyword: [UInt8]) -> Bool {
        guard text.count - start >= keyword.count else { return false }
        for (offset, byte) in keyword.enumerated() where lowerCased(text[start + offset]) != byte { return false }
        return true
    }
}
