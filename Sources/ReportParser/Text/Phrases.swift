import InspectionModel

/// Small scanners for the phrases reports state facts in: dates, numbers (in digits or
/// words), ratings, percentages. Plain string scanning, no regular expressions.
enum Phrases {
    static let months = ["january", "february", "march", "april", "may", "june", "july",
                         "august", "september", "october", "november", "december"]

    /// The words of a text: letters, digits and the characters inside numbers (`1,325`, `27.2`, `7/21`).
    static func words(_ text: some StringProtocol) -> [Substring] {
        let s = Substring(text)
        if let words = s.withUTF8Bytes(plainWords) { return words.map { s.utf8Slice($0) } }
        return s.split { !($0.isLetter || $0.isNumber || $0 == "," || $0 == "." || $0 == "/" || $0 == "%" || $0 == "'") }
            .map { $0.trimmingCharacters(",.'") }
            .filter { !$0.isEmpty }
    }

    /// `words(_:)` on the bytes of a plain ASCII text (one Character per byte), as byte
    /// offsets; nil for any other text.
    private static func plainWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        guard ASCII.isPlain(bytes) else { return nil }
        func isWordByte(_ b: UInt8) -> Bool {
            ASCII.isLetterOrDigit(b) || b == 0x2C || b == 0x2E || b == 0x2F || b == 0x25 || b == 0x27  // , . / % '
        }
        func isTrimmed(_ b: UInt8) -> Bool { b == 0x2C || b == 0x2E || b == 0x27 }  // , . '
        var words: [Range<Int>] = []
        var i = 0
        while i < bytes.count {
            guard isWordByte(bytes[i]) else { i += 1; continue }
            var start = i
            while i < bytes.count, isWordByte(bytes[i]) { i += 1 }
            var end = i
            while start < end, isTrimmed(bytes[start]) { start += 1 }
            while end > start, isTrimmed(bytes[end - 1]) { end -= 1 }
            if start < end { words.append(start..<end) }
        }
        return words
    }

    /// The first letters of the months' names.
    private static func isMonthInitial(_ byte: UInt8) -> Bool {
        switch ASCII.lowered(byte) {
        case 0x6A, 0x66, 0x6D, 0x61, 0x73, 0x6F, 0x6E, 0x64: true  // j f m a s o n d
        default: false
        }
    }

    static func month(_ word: some StringProtocol) -> Int? {
        // A word whose first scalar is ASCII and no month's initial is no month, whole or cut.
        if let first = word.utf8.first, first < 0x80, !isMonthInitial(first) { return nil }
        if let month = word.withUTF8Bytes(plainMonth) { return month }
        let w = word.lowercasedText
        guard w.count >= 3 else { return nil }
        if let i = months.firstIndex(of: w) { return i + 1 }
        if w.count == 3 || (w.count == 4 && w.hasSuffix(".")) || w == "sept" {
            return months.firstIndex { $0.hasPrefix(w.prefix(3)) }.map { $0 + 1 }
        }
        return nil
    }

    /// The months' names as bytes.
    private static let monthNames: [[UInt8]] = months.map { Array($0.utf8) }

    /// `month(_:)` on the bytes of a plain ASCII word (one Character per byte); nil for any
    /// other word.
    private static func plainMonth(_ word: UnsafeBufferPointer<UInt8>) -> Int?? {
        guard ASCII.isPlain(word) else { return nil }
        guard word.count >= 3 else { return .some(nil) }
        let w = word.map(ASCII.lowered)
        let names = monthNames
        if let i = names.firstIndex(of: w) { return i + 1 }
        if w.count == 3 || (w.count == 4 && w[3] == 0x2E) || w.elementsEqual("sept".utf8) {  // "."
            return .some(names.firstIndex { $0.starts(with: w.prefix(3)) }.map { $0 + 1 })
        }
        return .some(nil)
    }

    static func year(_ word: some StringProtocol) -> Int? {
        guard word.count == 4, let y = Int(word), (1990...2100).contains(y) else { return nil }
        return y
    }

    /// Every date written `24 February 2025` (or `24th February 2025`), or `February 2025`,
    /// in order, with the offset of its first word among `words`.
    static func dates(in text: some StringProtocol) -> [(date: CalendarDate, wordIndex: Int)] {
        guard mayHoldYear(text) else { return [] }
        let w = words(text)
        var found: [(CalendarDate, Int)] = []
        var i = 0
        while i < w.count {
            let monthOfWord = month(w[i])
            if let m = monthOfWord, i + 1 < w.count, let y = year(w[i + 1]) {
                if i > 0, let d = dayNumber(w[i - 1]) {
                    found.append((CalendarDate(year: y, month: m, day: d), i - 1))
                } else {
                    found.append((CalendarDate(year: y, month: m), i))
                }
                i += 2
            } else if i > 0, let m = monthOfWord, let d = dayNumber(w[i - 1]),
                      let y = w[(i + 1)..<min(w.count, i + 6)].lazy.compactMap({ year($0) }).first {
                // "24 February and 7 March 2025": the year is printed once, after the range.
                found.append((CalendarDate(year: y, month: m, day: d), i - 1))
                i += 1
            } else {
                i += 1
            }
        }
        return found
    }

    /// Whether four digits starting 19 or 20 stand somewhere in the text.
    private static func mayHoldYear(_ text: some StringProtocol) -> Bool {
        text.withUTF8Bytes(mayHoldYear)
    }

    private static func mayHoldYear(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var run = 0
        var first: UInt8 = 0, second: UInt8 = 0
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                if run == 0 { first = byte } else if run == 1 { second = byte }
                run += 1
                if run == 4, (first == 0x31 && second == 0x39) || (first == 0x32 && second == 0x30) { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    private static func dayNumber(_ word: Substring) -> Int? {
        let digits = word.prefix { $0.isNumber }
        let suffix = word.dropFirst(digits.count).lowercasedText
        guard !digits.isEmpty, ["", "st", "nd", "rd", "th"].contains(suffix), let d = Int(digits), (1...31).contains(d) else { return nil }
        return d
    }

    private static let numberWords = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ]
    private static let tens = ["twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90]

    /// A count written in digits (`1,325`) or words (`eight`, `twenty-one`).
    static func count(_ word: some StringProtocol) -> Int? {
        // A word starting with an ASCII letter no number word starts with is no count.
        if let first = word.utf8.first, ASCII.isLetter(first) {
            switch ASCII.lowered(first) {
            case 0x7A, 0x6F, 0x74, 0x66, 0x73, 0x65, 0x6E: break  // z o t f s e n
            default: return nil
            }
        }
        let w = word.lowercasedText
        if let n = Int(w.filter { $0 != "," }), !w.isEmpty, w.first!.isNumber { return n }
        if let i = numberWords.firstIndex(of: w) { return i }
        if let t = tens[w] { return t }
        let parts = w.split(separator: "-")
        if parts.count == 2, let t = tens[String(parts[0])], let u = numberWords.firstIndex(of: String(parts[1])), u < 10 { return t + u }
        return nil
    }

    /// The first count among the words just before `phrase` (e.g. `18` in
    /// "18 community orders"), searching the whole text.
    static func count(before phrase: String, in text: String) -> Int? {
        guard text.containsPhrase(ignoringCase: phrase) else { return nil }
        let lower = text.lowercasedText
        guard let r = lower.firstRange(ofPhrase: phrase) else { return nil }
        let before = words(lower[..<r.lowerBound]).suffix(3)
        for word in before.reversed() {
            if let n = count(word) { return n }
            if !["relevant", "individual", "separate", "further", "the", "of"].contains(String(word)) { break }
        }
        return nil
    }

    /// The count just after `phrase` (e.g. `31` in "we interviewed 31 practitioners").
    static func count(after phrase: String, in text: String) -> Int? {
        guard text.containsPhrase(ignoringCase: phrase) else { return nil }
        let lower = text.lowercasedText
        guard let r = lower.firstRange(ofPhrase: phrase) else { return nil }
        return words(lower[r.upperBound...]).first.flatMap { count($0) }
    }

    /// The rating phrases in a text, in order, with their character offsets.
    /// Tolerates case, line breaks and extra spaces inside "Requires improvement".
    static func ratings(in text: some StringProtocol) -> [(rating: Rating, range: Range<String.Index>)] {
        let s = String(text)
        let lower = s.asciiLowercased
        if let found = lower.withUTF8Bytes(plainRatings) {
            return found.map { ($0.rating, lower.utf8Slice($0.range).startIndex..<lower.utf8Slice($0.range).endIndex) }
        }
        var found: [(Rating, Range<String.Index>)] = []
        var i = lower.startIndex
        while i < lower.endIndex {
            let c = lower[i]
            if c == "o" || c == "g" || c == "r" || c == "i", i == lower.startIndex || !lower[lower.index(before: i)].isLetter {
                for (rating, words) in ratingWords {
                    if let end = match(words, in: lower, at: i) {
                        found.append((rating, i..<end))
                        i = end
                        break
                    }
                }
            }
            if i < lower.endIndex { i = lower.index(after: i) }
        }
        return found
    }

    /// `ratings(in:)` on the bytes of a plain ASCII text (one Character per byte), with byte
    /// offsets; nil for any other text.
    private static func plainRatings(_ bytes: UnsafeBufferPointer<UInt8>) -> [(rating: Rating, range: Range<Int>)]? {
        guard ASCII.isPlain(bytes) else { return nil }
        var found: [(Rating, Range<Int>)] = []
        var i = 0
        while i < bytes.count {
            let c = ASCII.lowered(bytes[i])
            if c == 0x6F || c == 0x67 || c == 0x72 || c == 0x69, i == 0 || !ASCII.isLetter(bytes[i - 1]) {  // o g r i
                for (rating, words) in ratingWords {
                    if let end = match(words, in: bytes, at: i) {
                        found.append((rating, i..<end))
                        i = end
                        break
                    }
                }
            }
            if i < bytes.count { i += 1 }
        }
        return found
    }

    /// `match(_:in:at:)` on the bytes of a plain ASCII text, comparing its letters case-blind.
    static func match(_ words: [String], in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        var i = start
        for (n, word) in words.enumerated() {
            if n > 0 {
                let spaceStart = i
                while i < bytes.count, ASCII.isWhitespace(bytes[i]) { i += 1 }
                if i == spaceStart { return nil }
            }
            var word = word
            let matched = word.withUTF8 { word in
                guard bytes.count - i >= word.count else { return false }
                for k in 0..<word.count where ASCII.lowered(bytes[i + k]) != word[k] { return false }
                return true
            }
            guard matched else { return nil }
            i += word.utf8.count
        }
        if i < bytes.count, ASCII.isLetter(bytes[i]) { return nil }
        return i
    }

    private static let ratingWords: [(Rating, [String])] = [
        (.outstanding, ["outstanding"]), (.good, ["good"]),
        (.requiresImprovement, ["requires", "improvement"]), (.inadequate, ["inadequate"]),
    ]

    /// Matches words separated by any white space, ending at a word boundary.
    static func match(_ words: [String], in lower: String, at start: String.Index) -> String.Index? {
        var i = start
        for (n, word) in words.enumerated() {
            if n > 0 {
                let spaceStart = i
                while i < lower.endIndex, lower[i].isWhitespace { i = lower.index(after: i) }
                if i == spaceStart { return nil }
            }
            guard lower[i...].hasPrefix(word) else { return nil }
            i = lower.index(i, offsetBy: word.count)
        }
        if i < lower.endIndex, lower[i].isLetter { return nil }
        return i
    }

    /// A rating named exactly by the text (ignoring case, quotes and a trailing full stop).
    static func rating(exactly text: some StringProtocol) -> Rating? {
        let t = text.trimmingSpaces.trimmingCharacters("'\".:").collapsingSpaces.lowercasedText
        return Rating.allCases.first { $0.rawValue.lowercasedText == t }
    }

    /// A percentage such as `59%`, `59 %` or `59 per cent` at the start of `text`.
    static func percentage(atStartOf text: some StringProtocol) -> (value: Int, length: Int)? {
        let s = Substring(text)
        let digits = s.prefix { $0.isNumber }
        guard (1...3).contains(digits.count), let value = Int(digits), value <= 100 else { return nil }
        let rest = s.dropFirst(digits.count)
        let spaces = rest.prefix { $0 == " " }
        let after = rest.dropFirst(spaces.count)
        if after.hasPrefix("%") { return (value, digits.count + spaces.count + 1) }
        if after.lowercasedText.hasPrefix("per cent") { return (value, digits.count + spaces.count + 8) }
        return nil
    }

    /// A decimal such as `27.2`, at the start of the text.
    static func decimal(atStartOf text: some StringProtocol) -> Double? {
        let s = Substring(text).prefix { $0.isNumber || $0 == "." }
        return Double(s.hasSuffix(".") ? s.dropLast() : s)
    }
}

extension Phrases {
    static let superscripts: Set<Character> = ["¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁰"]
}
