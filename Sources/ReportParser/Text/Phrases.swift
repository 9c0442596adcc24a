import InspectionModel

/// Small scanners for the phrases reports state facts in: dates, numbers (in digits or
/// words), ratings, percentages. Plain string scanning, no regular expressions.
enum Phrases {
    static let months = [
        "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december",
    ]

    /// The words of a text: letters, digits and the characters inside numbers (`1,325`, `27.2`, `7/21`).
    static func words(_ text: some StringProtocol) -> [Substring] {
        let s = Substring(text)
        if s.isPlainASCII { return s.withUTF8Bytes(wordRanges).map(s.utf8Slice) }
        return wordRanges(s).map { s[$0] }
    }

    /// `words(_:)` on any units: the runs of letters, digits and `,./%'`, without the
    /// `,.'` at their ends, empty ones left out.
    static func wordRanges<Units: BidirectionalCollection>(_ units: Units) -> [Range<Units.Index>]
    where Units.Element: TextUnit {
        let (comma, stop, slash, percent, apostrophe) = (
            Units.Element.ascii(","), Units.Element.ascii("."), Units.Element.ascii("/"),
            Units.Element.ascii("%"), Units.Element.ascii("'")
        )
        func isTrimmed(_ u: Units.Element) -> Bool { u == comma || u == stop || u == apostrophe }
        func isWordUnit(_ u: Units.Element) -> Bool {
            u.isLetter || u.isNumber || isTrimmed(u) || u == slash || u == percent
        }
        var words: [Range<Units.Index>] = []
        var i = units.startIndex
        while i < units.endIndex {
            guard isWordUnit(units[i]) else { units.formIndex(after: &i); continue }
            var start = i
            while i < units.endIndex, isWordUnit(units[i]) { units.formIndex(after: &i) }
            var end = i
            while start < end, isTrimmed(units[start]) { units.formIndex(after: &start) }
            while end > start, isTrimmed(units[units.index(before: end)]) { units.formIndex(before: &end) }
            if start < end { words.append(start..<end) }
        }
        return words
    }

    /// The first bytes of the months' names, either case.
    private static let monthInitials = ByteSet(ASCII.firstBytes(of: months))

    static func month(_ word: some StringProtocol) -> Int? {
        // A word whose first scalar is ASCII and no month's initial is no month, whole or cut.
        if let first = word.utf8.first, first < 0x80, !monthInitials.contains(first) { return nil }
        // Fewer bytes than three is fewer Characters than three: `month(lowercased:)` takes none.
        guard word.utf8.count >= 3 else { return nil }
        if word.isPlainASCII { return word.withUTF8Bytes { month(lowercased: $0.lazy.map(ASCII.lowered)) } }
        return month(lowercased: word.lowercasedText)
    }

    /// `month(_:)` of a word already in lower case (`lowercased()`), on any units.
    static func month<Units: Collection>(lowercased w: Units) -> Int? where Units.Element: TextUnit {
        guard w.count >= 3 else { return nil }
        if let i = months.firstIndex(where: { Units.Element.units(of: $0).elementsEqual(w) }) { return i + 1 }
        if w.count == 3 || (w.count == 4 && w.dropFirst(3).first == Units.Element.ascii("."))
            || w.elementsEqual(Units.Element.units(of: "sept"))
        {
            return months.firstIndex { Units.Element.units(of: $0).starts(with: w.prefix(3)) }.map { $0 + 1 }
        }
        return nil
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
                let y = w[(i + 1)..<min(w.count, i + 6)].lazy.compactMap({ year($0) }).first
            {
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
            if ASCII.isDigit(byte) {
                if run == 0 { first = byte } else if run == 1 { second = byte }
                run += 1
                if run == 4,
                    (first, second) == (UInt8(ascii: "1"), UInt8(ascii: "9"))
                        || (first, second) == (UInt8(ascii: "2"), UInt8(ascii: "0"))
                {
                    return true
                }
            } else {
                run = 0
            }
        }
        return false
    }

    private static func dayNumber(_ word: Substring) -> Int? {
        let digits = word.prefix { $0.isNumber }
        let suffix = word.dropFirst(digits.count).lowercasedText
        guard !digits.isEmpty, ["", "st", "nd", "rd", "th"].contains(suffix), let d = Int(digits), (1...31).contains(d)
        else { return nil }
        return d
    }

    private static let numberWords = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ]
    private static let tens = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    /// The first bytes of the number words, either case.
    private static let numberWordInitials = ByteSet(ASCII.firstBytes(of: numberWords + tens.keys))

    /// A count written in digits (`1,325`) or words (`eight`, `twenty-one`).
    static func count(_ word: some StringProtocol) -> Int? {
        // A word starting with an ASCII letter no number word starts with is no count.
        if let first = word.utf8.first, ASCII.isLetter(first), !numberWordInitials.contains(first) { return nil }
        let w = word.lowercasedText
        if let n = Int(w.filter { $0 != "," }), !w.isEmpty, w.first!.isNumber { return n }
        if let i = numberWords.firstIndex(of: w) { return i }
        if let t = tens[w] { return t }
        let parts = w.split(separator: "-")
        if parts.count == 2, let t = tens[String(parts[0])], let u = numberWords.firstIndex(of: String(parts[1])),
            u < 10
        {
            return t + u
        }
        return nil
    }

    /// The first count among the words just before `phrase` (e.g. `18` in
    /// "18 community orders"), searching the whole text.
    static func count(before phrase: String, in text: String) -> Int? {
        guard text.containsPhrase(ignoringCase: phrase) else { return nil }
        let lower = text.lowercasedText
        guard let r = lower.firstRange(ofPhrase: phrase) else { return nil }
        let before = lastWords(3, of: lower[..<r.lowerBound])
        for word in before.reversed() {
            if let n = count(word) { return n }
            if !["relevant", "individual", "separate", "further", "the", "of"].contains(String(word)) { break }
        }
        return nil
    }

    /// `words(text).suffix(n)`, read from the end of the text: the words after a space are
    /// those of the whole text there (a space is part of no word, and stands alone as a
    /// Character when it is found as one, or as a byte of a plain ASCII text).
    static func lastWords(_ n: Int, of text: Substring) -> ArraySlice<Substring> {
        let plain = text.isPlainASCII
        var spaces = 2 * n
        while true {
            var cut = text.endIndex
            var found = 0
            while found < spaces {
                guard
                    let space = plain
                        ? text.utf8[..<cut].lastIndex(of: UInt8(ascii: " ")) : text[..<cut].lastIndex(of: " ")
                else {
                    cut = text.startIndex  // no space before: the whole text
                    break
                }
                cut = space
                found += 1
            }
            let tail = words(text[cut...])
            if tail.count >= n || found < spaces { return tail.suffix(n) }
            spaces *= 2
        }
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
        let lower = String(text).asciiLowercased
        if lower.isPlainASCII {
            return lower.withUTF8Bytes(ratingRanges).map {
                ($0.rating, lower.utf8Slice($0.range).startIndex..<lower.utf8Slice($0.range).endIndex)
            }
        }
        return ratingRanges(in: lower)
    }

    /// `ratings(in:)` of a text with its ASCII letters in lower case, on any units.
    static func ratingRanges<Units: BidirectionalCollection>(in lower: Units) -> [(
        rating: Rating, range: Range<Units.Index>
    )]
    where Units.Element: TextUnit {
        let initials = ratingWords.map { Units.Element.units(of: $0.words[0]).first! }
        var found: [(Rating, Range<Units.Index>)] = []
        var i = lower.startIndex
        while i < lower.endIndex {
            if initials.contains(lower[i]), i == lower.startIndex || !lower[lower.index(before: i)].isLetter {
                for (rating, words) in ratingWords {
                    if let end = match(words, in: lower, at: i) {
                        found.append((rating, i..<end))
                        i = end
                        break
                    }
                }
            }
            if i < lower.endIndex { lower.formIndex(after: &i) }
        }
        return found
    }

    private static let ratingWords: [(rating: Rating, words: [String])] = [
        (.outstanding, ["outstanding"]), (.good, ["good"]),
        (.requiresImprovement, ["requires", "improvement"]), (.inadequate, ["inadequate"]),
    ]

    /// Matches words (in lower case) separated by any white space, ending at a word boundary.
    static func match<Units: BidirectionalCollection>(_ words: [String], in lower: Units, at start: Units.Index)
        -> Units.Index?
    where Units.Element: TextUnit {
        var i = start
        for (n, word) in words.enumerated() {
            if n > 0 {
                let spaceStart = i
                while i < lower.endIndex, lower[i].isWhitespace { lower.formIndex(after: &i) }
                if i == spaceStart { return nil }
            }
            for unit in Units.Element.units(of: word) {
                guard i < lower.endIndex, lower[i] == unit else { return nil }
                lower.formIndex(after: &i)
            }
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
