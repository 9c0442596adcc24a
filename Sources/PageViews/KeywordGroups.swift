/// Groups of lower-case keywords, and which of them a text names: a group matches when the
/// text, in lower case, holds one of its keywords byte for byte (`"staff"` is in
/// `"Staffing"`). The text is read once, whatever the number of keywords: at each byte, only
/// the keywords that start with that byte and the next are compared.
struct KeywordGroups: Sendable {
    /// The groups, each a list of keywords (lower case).
    let groups: [[String]]
    /// One keyword: its group, and where its bytes are in ``bytes``.
    private struct Keyword: Sendable {
        var group: Int
        var start: Int
        var count: Int
    }
    /// For each byte, the number of its lower case among the keywords' first bytes (from 1;
    /// 0 for a byte no keyword starts with) and among their second bytes (0 for none): small
    /// tables, so that the bytes of a text are looked up without missing the cache.
    private let firstNumbers: [UInt8]
    private let secondNumbers: [UInt8]
    /// How many second bytes are numbered, plus 1 (for 0).
    private let secondCount: Int
    /// Every keyword, those of the same first and second byte side by side: those of the
    /// numbers `first` and `second` are `keywords[pairStarts[p]..<pairStarts[p + 1]]`, where
    /// `p = first * secondCount + second` (a keyword of one byte is among those of its first
    /// byte and any second, 0 too: the end of the text).
    private let keywords: [Keyword]
    private let pairStarts: [Int]
    /// The keywords' bytes, one after the other.
    private let bytes: [UInt8]

    init(_ groups: [[String]]) {
        self.groups = groups
        let all = groups.enumerated().flatMap { group, keywords in
            keywords.map { (group: group, bytes: Array($0.utf8)) }.filter { !$0.bytes.isEmpty }
        }
        // The bytes numbered in order of their values (any order would do).
        func numbers(_ used: Set<UInt8>) -> [UInt8] {
            var numbers = [UInt8](repeating: 0, count: 256)
            for (number, byte) in used.sorted().enumerated() { numbers[Int(byte)] = UInt8(number + 1) }
            // A capital is its lower case's (the text is read in lower case).
            for byte in 65...90 { numbers[byte] = numbers[byte + 32] }
            return numbers
        }
        firstNumbers = numbers(Set(all.map { $0.bytes[0] }))
        secondNumbers = numbers(Set(all.filter { $0.bytes.count > 1 }.map { $0.bytes[1] }))
        let secondCount = Int(secondNumbers.max() ?? 0) + 1
        self.secondCount = secondCount
        var entries: [(pair: Int, keyword: Keyword)] = []
        var bytes: [UInt8] = []
        for keyword in all {
            let entry = Keyword(group: keyword.group, start: bytes.count, count: keyword.bytes.count)
            bytes += keyword.bytes
            let first = Int(firstNumbers[Int(keyword.bytes[0])]) * secondCount
            let seconds = keyword.bytes.count > 1 ? [Int(secondNumbers[Int(keyword.bytes[1])])] : Array(0..<secondCount)
            for second in seconds { entries.append((first + second, entry)) }
        }
        // The keywords by pair (in the groups' order within a pair), and where each pair's begin.
        let pairCount = (Int(firstNumbers.max() ?? 0) + 1) * secondCount
        var pairStarts = [Int](repeating: 0, count: pairCount + 1)
        for entry in entries { pairStarts[entry.pair + 1] += 1 }
        for pair in 0..<pairCount { pairStarts[pair + 1] += pairStarts[pair] }
        keywords = entries.enumerated().sorted { ($0.element.pair, $0.offset) < ($1.element.pair, $1.offset) }
            .map(\.element.keyword)
        self.pairStarts = pairStarts
        self.bytes = bytes
    }

    /// For each group, whether `text` names one of its keywords.
    func matches(in text: String) -> [Bool] {
        var found = [Bool](repeating: false, count: groups.count)
        // Text whose characters are ASCII or among those without a lower case of their own
        // (see `lowersByteByByte`) is put in lower case byte by byte below; other text by
        // the full Unicode rule first (which can turn a non-ASCII letter into ASCII: `K`
        // KELVIN SIGN).
        var lower = Self.lowersByteByByte(text) ? text : text.lowercased()
        lower.withUTF8 { text in
            var left = groups.count
            for start in text.indices {
                let first = Int(firstNumbers[Int(text[start])])
                guard first != 0 else { continue }
                let second = start + 1 < text.count ? Int(secondNumbers[Int(text[start + 1])]) : 0
                let pair = first * secondCount + second
                for index in pairStarts[pair]..<pairStarts[pair + 1] {
                    let keyword = keywords[index]
                    guard !found[keyword.group] && has(keyword, in: text, at: start) else { continue }
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
    private func has(_ keyword: Keyword, in text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard text.count - start >= keyword.count else { return false }
        for offset in 0..<keyword.count where Self.lowerCased(text[start + offset]) != bytes[keyword.start + offset] {
            return false
        }
        return true
    }
}
