import InspectionModel
import SourceAndOutput

/// Reads what an incomplete text states: the opening of a PDU report (its title and
/// foreword, copied from the web page or a press release), or a report of a kind sitegen
/// does not model in full (a regional, youth justice or thematic inspection). It keeps the
/// title, the PDU or region, the publication month, the overall rating stated in words and
/// the previous inspection the text recalls (never taken for this one's rating).
struct PartialReportReader {
    let file: String

    /// The partial inspection, or nil when the text names no inspection at all.
    func read(_ lines: [TextLine], log: inout DiagnosticLog) -> PartialInspection? {
        guard let title = Self.title(lines) else { return nil }
        let at = { (line: Int) in SourceLocation(file: file, line: line) }
        let kind = Self.kind(of: title.text)
        let front = TitlePage(Array(lines.prefix { $0.number <= title.line + LayoutThresholds.titlePageLines }))
        var paragraphs: [Block] = []
        var silent = DiagnosticLog(file: file)  // the paragraphs' notes are the full parser's to give
        paragraphs = Paragraphs.blocks(lines, log: &silent).filter { $0.kind == .paragraph || $0.kind == .bullet }
        let source = SourceLines(lines)
        let ratings = Self.statedRatings(paragraphs, lines: source)
        let rating = ratings.current
        let pdu = kind == .pduReport ? front.pdu : nil
        let region =
            front.region
            ?? (kind == .regionalInspection ? Names.region(fromServiceLine: title.text).map { ($0, title.line) } : nil)
            ?? (kind == .pduReport ? PDUReportParser.regionFromBackground(paragraphs) : nil)
        var missing = ["the ratings table (score and standards)", "key questions", "recommendations"]
        if rating == nil { missing.insert("the overall rating", at: 0) }
        if front.published == nil { missing.append("the publication date") }
        let partial = PartialInspection(
            kind: kind, title: Sourced(title.text, at: at(title.line)),
            pdu: pdu.map { Sourced($0.name, at: at($0.line)) },
            region: region.map { Sourced($0.name, at: at($0.line)) },
            published: front.published.map { Sourced($0.date, at: at($0.line)) },
            overallRating: rating.map { Sourced($0.rating, at: at($0.line)) },
            previousRating: ratings.previous.map { Sourced($0.rating, at: at($0.line)) },
            previousYear: ratings.previous?.year,
            chiefInspector: Signatories.chiefInspector(lines).map { Sourced($0.name, at: at($0.line)) },
            missing: missing, source: at(title.line))
        log.warning(
            "only part of a report, or a \(kind.description) sitegen does not read in full: kept as a partial inspection of \(partial.subject); "
                + "the text lacks \(missing.joined(separator: ", "))", line: title.line)
        return partial
    }

    /// The title: the first short line naming an inspection (with the next line when it
    /// ends in "in:"), within the text's opening.
    static func title(_ lines: [TextLine]) -> (text: String, line: Int)? {
        let content = lines.filter { !$0.isBlank }.prefix(LayoutThresholds.titleReach)
        for (i, line) in content.enumerated() {
            let t = line.trimmed.collapsingSpaces
            guard t.count < LayoutThresholds.titleLength, t.containsPhrase(ignoringCase: "inspection of") else {
                continue
            }
            let lower = t.lowercasedText
            guard
                lower.hasPrefix("an inspection") || lower.hasPrefix("inspection") || lower.hasPrefix("a thematic")
                    || lower.hasPrefix("a joint") || lower.hasPrefix("the ") || lower.hasPrefix("an ")
                    || lower.hasPrefix("a ")
            else { continue }
            if t.hasSuffix(":") || lower.hasSuffix(" in"),
                content.index(content.startIndex, offsetBy: i + 1) < content.endIndex
            {
                let next = content[content.index(content.startIndex, offsetBy: i + 1)]
                return (
                    t.trimmingCharacters(":") + (t.hasSuffix(":") ? ": " : " ") + next.trimmed.collapsingSpaces,
                    line.number
                )
            }
            return (t, line.number)
        }
        return nil
    }

    static func kind(of title: String) -> PartialInspection.Kind {
        let lower = title.lowercasedText
        if lower.contains("youth justice") || lower.contains("youth offending") { return .youthJustice }
        if lower.contains("thematic") { return .thematic }
        if lower.contains("probation services in") || lower.contains("probation services:") || lower.hasSuffix(" pdu") {
            return .pduReport
        }
        if lower.contains(" region") { return .regionalInspection }
        return .thematic
    }

    /// Words that say a sentence is about an earlier inspection.
    static let previousMarkers = [
        "last inspected", "previously inspected", "previous inspection", "last inspection",
        "previously rated", "was rated", "were rated", "had been rated", "when it was", "at that time",
    ]
    /// Words that state this inspection's rating.
    static let currentMarkers = [
        "has been rated", "have been rated", "we rated", "we have rated", "overall rating of",
        "is rated", "are rated", "rated as", "rating of", "been given a rating", "has received a rating",
    ]

    /// The first rating a sentence states as this inspection's, and the first a sentence
    /// recalling a previous inspection states (with that sentence's year): the previous
    /// rating, never this one.
    static func statedRatings(_ paragraphs: [Block], lines: SourceLines)
        -> (current: (rating: Rating, line: Int)?, previous: (rating: Rating, line: Int, year: Int?)?)
    {
        var current: (rating: Rating, line: Int)?
        var previous: (rating: Rating, line: Int, year: Int?)?
        for paragraph in paragraphs {
            for sentence in BackgroundFacts.sentences(paragraph.text) {
                guard let found = Phrases.ratings(in: sentence).first else { continue }
                let line = lines.line(of: found.rating.rawValue, in: paragraph)
                if previousMarkers.contains(where: { sentence.containsPhrase(ignoringCase: $0) }) {
                    if previous == nil {
                        previous = (
                            found.rating, line, Phrases.words(sentence).lazy.compactMap { Phrases.year($0) }.first
                        )
                    }
                } else if current == nil, currentMarkers.contains(where: { sentence.containsPhrase(ignoringCase: $0) })
                {
                    current = (found.rating, line)
                }
            }
        }
        return (current, previous)
    }
}
