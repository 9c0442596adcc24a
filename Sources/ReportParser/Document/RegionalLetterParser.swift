import InspectionModel
import SourceAndOutput

/// Builds a `RegionalInspection` from a regional inspection letter: its date (checked
/// against the dates it mentions), region, signer, observation sections, and from its
/// annexes one `Inspection` per PDU it rates.
struct RegionalLetterParser {
    let file: String

    func parse(_ lines: [TextLine], log: inout DiagnosticLog) -> RegionalInspection? {
        let at = { (line: Int) in SourceLocation(file: file, line: line) }
        guard let dated = LetterDate(lines, file: file, log: &log) else {
            log.error(
                "the letter has no date (expected a line such as '09 February 2023' near its top)",
                line: lines.first { !$0.isBlank }?.number ?? 1)
            return nil
        }
        guard let found = Self.region(lines) else {
            log.error(
                "could not find the letter's region (expected 'Probation Service – <name> region')", line: dated.line)
            return nil
        }
        let region = Sourced(found.name, at: at(found.line))
        let annexOne = lines.firstIndex { Self.isAnnexe($0, "one") }
        let lastLine = lines.last { !$0.isBlank }?.number ?? 1
        let annexTwo = lines.firstIndex { Self.isAnnexe($0, "two") }
        let signOff = lines.firstIndex {
            $0.trimmed.startsWithPhrase(ignoringCase: "yours sincerely")
                || $0.trimmed.startsWithPhrase(ignoringCase: "yours faithfully")
        }
        guard signOff != nil || annexTwo != nil else {
            log.error(
                "the letter ends at line \(lastLine) with no sign-off and no annexes: it looks truncated",
                line: lastLine)
            return nil
        }
        let bodyEnd = signOff ?? annexOne ?? lines.endIndex
        let bodyStart =
            lines.firstIndex { $0.trimmed.startsWithPhrase(ignoringCase: "regional observations") }.map { $0 + 1 }
            ?? lines.firstIndex { $0.trimmed.hasPrefix("Dear ") }.map { $0 + 1 } ?? 0
        let sections = LetterSections.read(Array(lines[bodyStart..<max(bodyStart, bodyEnd)]), file: file, log: &log)

        let summary = Self.summaryRatings(sections)
        // Either annexe may come first: each runs to the other, or to the end.
        var recommendations: [(pdu: String, items: [RecommendationList.Item])] = []
        if let annexOne {
            let end = annexTwo.flatMap { $0 > annexOne ? $0 : nil } ?? lines.endIndex
            recommendations = Self.recommendationsByPDU(Array(lines[(annexOne + 1)..<end]), log: &log)
        }
        var inspections: [Inspection] = []
        if let annexTwo {
            let known =
                recommendations.map(\.pdu)
                + summary.map(\.pdu).filter { name in !recommendations.contains { $0.pdu == name } }
            let end = annexOne.flatMap { $0 > annexTwo ? $0 : nil } ?? lines.endIndex
            for block in RatingsAnnex.blocks(Array(lines[(annexTwo + 1)..<end])) {
                let named = inspections.map(\.pdu.value)
                guard
                    let inspection = RatingsAnnex.inspection(
                        block, knownPDUs: known.filter { !named.contains($0) }, region: region,
                        published: Sourced(dated.date.monthOnly, at: at(dated.line), provenance: dated.provenance),
                        recommendations: recommendations,
                        summary: summary, file: file, log: &log)
                else { continue }
                inspections.append(inspection)
            }
        } else {
            log.warning(
                "the letter has no 'Annexe two – PDU ratings'; it rates no PDU",
                line: bodyEnd < lines.endIndex ? lines[bodyEnd].number : dated.line)
        }
        Self.reportUnpublished(recommendations, rated: inspections.map(\.pdu.value), log: &log)
        let signer = Signatories.chiefInspector(Array(lines[(signOff ?? 0)...]))
        return RegionalInspection(
            region: region,
            date: Sourced(dated.date, at: at(dated.line), provenance: dated.provenance),
            signer: signer.map { Sourced($0.name, at: at($0.line)) },
            sections: sections, inspections: inspections,
            source: at(lines.first { !$0.isBlank }?.number ?? 1))
    }

    /// `Annexe one`, `Annex 1`, `Appendix one` … (with `ordinal` "one" or "two").
    private static func isAnnexe(_ line: TextLine, _ ordinal: String) -> Bool {
        // Only a line starting "annex" or "appendix" can be one.
        guard
            line.trimmed.startsWithPhrase(ignoringCase: "annex")
                || line.trimmed.startsWithPhrase(ignoringCase: "appendix")
        else { return false }
        let t = line.trimmed.lowercasedText
        let digit = ordinal == "one" ? "1" : "2"
        return t.count < LayoutThresholds.annexeHeadingLength
            && ["annexe ", "annex ", "appendix "].contains { word in
                [ordinal, digit].contains {
                    t.hasPrefix(word + $0) && !(t.dropFirst(word.count + $0.count).first?.isLetter ?? false)
                }
            }
    }

    /// "review of Probation Service – East Midlands region", or "<name> region should:".
    static func region(_ lines: [TextLine]) -> (name: String, line: Int)? {
        for line in lines where line.text.mayContain("Probation") {
            let t = line.trimmed.collapsingSpaces
            guard let r = t.firstRange(ofPhrase: "Probation Service") else { continue }
            let rest = t[r.upperBound...].drop { $0 == " " || $0 == "–" || $0 == "—" || $0 == "-" }
            guard rest.count < t[r.upperBound...].count else { continue }
            // "… – East Midlands region", or "… – Wales." (the name ends with its clause).
            let end =
                rest.firstRange(ofPhrase: " region")?.lowerBound ?? rest.firstRange(ofPhrase: " Region")?.lowerBound
                ?? rest.firstIndex { $0 == "." || $0 == "," || $0 == ";" || $0 == "(" } ?? rest.endIndex
            let name = Names.region(rest[..<end])
            guard !name.isEmpty, name.split(separator: " ").count <= LayoutThresholds.regionNameWords else { continue }
            return (name, line.number)
        }
        for line in lines where line.trimmed.hasSuffix("region should:") {
            return (Names.region(line.trimmed.dropLast(" should:".count)), line.number)
        }
        return nil
    }

    /// "we rated Derby City as 'Requires improvement' and Leicester, … as 'Inadequate'".
    static func summaryRatings(_ sections: [RegionalSection]) -> [(pdu: String, rating: Rating, line: Int)] {
        for paragraph in sections.flatMap(\.findings.narrative) {
            guard
                let r = paragraph.text.firstRange(ofPhrase: "we rated ")
                    ?? paragraph.text.firstRange(ofPhrase: "We rated ")
            else { continue }
            let parts = paragraph.text[r.upperBound...].split(separator: "'", omittingEmptySubsequences: false)
            var found: [(String, Rating, Int)] = []
            var i = 0
            while i + 1 < parts.count, let rating = Phrases.rating(exactly: parts[i + 1]) {
                var name = parts[i].trimmingSpaces
                for prefix in ["and ", ", and ", ", "] where name.hasPrefix(prefix) {
                    name = name.dropFirst(prefix.count)
                }
                if name.hasSuffix(" as") { name = name.dropLast(3) }
                found.append((Names.pdu(name), rating, paragraph.source.line))
                i += 2
            }
            if !found.isEmpty { return found }
        }
        return []
    }

    /// Warns of each group of recommendations that no inspection takes: one to a PDU the letter
    /// does not rate, or a second group to the same PDU (an inspection takes the first).
    private static func reportUnpublished(
        _ groups: [(pdu: String, items: [RecommendationList.Item])], rated: [String],
        log: inout DiagnosticLog
    ) {
        for (index, group) in groups.enumerated() where !group.items.isEmpty {
            let earlier = groups[..<index].first { $0.pdu == group.pdu && !$0.items.isEmpty }
            guard earlier != nil || !rated.contains(group.pdu) else { continue }
            let why =
                earlier.map { "an earlier list (line \($0.items[0].line)) gives that PDU's recommendations" }
                ?? "the letter rates no PDU of that name"
            let count = group.items.count
            log.warning(
                "\(count) recommendation\(count == 1 ? "" : "s") to \(group.pdu) not published: \(why)",
                line: group.items[0].line)
            for item in group.items { log.account.withdraw(item.lines, "recommendations no inspection takes") }
        }
    }

    /// Annexe one: a heading per PDU, then "<addressee> should:" groups.
    static func recommendationsByPDU(_ lines: [TextLine], log: inout DiagnosticLog) -> [(
        pdu: String, items: [RecommendationList.Item]
    )] {
        var groups: [(pdu: String, lines: [TextLine])] = []
        for line in lines {
            let t = line.trimmed
            if t.hasSuffix("PDU"), !t.containsPhrase("should"),
                t.hasFewerCharacters(than: LayoutThresholds.letterPDULineLength)
            {
                groups.append((Names.pdu(t), []))
            } else if !groups.isEmpty {
                groups[groups.count - 1].lines.append(line)
            }
        }
        return groups.map { ($0.pdu, RecommendationList.items($0.lines, log: &log)) }
    }
}
