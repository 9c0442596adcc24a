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
                let place = FigurePlace.place(
                    before: tail[..<range.lowerBound], after: tail[range.upperBound...],
                    pdu: pdu, region: region)
                return BackgroundFigure(value, place: place, at: at(printed))
            }
            // A phrase the paragraph cannot hold (`mayContain`) is in none of its sentences:
            // most paragraphs need no sentence read.
            let lookalike = text.holdsLookalike
            let mayHold = { (phrase: String) in text.mayContain(ignoringCase: phrase, holdsLookalike: lookalike) }
            let readsFieldwork = fieldworkStarted == nil && mayHold("fieldwork")
            let previousPhrases = previous == nil ? Self.previousInspectionPhrases.filter(mayHold) : []
            let readsPopulation = figures.population == nil && mayHold("population")
            let readsRate = figures.provenReoffendingRate == nil && mayHold("proven reoffending rate")
            let readsCaseload = figures.caseload == nil && mayHold("caseload")
            let readsSentences =
                readsFieldwork || !previousPhrases.isEmpty || readsPopulation || readsRate || readsCaseload
            for sentence in readsSentences ? Self.sentences(text) : [] {
                if readsFieldwork, fieldworkStarted == nil, sentence.containsPhrase(ignoringCase: "fieldwork"),
                    let date = Phrases.dates(in: sentence).first(where: { $0.date.day != nil })?.date
                {
                    fieldworkStarted = (date, at(Self.spelled(date)).line)
                }
                if previous == nil, previousPhrases.contains(where: { sentence.containsPhrase(ignoringCase: $0) }),
                    !sentence.containsPhrase(ignoringCase: "recommendation"),
                    let date = Phrases.dates(in: sentence).first?.date
                {
                    previous = (date, Phrases.ratings(in: sentence).first?.rating, at(Self.spelled(date)).line)
                }
                if readsPopulation, figures.population == nil, let r = sentence.firstRange(ignoringCase: "population"),
                    let n = Self.firstInteger(in: sentence[r.upperBound...], minimum: 1000)
                {
                    figures.population = figure(n.value, printed: n.printed, in: sentence[r.upperBound...])
                }
                if readsRate, figures.provenReoffendingRate == nil,
                    let r = sentence.firstRange(ignoringCase: "proven reoffending rate"),
                    let rate = Self.firstRate(in: sentence[r.upperBound...])
                {
                    figures.provenReoffendingRate = figure(
                        rate.value, printed: rate.printed, in: sentence[r.upperBound...])
                }
                if readsCaseload, figures.caseload == nil, let r = sentence.firstRange(ignoringCase: "caseload"),
                    let n = Self.firstInteger(in: sentence[r.upperBound...], minimum: 10)
                {
                    figures.caseload = figure(n.value, printed: n.printed, in: sentence[r.upperBound...])
                }
            }
            guard cases == nil else { continue }
            let community = ["community order", "community sentence"].first { text.containsPhrase(ignoringCase: $0) }
            if let community, let orders = Phrases.count(before: community, in: text),
                let licences = Phrases.count(before: "release", in: text) ?? Phrases.count(before: "licence", in: text)
            {
                let interviews =
                    Phrases.count(before: "interviews with", in: text)
                    ?? Phrases.count(before: "practitioner interviews", in: text)
                    ?? Phrases.count(after: "interviewed", in: text)
                cases = (orders, licences, interviews, at(community).line)
            }
        }
    }

    /// The phrases that say a sentence is about the previous inspection.
    private static let previousInspectionPhrases = [
        "previously inspected", "last inspected", "last inspection", "previous inspection",
    ]

    /// A date as reports print it, to find its line: `24 February`, or `February 2023`.
    private static func spelled(_ date: CalendarDate) -> String {
        let month = Phrases.months[date.month - 1]
        return date.day.map { "\($0) \(month)" } ?? "\(month) \(date.year)"
    }

    /// A paragraph's sentences (split at `. ` before a capital or digit).
    static func sentences(_ text: String) -> [Substring] {
        if text.isPlainASCII { return text.withUTF8Bytes(sentenceRanges).map(text.utf8Slice) }
        return sentenceRanges(text).map { text[$0] }
    }

    /// `sentences(_:)` on any units: each sentence with its full stop.
    static func sentenceRanges<Units: BidirectionalCollection>(_ units: Units) -> [Range<Units.Index>]
    where Units.Element: TextUnit {
        let (stop, space) = (Units.Element.ascii("."), Units.Element.ascii(" "))
        var result: [Range<Units.Index>] = []
        var start = units.startIndex
        var i = units.startIndex
        while i < units.endIndex {
            let next = units.index(after: i)
            if units[i] == stop, next < units.endIndex, units[next] == space {
                let after = units.index(after: next)
                if after < units.endIndex, units[after].isUppercase || units[after].isNumber {
                    result.append(start..<next)
                    start = after
                }
            }
            i = next
        }
        if start < units.endIndex { result.append(start..<units.endIndex) }
        return result
    }

    /// The first whole number (`266,460`) at least `minimum`, skipping percentages and years.
    static func firstInteger(in text: Substring, minimum: Int) -> (value: Int, printed: String)? {
        for word in Phrases.words(text) {
            guard word.startsWithNumber, !word.containsPhrase("."), !word.containsPhrase("%"), !word.containsPhrase("/")
            else { continue }
            guard let n = Int(word.filter { $0 != "," }) else { continue }
            if n >= minimum, !(Phrases.year(word) != nil && !word.containsPhrase(",")) { return (n, String(word)) }
        }
        return nil
    }

    /// The first `27.2 per cent` or `27.2%`.
    static func firstRate(in text: Substring) -> (value: Double, printed: String)? {
        let words = Phrases.words(text)
        for (i, word) in words.enumerated() where word.first?.isNumber == true {
            let percent =
                word.hasSuffix("%")
                || (i + 2 < words.count && words[i + 1].lowercasedText == "per"
                    && words[i + 2].lowercasedText == "cent")
            if percent, let value = Phrases.decimal(atStartOf: word) { return (value, String(word)) }
        }
        return nil
    }
}
