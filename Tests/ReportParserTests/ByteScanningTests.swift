import Testing
import InspectionModel
@testable import ReportParser

/// The byte-level scanners must answer exactly as the Character-level string operations
/// they replace, whatever the text holds: combining accents, prepended marks, CR LF,
/// look-alikes of ASCII characters (Kelvin sign, Greek question mark, dotted capital I),
/// emoji sequences. Each test compares the two on many generated texts, and on substrings
/// cut inside Characters.
@Suite("Byte-level scanning answers as Character-level scanning")
struct ByteScanningTests {
    /// Pieces the generated texts are made of: ASCII, and the non-ASCII scalars that can
    /// change a Character-level answer.
    static let pieces: [String] = [
        "a", "b", "k", "K", "e", "i", "I", " ", " ", "\t", ";", "`", ".", ",", "-", ":", "?", "%", "1", "2", "0", "9",
        "\u{301}", "\u{0600}", "\u{212A}", "\u{0130}", "\u{037E}", "\u{1FEF}", "\r", "\n", "\r\n", "é", "–", "—", "İ",
        "ß", "\u{FB01}", "\u{200D}", "\u{1F44D}", "\u{1F1EC}\u{1F1E7}", "\u{A0}", "\u{2009}", "¹", "²", "ǅ", "Σ",
        "ab", "ke", "be", "Ke", "AB", "Rating", "rating", "led by ", "ABC", "\u{308}", "\u{1160}", "\u{11A8}",
    ]
    static let phrases: [String] = ["a", "ab", "k", "K", "b ", " a", "ke", "i", "e;", "`a", "rating", "led by ", "1", "?", "%", ",", "abc"]

    /// A deterministic generator, so that a failure can be reproduced.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Generated texts, and substrings of them cut at scalar boundaries (so inside Characters).
    static func samples(count: Int = 4000) -> [Substring] {
        var generator = Generator(state: 42)
        var result: [Substring] = []
        for _ in 0..<count {
            let length = Int.random(in: 0...8, using: &generator)
            let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
            result.append(text[...])
            let scalars = text.unicodeScalars
            if scalars.count >= 2 {
                let lower = Int.random(in: 0...(scalars.count / 2), using: &generator)
                let upper = Int.random(in: lower...scalars.count, using: &generator)
                result.append(text[scalars.index(scalars.startIndex, offsetBy: lower)..<scalars.index(scalars.startIndex, offsetBy: upper)])
            }
        }
        return result
    }

    // The references are the Character-level algorithms the parser's own calls resolve to:
    // in this test module Foundation's `contains` and `hasPrefix` (NSString's, which compare
    // scalars) would otherwise be chosen.
    @Test("contains, firstRange and hasPrefix of ASCII phrases")
    func phraseSearch() {
        for text in Self.samples() {
            let string = String(text)
            for phrase in Self.phrases {
                let lower = phrase.lowercased()
                #expect(text.containsPhrase(phrase) == (text.firstRange(of: phrase) != nil), "\(Array(text.unicodeScalars)) \(phrase)")
                #expect(string.containsPhrase(phrase) == (string.firstRange(of: phrase) != nil))
                #expect(text.containsPhrase(ignoringCase: lower) == (text.lowercased().firstRange(of: lower) != nil), "\(Array(text.unicodeScalars)) \(phrase)")
                #expect(text.firstRange(ofPhrase: phrase) == text.firstRange(of: phrase), "\(Array(text.unicodeScalars)) \(phrase)")
                #expect(string.firstRange(ofPhrase: phrase) == string.firstRange(of: phrase))
                #expect(text.startsWithPhrase(phrase) == text.starts(with: phrase), "\(Array(text.unicodeScalars)) \(phrase)")
                #expect(text.startsWithPhrase(ignoringCase: lower) == text.lowercased().starts(with: lower), "\(Array(text.unicodeScalars)) \(phrase)")
                if !text.mayContain(phrase) { #expect(text.firstRange(of: phrase) == nil) }
                #expect(text.equalsPhrase(ignoringCase: lower) == (text.lowercased() == lower), "\(Array(text.unicodeScalars)) \(phrase)")
            }
        }
    }

    @Test("ASCII classes are the Character properties of one ASCII byte")
    func asciiClasses() {
        for byte in UInt8(0)..<0x80 {
            let c = Character(Unicode.Scalar(byte))
            #expect(ASCII.isWhitespace(byte) == c.isWhitespace, "\(byte)")
            #expect(ASCII.isLetter(byte) == c.isLetter, "\(byte)")
            #expect(ASCII.isDigit(byte) == c.isNumber, "\(byte)")
            #expect(ASCII.isUpper(byte) == c.isUppercase, "\(byte)")
            #expect(ASCII.isLower(byte) == c.isLowercase, "\(byte)")
            #expect(String(Unicode.Scalar(ASCII.lowered(byte))) == String(c).lowercased(), "\(byte)")
        }
    }

    @Test("Trimming, collapsing and footnote marks")
    func trimming() {
        let sets = [":", "'\".:", ",.'", "(),;:", " .:", " :–—-|\t", "-•*\t ", "\" ", ".", " .:,", "\u{301}a"]
        for text in Self.samples() + Self.samples(count: 1500, pieces: Self.spacePieces) {
            #expect(text.trimmingSpaces == Self.referenceTrimmingSpaces(text), "\(Array(text.unicodeScalars))")
            #expect(text.trimmingSpaces.utf8.count == Self.referenceTrimmingSpaces(text).utf8.count)
            for set in sets {
                let trimmed = text.trimmingCharacters(set), reference = Self.referenceTrimming(text, set)
                #expect(trimmed.startIndex == reference.startIndex && trimmed.endIndex == reference.endIndex,
                        "\(Array(text.unicodeScalars)) \(set)")
            }
            for limit in 0...9 { #expect(text.hasFewerCharacters(than: limit) == (text.count < limit)) }
            #expect(text.collapsingSpaces == Self.referenceCollapsing(text))
            #expect(Array(text.collapsingSpaces.utf8) == Array(Self.referenceCollapsing(text).utf8))
            #expect(Array(text.withoutFootnoteMarks.utf8) == Array(String(text.filter { !Phrases.superscripts.contains($0) }).utf8))
            for needle in ["a", "ab", "k", "rating", "led by ", "i", "e;"] {
                #expect(text.firstRange(ignoringCase: needle) == Self.referenceFirstRange(text, ignoringCase: needle),
                        "\(Array(text.unicodeScalars)) \(needle)")
            }
        }
    }

    static let spacePieces = [" ", " ", "  ", "\t", "\n", "\r", "\u{B}", "\u{C}", "\u{A0}", "\u{2009}", "\u{301}", "a", "b", ":", ".", "'", "\"",
                              "–", "•", "-", "*", ";", "\u{037E}", "¹", "²", "\u{2074}", "\u{2071}", "é", "x\u{0600}", "\u{1F44D}"]

    static func samples(count: Int, pieces: [String]) -> [Substring] {
        var generator = Generator(state: 7)
        return (0..<count).map { _ in
            let length = Int.random(in: 0...7, using: &generator)
            return (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()[...]
        }
    }

    // The Character-level versions the byte scanners replaced.

    static func referenceTrimmingSpaces(_ s: Substring) -> Substring {
        guard let first = s.firstIndex(where: { !$0.isWhitespace }) else { return s[s.endIndex...] }
        let last = s.lastIndex(where: { !$0.isWhitespace })!
        return s[first...last]
    }

    static func referenceTrimming(_ s: Substring, _ set: String) -> Substring {
        guard let first = s.firstIndex(where: { !set.contains($0) }) else { return s[s.endIndex...] }
        let last = s.lastIndex(where: { !set.contains($0) })!
        return s[first...last]
    }

    static func referenceCollapsing(_ s: Substring) -> String {
        var out: [UInt8] = []
        var pendingSpace = false
        for byte in s.utf8 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func referenceFirstRange(_ s: Substring, ignoringCase needle: String) -> Range<String.Index>? {
        guard let head = needle.first else { return nil }
        var i = s.startIndex
        while i < s.endIndex {
            if s[i].lowercased().first == head {
                var j = i
                var matched = true
                for ch in needle {
                    guard j < s.endIndex, s[j].lowercased().first == ch else { matched = false; break }
                    j = s.index(after: j)
                }
                if matched { return i..<j }
            }
            i = s.index(after: i)
        }
        return nil
    }

    static let wordPieces = [
        "a", "B", "k", "Jan", "june", "Sept", "sept.", "may", "MARCH", "one", "Twenty", "twenty-one", "-twenty-one", "eight", "12",
        "1,325", "27.2", "7/21", "59%", "2025", "1999", "24th", " ", "  ", "\t", "\n", ",", ".", "'", "(", ")", ":", "-", "?",
        "Good", "good", "Requires", "requires", "improvement", "Improvement", "Outstanding", "inadequate", "staff", "staffing",
        "court work", "Leadership", "February 2025", "24th", "7 March", "1 April 2024", "and", "é", "\u{301}", "–", "\u{212A}", "\u{0130}", "¹", "•", "Ǆ", "\r", "P", "1.1", "*", "- ",
    ]

    @Test("Words, months, counts, ratings and standard names")
    func phrases() {
        for text in Self.samples(count: 3000, pieces: Self.wordPieces) {
            let string = String(text)
            #expect(Phrases.words(text) == Self.referenceWords(text), "\(Array(text.unicodeScalars))")
            for word in [text] + Self.referenceWords(text) {
                #expect(Phrases.month(word) == Self.referenceMonth(word), "\(Array(word.unicodeScalars))")
                #expect(Phrases.count(word) == Self.referenceCount(word), "\(Array(word.unicodeScalars))")
            }
            let ratings = Phrases.ratings(in: text), reference = Self.referenceRatings(text)
            #expect(ratings.map(\.rating) == reference.map(\.rating) && ratings.map(\.range) == reference.map(\.range), "\(Array(text.unicodeScalars))")
            let lower = string.asciiLowercased
            for phrase in ["staff", "court work", "leadership", "requires improvement"] {
                #expect(RatingsTable.occurrences(of: phrase, in: lower) == Self.referenceOccurrences(of: phrase, in: lower), "\(Array(text.unicodeScalars))")
            }
            #expect(BackgroundFacts.sentences(string) == Self.referenceSentences(string), "\(Array(text.unicodeScalars))")
            #expect(text.splitAtSpaces() == text.split(separator: " "), "\(Array(text.unicodeScalars))")
            #expect(Array(text.lowercasedText.utf8) == Array(text.lowercased().utf8), "\(Array(text.unicodeScalars))")
            #expect(Array(text.replacingTabsWithSpaces.utf8) == Array(text.replacing("\t", with: " ").utf8))
            let dates = Phrases.dates(in: text), referenceDates = Self.referenceDates(in: text)
            #expect(dates.map(\.date) == referenceDates.map(\.date) && dates.map(\.wordIndex) == referenceDates.map(\.wordIndex), "\(Array(text.unicodeScalars))")
        }
    }

    @Test("Bullet markers and a line's first character")
    func lineShapes() {
        for text in Self.samples() + Self.samples(count: 3000, pieces: Self.spacePieces + Self.wordPieces) {
            #expect(Paragraphs.bulletMarker(text) == Self.referenceBulletMarker(text), "\(Array(text.unicodeScalars))")
            #expect(text.startsLowercase == (text.first?.isLowercase == true), "\(Array(text.unicodeScalars))")
            if let byte = text.leadingASCII {
                let first = text.first!
                #expect(first.isLetter == ASCII.isLetter(byte) && first.isNumber == ASCII.isDigit(byte) && first.isWhitespace == ASCII.isWhitespace(byte)
                        && first.isUppercase == ASCII.isUpper(byte) && first.isLowercase == ASCII.isLower(byte) && first.unicodeScalars.count == 1)
            }
        }
    }

    static func referenceWords(_ text: some StringProtocol) -> [Substring] {
        Substring(text).split { !($0.isLetter || $0.isNumber || $0 == "," || $0 == "." || $0 == "/" || $0 == "%" || $0 == "'") }
            .map { Self.referenceTrimming($0, ",.'") }
            .filter { !$0.isEmpty }
    }

    static func referenceMonth(_ word: some StringProtocol) -> Int? {
        let w = word.lowercased()
        guard w.count >= 3 else { return nil }
        if let i = Phrases.months.firstIndex(of: w) { return i + 1 }
        if w.count == 3 || (w.count == 4 && w.hasSuffix(".")) || w == "sept" {
            return Phrases.months.firstIndex { $0.starts(with: w.prefix(3)) }.map { $0 + 1 }
        }
        return nil
    }

    static func referenceCount(_ word: some StringProtocol) -> Int? {
        let numberWords = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        ]
        let tens = ["twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90]
        let w = word.lowercased()
        if let n = Int(w.filter { $0 != "," }), !w.isEmpty, w.first!.isNumber { return n }
        if let i = numberWords.firstIndex(of: w) { return i }
        if let t = tens[w] { return t }
        let parts = w.split(separator: "-")
        if parts.count == 2, let t = tens[String(parts[0])], let u = numberWords.firstIndex(of: String(parts[1])), u < 10 { return t + u }
        return nil
    }

    static func referenceRatings(_ text: some StringProtocol) -> [(rating: Rating, range: Range<String.Index>)] {
        let ratingWords: [(Rating, [String])] = [
            (.outstanding, ["outstanding"]), (.good, ["good"]),
            (.requiresImprovement, ["requires", "improvement"]), (.inadequate, ["inadequate"]),
        ]
        let s = String(text)
        let lower = s.asciiLowercased
        var found: [(Rating, Range<String.Index>)] = []
        var i = lower.startIndex
        while i < lower.endIndex {
            let c = lower[i]
            if c == "o" || c == "g" || c == "r" || c == "i", i == lower.startIndex || !lower[lower.index(before: i)].isLetter {
                for (rating, words) in ratingWords {
                    if let end = referenceMatch(words, in: lower, at: i) {
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

    static func referenceMatch(_ words: [String], in lower: String, at start: String.Index) -> String.Index? {
        var i = start
        for (n, word) in words.enumerated() {
            if n > 0 {
                let spaceStart = i
                while i < lower.endIndex, lower[i].isWhitespace { i = lower.index(after: i) }
                if i == spaceStart { return nil }
            }
            guard lower[i...].starts(with: word) else { return nil }
            i = lower.index(i, offsetBy: word.count)
        }
        if i < lower.endIndex, lower[i].isLetter { return nil }
        return i
    }

    static func referenceOccurrences(of phrase: String, in lower: String) -> [Range<String.Index>] {
        let words = phrase.split(separator: " ").map(String.init)
        guard let first = words.first else { return [] }
        return lower.ranges(of: first).compactMap { r in
            referenceMatch(words, in: lower, at: r.lowerBound).map { r.lowerBound..<$0 }
        }
    }

    static func referenceSentences(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let next = text.index(after: i)
            if text[i] == ".", next < text.endIndex, text[next] == " " {
                let after = text.index(after: next)
                if after < text.endIndex, text[after].isUppercase || text[after].isNumber {
                    result.append(text[start...i])
                    start = after
                }
            }
            i = next
        }
        if start < text.endIndex { result.append(text[start...]) }
        return result
    }

    static func referenceBulletMarker(_ t: Substring) -> Int? {
        guard let first = t.first, "-•·*–—▪■●◦➢✓".contains(first) || first.unicodeScalars.first.map({ (0xF000...0xF0FF).contains($0.value) }) == true else { return nil }
        let rest = t.dropFirst()
        guard let next = rest.first, next == " " || next == "\t" else { return nil }
        return 1 + rest.prefix { $0 == " " || $0 == "\t" }.count
    }

    @Test("A scalar that does not change when lower-cased is its own lower-case mapping")
    func lowercaseMappings() {
        // What `lowercasedText` relies on, for every scalar of this Unicode version.
        var exceptions: [UInt32] = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), !scalar.properties.changesWhenLowercased else { continue }
            if scalar.properties.lowercaseMapping.unicodeScalars.elementsEqual([scalar]) == false { exceptions.append(value) }
        }
        #expect(exceptions.isEmpty)
        let mixed = "ΣΑΣ Å İx ẞ Ǆ – ’ é ¹ \u{301}K\u{212A}"
        #expect(Array(mixed.lowercasedText.utf8) == Array(mixed.lowercased().utf8))
    }

    static func referenceDates(in text: some StringProtocol) -> [(date: CalendarDate, wordIndex: Int)] {
        func year(_ word: Substring) -> Int? {
            guard word.count == 4, let y = Int(word), (1990...2100).contains(y) else { return nil }
            return y
        }
        func dayNumber(_ word: Substring) -> Int? {
            let digits = word.prefix { $0.isNumber }
            let suffix = word.dropFirst(digits.count).lowercased()
            guard !digits.isEmpty, ["", "st", "nd", "rd", "th"].contains(suffix), let d = Int(digits), (1...31).contains(d) else { return nil }
            return d
        }
        let w = referenceWords(text)
        var found: [(CalendarDate, Int)] = []
        var i = 0
        while i < w.count {
            if let m = referenceMonth(w[i]), i + 1 < w.count, let y = year(w[i + 1]) {
                if i > 0, let d = dayNumber(w[i - 1]) {
                    found.append((CalendarDate(year: y, month: m, day: d), i - 1))
                } else {
                    found.append((CalendarDate(year: y, month: m), i))
                }
                i += 2
            } else if i > 0, let d = dayNumber(w[i - 1]), let m = referenceMonth(w[i]),
                      let y = w[(i + 1)..<min(w.count, i + 6)].lazy.compactMap({ year($0) }).first {
                found.append((CalendarDate(year: y, month: m, day: d), i - 1))
                i += 1
            } else {
                i += 1
            }
        }
        return found
    }

    @Test("Lines decoded from bytes as from the decoded text")
    func decodedLines() {
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array("line".utf8), [0x0A], [0x0D], [0x0D, 0x0A], [0x09], [0x0C], [0x20], Array("é".utf8), Array("–".utf8),
            [0xE2, 0x80], [0xC3], [0xFF], [0x80], [0xEF, 0xBB, 0xBF], [0x00], [0x01], Array("0123456789abcdef".utf8),
        ]
        var generator = Generator(state: 3)
        for _ in 0..<3000 {
            let length = Int.random(in: 0...12, using: &generator)
            let bytes = (0..<length).flatMap { _ in pieces.randomElement(using: &generator)! }
            var log = DiagnosticLog(file: "x"), referenceLog = DiagnosticLog(file: "x")
            let lines = TextDecoding.decodeLines(bytes, log: &log)
            let reference = TextDecoding.decode(bytes, log: &referenceLog).map(Self.referencePhysicalLines)
            #expect(lines?.map { Array($0.utf8) } == reference?.map { Array($0.utf8) }, "\(bytes)")
            #expect(log.items == referenceLog.items, "\(bytes)")
            if let text = TextDecoding.decode(bytes, log: &referenceLog) {
                #expect(NormalisedText.physicalLines(text) == Self.referencePhysicalLines(text))
            }
        }
    }

    static func referencePhysicalLines(_ text: String) -> [String] {
        var result: [String] = []
        let bytes = Array(text.utf8)
        var start = 0
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x0A || byte == 0x0D {
                result.append(String(decoding: bytes[start..<i], as: UTF8.self))
                i += byte == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A ? 2 : 1
                start = i
            } else {
                i += 1
            }
        }
        if start < bytes.count { result.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return result
    }

    @Test("Collapsing long lines; cells between tabs")
    func longLines() {
        let pieces = ["a", "word", " ", " ", "  ", "\t", "\n", "\r", "\u{B}", "é", "–", "x y", "12", "\u{301}", "\u{A0}"]
        var generator = Generator(state: 5)
        for _ in 0..<3000 {
            let length = Int.random(in: 0...40, using: &generator)
            let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(Array(text.collapsingSpaces.utf8) == Array(Self.referenceCollapsing(text[...]).utf8), "\(Array(text.unicodeScalars))")
            #expect(Array(text[...].collapsingSpaces.utf8) == Array(Self.referenceCollapsing(text[...]).utf8))
            #expect(text.cellsBetweenTabs == text.split(separator: "\t", omittingEmptySubsequences: false), "\(Array(text.unicodeScalars))")
            #expect(text.splitAtSpaces() == text.split(separator: " "))
        }
        // Phrases in long texts (the search steps eight bytes at a time).
        let words = ["a", "Word", " ", "led by ", "LED BY", "rating", "Rating", "k", "K", "\u{212A}", "é", "–", "\u{301}", "0", "1", "<", "x"]
        for _ in 0..<3000 {
            let length = Int.random(in: 0...30, using: &generator)
            let text = (0..<length).map { _ in words.randomElement(using: &generator)! }.joined()
            for phrase in ["led by ", "rating", "k", "a", "<", "word ", "01", " a"] {
                #expect(text.containsPhrase(phrase) == (text.firstRange(of: phrase) != nil), "\(Array(text.unicodeScalars)) \(phrase)")
                #expect(text.containsPhrase(ignoringCase: phrase) == (text.lowercased().firstRange(of: phrase) != nil), "\(Array(text.unicodeScalars)) \(phrase)")
                #expect(text.firstRange(ofPhrase: phrase) == text.firstRange(of: phrase))
                #expect(text[...].firstRange(ignoringCase: phrase) == Self.referenceFirstRange(text[...], ignoringCase: phrase))
            }
        }
    }
}
