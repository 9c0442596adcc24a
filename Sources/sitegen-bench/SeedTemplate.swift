import Foundation

/// A seed report text cut into literal text and the parts the generator varies: the PDU
/// and region names (at word boundaries), dates, years and key-question percentages.
/// Rendering it with a `DocumentVariant` writes one synthetic document.
struct SeedTemplate {
    let file: String
    let kind: SeedKind
    let names: SeedNames
    let segments: [TemplateSegment]
    /// The month the seed was published (its first date with a year: the title page's
    /// "HM Inspectorate of Probation, December 2024", or the letter's date).
    let published: MonthDate
    /// The key-question percentages as the seed gives them, one array per standard.
    let percentages: [[Int]]
    /// The seed's size in bytes.
    let bytes: Int

    enum LoadError: Error, CustomStringConvertible {
        case unrecognised(String), noNames(String), noDate(String)
        var description: String {
            switch self {
            case .unrecognised(let file): return "\(file): neither a PDU report nor a regional letter"
            case .noNames(let file): return "\(file): cannot find its PDU and region names"
            case .noDate(let file): return "\(file): cannot find its publication date"
            }
        }
    }

    init(file: String, text: String) throws {
        guard let kind = SeedKind(text: text) else { throw LoadError.unrecognised(file) }
        let names = SeedNames(text: text, kind: kind)
        guard !names.pdus.isEmpty, names.region != nil else { throw LoadError.noNames(file) }
        self.file = file
        self.kind = kind
        self.names = names
        bytes = text.utf8.count

        var matches = Self.nameMatches(in: text, names: names)
        matches += Self.dateMatches(in: text)
        let (percentMatches, percentages) = Self.percentMatches(in: text)
        matches += percentMatches
        self.percentages = percentages

        // Earliest first; at the same place the longest wins; overlapping matches are dropped.
        matches.sort {
            $0.range.lowerBound != $1.range.lowerBound
                ? $0.range.lowerBound < $1.range.lowerBound
                : $0.range.upperBound > $1.range.upperBound
        }
        var segments: [TemplateSegment] = []
        var cursor = text.startIndex
        var published: MonthDate?
        for match in matches where match.range.lowerBound >= cursor {
            if cursor < match.range.lowerBound { segments.append(.text(text[cursor..<match.range.lowerBound])) }
            segments.append(match.segment)
            if published == nil, case .date(_, let month, let year?, _) = match.segment {
                published = MonthDate(year: year, month: month)
            }
            cursor = match.range.upperBound
        }
        if cursor < text.endIndex { segments.append(.text(text[cursor...])) }
        guard let published else { throw LoadError.noDate(file) }
        self.segments = segments
        self.published = published
    }

    /// Writes the document `variant` describes.
    func render(_ variant: DocumentVariant) -> String {
        let shift = variant.published.index - published.index
        let yearShift = variant.published.year - published.year
        var out = ""
        out.reserveCapacity(bytes + 1024)
        for segment in segments {
            switch segment {
            case .text(let text): out += text
            case .pdu(let slot, let form):
                let pdu = variant.pdus[slot]
                out += form == .full ? pdu.name : pdu.place
            case .region: out += variant.region
            case .date(let day, let month, let year, let abbreviated):
                let moved = MonthDate(year: year ?? published.year, month: month).adding(months: shift)
                if let day {
                    out += Self.day(day, clampedTo: moved.days)
                    out += " "
                }
                out += abbreviated ? String(moved.name.prefix(3)) : moved.name
                if year != nil { out += " " + String(moved.year) }
            case .numericDate(let day, let month, let year):
                let moved = MonthDate(year: year, month: Int(month) ?? 1).adding(months: shift)
                out += Self.day(day, clampedTo: moved.days) + "/"
                out +=
                    (month.count == 2 && moved.month < 10 ? "0" : "") + String(moved.month) + "/" + String(moved.year)
            case .year(let year): out += String(year + yearShift)
            case .percent(let group, let question): out += String(variant.percentages[group][question])
            }
        }
        return out
    }

    /// A day of the month as printed (`09` stays two digits), no later than `days`.
    private static func day(_ printed: Substring, clampedTo days: Int) -> String {
        let value = min(Int(printed) ?? 1, days)
        return (printed.count == 2 && value < 10 ? "0" : "") + String(value)
    }

    // MARK: Finding the varied parts

    private struct Match {
        let range: Range<String.Index>
        let segment: TemplateSegment
    }

    private static func nameMatches(in text: String, names: SeedNames) -> [Match] {
        names.spellings.flatMap { spelling in
            matches(of: "\\b" + NSRegularExpression.escapedPattern(for: spelling.text) + "\\b", in: text).map {
                Match(range: $0[0]!, segment: spelling.segment)
            }
        }
    }

    private static let monthPattern =
        "January|February|March|April|May|June|July|August|September|October|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec"

    private static func dateMatches(in text: String) -> [Match] {
        var result: [Match] = []
        for groups in matches(of: "\\b(?:(\\d{1,2}) )?(\(monthPattern))\\b(?: ((?:19|20)\\d\\d)\\b)?", in: text) {
            let day = groups[1].map { text[$0] }
            let year = groups[3].flatMap { Int(text[$0]) }
            guard day != nil || year != nil, let monthName = groups[2].map({ text[$0] }),
                let month = MonthDate.month(named: monthName)
            else { continue }
            result.append(
                Match(
                    range: groups[0]!,
                    segment: .date(
                        day: day, month: month, year: year,
                        abbreviated: monthName != MonthDate.names[month - 1])))
        }
        for groups in matches(of: "\\b(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d\\d)\\b", in: text) {
            guard let month = Int(text[groups[2]!]), (1...12).contains(month), let year = Int(text[groups[3]!]) else {
                continue
            }
            result.append(
                Match(
                    range: groups[0]!, segment: .numericDate(day: text[groups[1]!], month: text[groups[2]!], year: year)
                ))
        }
        for groups in matches(of: "\\b(20\\d\\d)\\b", in: text) {
            result.append(Match(range: groups[0]!, segment: .year(Int(text[groups[1]!])!)))
        }
        return result
    }

    /// Key-question rows (`Does planning focus sufficiently on keeping other people safe?\t35%`);
    /// rows on consecutive lines belong to one standard.
    private static func percentMatches(in text: String) -> ([Match], [[Int]]) {
        var result: [Match] = []
        var groups: [[Int]] = []
        var previousEnd: String.Index?
        for found in matches(of: "(?m)^[^\\t\\n]+\\?\\t(\\d{1,3})%$", in: text) {
            let range = found[1]!
            let value = Int(text[range])!
            let adjacent = previousEnd.map { text[$0..<range.lowerBound].filter { $0 == "\n" }.count == 1 } ?? false
            if adjacent { groups[groups.count - 1].append(value) } else { groups.append([value]) }
            result.append(
                Match(
                    range: range,
                    segment: .percent(group: groups.count - 1, question: groups[groups.count - 1].count - 1)))
            previousEnd = range.upperBound
        }
        return (result, groups)
    }

    /// Every match of `pattern`, as the ranges of the whole match and of each group (nil
    /// for a group that did not take part).
    private static func matches(of pattern: String, in text: String) -> [[Range<String.Index>?]] {
        let expression = try! NSRegularExpression(pattern: pattern)
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (0..<match.numberOfRanges).map { Range(match.range(at: $0), in: text) }
        }
    }
}
