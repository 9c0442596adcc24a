import InspectionModel
import SourceAndOutput

/// A regional letter's ratings annexe: one ratings block per PDU, each opening at an
/// "Overall rating" line (with the PDU's name and score just above it, when printed).
enum RatingsAnnex {
    static func blocks(_ lines: [TextLine]) -> [[TextLine]] {
        var starts: [Int] = []
        for (i, line) in lines.enumerated() where line.trimmed.containsPhrase(ignoringCase: "overall rating") {
            // The PDU's name and score may stand above, on lines of their own.
            var start = i
            var j = i - 1
            var taken = 0
            while j >= (starts.last.map { $0 + 1 } ?? 0), taken < LayoutThresholds.ratingsBlockHeadLines,
                lines[j].isBlank || opensBlock(lines[j])
            {
                if !lines[j].isBlank { start = j; taken += 1 }
                j -= 1
            }
            starts.append(start)
        }
        return starts.enumerated().map { n, start in
            Array(lines[start..<(n + 1 < starts.count ? starts[n + 1] : lines.count)])
        }
    }

    /// The line above "Overall rating" belongs to its block when it names the PDU or
    /// gives the score, not when it is the previous block's last row.
    private static func opensBlock(_ line: TextLine) -> Bool {
        let t = line.trimmed
        if t.containsPhrase(ignoringCase: "score") { return true }
        return t.hasFewerCharacters(than: LayoutThresholds.ratingsBlockHeadLength) && !t.hasSuffix(".")
            && !t.hasSuffix(":") && !t.containsPhrase("(") && !t.containsPhrase("://")
            && !RatingsTable.namesStandard(line.text) && Phrases.ratings(in: line.text).isEmpty
    }

    static func inspection(
        _ block: [TextLine], knownPDUs: [String], region: Sourced<String>, published: Sourced<CalendarDate>,
        recommendations: [(pdu: String, items: [RecommendationList.Item])],
        summary: [(pdu: String, rating: Rating, line: Int)], file: String,
        log: inout DiagnosticLog
    ) -> Inspection? {
        let at = { (line: Int) in SourceLocation(file: file, line: line) }
        let table = RatingsTable(block)
        let firstLine = block.first { !$0.isBlank }?.number ?? 1
        guard let overall = table.overall else {
            log.error("PDU ratings block has no overall rating", line: firstLine)
            return nil
        }
        var pdu: (name: String, line: Int)
        let header = block.prefix { $0.number < overall.line || !$0.trimmed.containsPhrase(ignoringCase: "overall") }
        if let named = header.lazy.compactMap({ line in
            knownPDUs.first { Names.pdu(line.trimmed.collapsingSpaces).hasPrefix($0) }.map { ($0, line.number) }
        }).first {
            pdu = named
        } else if let heading = table.heading, !heading.text.lowercasedText.hasPrefix("overall"),
            !heading.text.containsPhrase("(")
        {
            pdu = (Names.pdu(heading.text), heading.line)
        } else if knownPDUs.count == 1 {
            pdu = (knownPDUs[0], firstLine)
            let confirmed = summary.contains { $0.pdu == knownPDUs[0] && $0.rating == overall.rating }
            log.note(
                "this PDU ratings block names no PDU; it is \(knownPDUs[0]), the one PDU the letter names that no other block rates\(confirmed ? " (the letter's summary gives the same overall rating)" : "")",
                line: firstLine)
        } else {
            log.error(
                "this PDU ratings block names no PDU, and the letter names \(knownPDUs.count) unrated PDUs to choose from",
                line: firstLine)
            return nil
        }
        if let stated = summary.first(where: { $0.pdu == pdu.name }), stated.rating != overall.rating {
            log.warning(
                "the ratings annexe rates \(pdu.name) \(overall.rating.rawValue) but the letter's summary (line \(stated.line)) says \(stated.rating.rawValue)",
                line: overall.line)
        }
        let framework = PDUReportParser.framework(table: table, sections: [])
        let standards = StandardsReader(framework: framework, file: file).read(
            table: table, sectionRatings: [:], log: &log)
        // The first list to the PDU that has items (a later one is reported as unpublished).
        let items = recommendations.first { $0.pdu == pdu.name && !$0.items.isEmpty }?.items ?? []
        if items.isEmpty { log.note("the letter gives no recommendations for \(pdu.name)", line: firstLine) }
        let inspection = Inspection(
            pdu: Sourced(pdu.name, at: at(pdu.line)), region: region, published: published, framework: framework,
            score: StandardsReader.score(
                stated: table.score, standards: standards, framework: framework, at: at(overall.line), log: &log),
            overallRating: Sourced(overall.rating, at: at(overall.line)), standards: standards,
            recommendations: items.map {
                Recommendation(
                    number: $0.number,
                    addressee: RecommendationList.addressee($0.addressee, pdu: pdu.name, region: region.value),
                    text: $0.text, source: at($0.line), provenance: $0.numberProvenance(file: file))
            },
            origin: .regionalLetter, source: at(firstLine))
        InspectionChecks.run(inspection, log: &log)
        return inspection
    }
}
