import InspectionModel
import SourceAndOutput

/// The facts a report's Background (and Foreword) state in prose: fieldwork start, the
/// case sample, area figures (each with the place it is about) and the previous inspection.
struct BackgroundFacts {
    var fieldworkStarted: (date: CalendarDate, line: Int)?
    var cases: (communityOrders: Int, releasesOnLicence: Int, interviews: Int?, line: Int)?
    var figures = BackgroundFigures()
    var previous: (date: CalendarDate, rating: Rating?, line: Int)?

    /// Reads the facts from paragraphs; `lines` are the document's lines, to find the line
    /// of a paragraph each fact is printed on; `pdu` and `region` name the places a
    /// figure's own words are compared with.
    init(paragraphs: [Block], file: String, lines: SourceLines, pdu: String, region: String?) {
        for paragraph in paragraphs {
            let text = paragraph.text
            let at = { (words: String) in SourceLocation(file: file, line: lines.line(of: words, in: paragraph)) }
            /// The figure printed `printed` in `tail` (the words after its label).
            func figure<V>(_ value: V, printed: String, in tail: Substring) -> BackgroundFigure<V> {
                let range = tail.firstRange(ofPhrase: printed) ?? tail.endIndex..<tail.endIndex
                let place = FigurePlace.place(before: tail[..<range.lowerBound], after: tail[range.upperBound...],
                                              pdu: pdu, region: region)
                return BackgroundFigure(value, place: place, at: at(printed))
            }
            for sentence in Self.sentences(text) {
                if fieldworkStarted == nil, sentence.containsPhrase(ignoringCase: "fieldwork"),
                   let date = Phrases.dates(in: sentence).first(where: { $0.date.day != nil })?.date {
                    fieldworkStarted = (date, at(Self.spelled(date)).line)
                }
                if previous == nil,
                   ["previously inspected", "last inspected", "last inspection", "previous inspection"].contains(where: { sentence.containsPhrase(ignoringCase: $0) }),
                   !sentence.containsPhrase(ignoringCase: "recommendation"), let date = Phrases.dates(in: sentence).first?.date {
                    previous = (date, Phrases.ratings(in: sentence).first?.rating, at(Self.spelled(date)).line)
                }
                if figures.population == nil, let r = sentence.firstRange(ignoringCase: "population"),
                   let n = Self.firstInteger(in: sentence[r.upperBound...], minimum: 1000) {
                    figures.population = figure(n.value, printed: n.printed, in: sentence[r.upperBound...])
                }
                if figures.provenReoffendingRate == nil, let r = sentence.firstRange(ignoringCase: "proven reoffending rate"),
                   let rate = Self.firstRate(in: sentence[r.upperBound...]) {
                    figures.provenReoffendingRate = figure(rate.value, printed: rate.printed, in: sentence[r.upperBound...])
                }
                if figures.caseload == nil, let r = sentence.firstRange(ignoringCase: "caseload"),
                   let n = Self.firstInteger(in: sentence[r.upperBound...], minimum: 10) {
                    figures.caseload = figure(n.value, printed: n.printed, in: sentence[r.upperBound...])
                }
            }
            let community = ["community order", "community sentence"].first { text.containsPhrase(ignoringCase: $0) }
            if cases == nil, let community, let orders = Phrases.count(before: community, in: text),
               let licences = Phrases.count(before: "release", in: text) ?? Phrases.count(before: "licence", in: text) {
                let interviews = Phrases.count(before: "interviews with", in: text)
                    ?? Phrases.count(before: "practitioner interviews", in: text)
                    ?? Phrases.count(after: "interviewed", in: text)
                cases = (orders, licences, interviews, at(community).line)
            }
        }
    }

    /// A date as reports print it, to find its line: `24 February`, or `February 2023`.
    private static func spelled(_ date: CalendarDate) -> String {
        let month = Phrases.months[date.month - 1]
        return date.day.map { "\($0) \(month)" } ?? "\(month) \(date.year)"
    }

    /// A paragraph's sentences (split at `. ` before a capital or digit).
    static func sentences(_ text: String) -> [Substring] {
        if let ends = text.withUTF8Bytes(sentenceEnds) {
            var result: [Substring] = []
            var start = 0
            for end in ends {
                result.append(text.utf8Slice(start..<end))
                start = end + 1
            }
            if start < text.utf8.count { result.append(text.utf8Slice(start..<text.utf8.count)) }
            return result
        }
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

    /// The byte offsets just past each sentence's full stop (each followed by a space, then
    /// the next sentence), or nil when a non-ASCII scalar beside a `. ` could join it into
    /// another Character or make the next one a capital.
    private static func sentenceEnds(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int]? {
        var ends: [Int] = []
        var i = 0
        while i + 2 < bytes.count {
            if bytes[i] == 0x2E, bytes[i + 1] == 0x20 {  // ". "
                let after = bytes[i + 2]
                // (A Character of several scalars is a capital only if upper-casing leaves it alone.)
                if after >= 0x80 || (i + 3 < bytes.count && bytes[i + 3] >= 0x80)
                    || (i > 0 && (bytes[i - 1] >= 0x80 || bytes[i - 1] == 0x0D)) { return nil }
                if ASCII.isUpper(after) || ASCII.isDigit(after) {
                    ends.append(i + 1)
                    i += 2
                    continue
                }
            }
            i += 1
        }
        return ends
    }

    /// The first whole number (`266,460`) at least `minimum`, skipping percentages and years.
    static func firstInteger(in text: Substring, minimum: Int) -> (value: Int, printed: String)? {
        for word in Phrases.words(text) {
            guard word.startsWithNumber, !word.containsPhrase("."), !word.containsPhrase("%"), !word.containsPhrase("/") else { continue }
            guard let n = Int(word.filter { $0 != "," }) else { continue }
            if n >= minimum, !(Phrases.year(word) != nil && !word.containsPhrase(",")) { return (n, String(word)) }
        }
        return nil
    }

    /// The first `27.2 per cent` or `27.2%`.
    static func firstRate(in text: Substring) -> (value: Double, printed: String)? {
        let words = Phrases.words(text)
        for (i, word) in words.enumerated() where word.first?.isNumber == true {
            let percent = word.hasSuffix("%")
                || (i + 2 < words.count && words[i + 1].lowercasedText == "per" && words[i + 2].lowercasedText == "cent")
            if percent, let value = Phrases.decimal(atStartOf: word) { return (value, String(word)) }
        }
        return nil
    }
}
