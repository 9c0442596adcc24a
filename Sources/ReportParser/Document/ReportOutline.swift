import InspectionModel

/// A PDU report cut into its sections by their headings, whatever the layout prints
/// around them (`P 1.1. Leadership`, `## Ratings`, `1.2 Staff`, a trailing colon).
struct ReportOutline {
    /// What a heading opens.
    enum Kind: Equatable {
        case front, contents, acknowledgements, foreword, ratings, recommendations, background
        case domain
        case standard(printedId: String, name: String)
        case diversity, feedback, outcomes, progress, annexe
    }

    struct Section {
        var kind: Kind
        var heading: TextLine?
        var lines: [TextLine]
    }

    private(set) var sections: [Section]

    init(_ lines: [TextLine]) {
        var sections = [Section(kind: .front, heading: nil, lines: [])]
        var standards = StandardLookup()
        let headings = lines.map { Self.heading($0, standards: &standards) }
        let hasRatingsHeading = headings.contains(.ratings)
        for (line, heading) in zip(lines, headings) {
            let current = sections[sections.count - 1].kind
            if current == .contents, !Self.endsContents(line, heading: heading) {
                sections[sections.count - 1].lines.append(line)
                continue
            }
            if !hasRatingsHeading, Self.startsUnheadedRatings(line, after: current, in: sections) {
                // No "Ratings" heading (merged into another line, or never printed): the
                // table starts with the short lines just above "Overall rating".
                let previous = sections[sections.count - 1].lines
                let keep = Self.startOfTrailingShortLines(previous)
                sections[sections.count - 1].lines = Array(previous[..<keep])
                sections.append(Section(kind: .ratings, heading: nil, lines: Array(previous[keep...]) + [line]))
                continue
            }
            guard let kind = heading, Self.opens(kind, after: current, in: sections) else {
                sections[sections.count - 1].lines.append(line)
                continue
            }
            sections.append(Section(kind: kind, heading: line, lines: []))
        }
        self.sections = sections
    }

    func first(_ kind: Kind) -> Section? { sections.first { $0.kind == kind } }


    /// Whether a heading starts a new section here: inside the ratings block the standards
    /// and domains are table rows, and the headings named in the contents are not sections.
    private static func opens(_ kind: Kind, after current: Kind, in sections: [Section]) -> Bool {
        switch kind {
        case .domain, .standard:
            return current != .ratings && current != .front
        case .ratings, .recommendations, .background, .foreword, .contents:
            return !sections.contains { $0.kind == kind }
        default:
            return true
        }
    }

    private static func startsUnheadedRatings(_ line: TextLine, after current: Kind, in sections: [Section]) -> Bool {
        guard [.front, .acknowledgements, .foreword].contains(current), !sections.contains(where: { $0.kind == .ratings }),
              line.trimmed.hasFewerCharacters(than: 400) else { return false }
        let t = line.trimmed
        return t.startsWithPhrase(ignoringCase: "overall rating")
            || (t.containsPhrase(ignoringCase: "overall rating") && t.containsPhrase(ignoringCase: "score"))
    }

    /// Where the run of short (table-like) lines at the end of a section begins.
    private static func startOfTrailingShortLines(_ lines: [TextLine]) -> Int {
        var start = lines.count
        while start > 0, lines[start - 1].trimmed.hasFewerCharacters(than: 100), lines.count - start < 12 { start -= 1 }
        while start < lines.count, lines[start].isBlank { start += 1 }
        return start
    }

    /// The contents list ends at the first line of running prose (`heading` is the line's).
    private static func endsContents(_ line: TextLine, heading: Kind?) -> Bool {
        !line.trimmed.hasFewerCharacters(than: 101) || heading == .acknowledgements
    }

    /// The section a line opens, if it is a heading.
    static func heading(_ line: TextLine, standards: inout StandardLookup) -> Kind? {
        guard line.text.utf8.count <= 400 else { return nil }
        let t = Self.numberTabAsSpace(line.trimmed)
        guard !t.isEmpty, t.hasFewerCharacters(than: 91), !t.containsByte(0x09) else { return nil }  // no tab: a contents line
        guard t.withUTF8Bytes(mayStartHeading) else { return nil }
        var text = t.trimmingCharacters(":").withoutFootnoteMarks.collapsingSpaces
        if text.hasPrefix("P "), text.dropFirst(2).first?.isNumber == true { text = String(text.dropFirst(2)) }
        let lower = text.lowercasedText
        switch lower {
        case "contents", "table of contents": return .contents
        case "acknowledgements", "acknowledgments": return .acknowledgements
        case "foreword": return .foreword
        case "ratings", "ratings table": return .ratings
        case "recommendations": return .recommendations
        case "background", "background information": return .background
        case "diversity and inclusion", "diversity, equity and inclusion", "equity, diversity and inclusion": return .diversity
        case "feedback from people on probation", "people on probation feedback": return .feedback
        case "outcomes": return .outcomes
        case "progress on previous recommendations", "progress against previous recommendations": return .progress
        default: break
        }
        if lower.hasPrefix("annexe ") || lower.hasPrefix("annex ") || lower.hasPrefix("appendix ") { return .annexe }
        return numberedHeading(text, standards: &standards)
    }

    /// `2.<TAB>Service delivery` (Word's numbered heading saved as text) as `2. Service
    /// delivery`: a tab straight after a leading section number only; any other tab stays.
    static func numberTabAsSpace(_ t: Substring) -> Substring {
        let number = t.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard number.first?.isNumber == true, t.dropFirst(number.count).first == "\t" else { return t }
        return Substring(number + " " + t.dropFirst(number.count).drop { $0 == "\t" || $0 == " " })
    }

    /// False when the heading text made of these bytes (colons, white space and superscript
    /// digits dropped from its start) starts with an ASCII character no heading starts with:
    /// only the letters of the headings' names, a digit or a full stop can.
    private static func mayStartHeading(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x3A || ASCII.isWhitespace(byte) { i += 1; continue }  // ":"
            if byte == 0xC2, i + 1 < bytes.count, [0xB2, 0xB3, 0xB9].contains(bytes[i + 1]) { i += 2; continue }
            if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x81, bytes[i + 2] == 0xB0 || (0xB4...0xB9).contains(bytes[i + 2]) {
                i += 3
                continue
            }
            guard byte < 0x80 else { return true }
            if ASCII.isDigit(byte) || byte == 0x2E { return true }  // a number, or "."
            switch ASCII.lowered(byte) {
            case 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x6F, 0x70, 0x72, 0x74: return true  // a b c d e f o p r t
            default: return false
            }
        }
        return true
    }

    /// `1.1. Leadership`, `2.5 Outcomes`, `1. Organisational arrangements and activity`.
    private static func numberedHeading(_ text: String, standards: inout StandardLookup) -> Kind? {
        // It must start with a number (`isNumber` of the first scalar) or a full stop.
        if let first = text.utf8.first, first < 0x80, !ASCII.isDigit(first), first != 0x2E { return nil }
        let number = text.prefix { $0.isNumber || $0 == "." }
        let parts = number.split(separator: ".", omittingEmptySubsequences: true)
        let name = text.dropFirst(number.count).trimmingSpaces
        guard !parts.isEmpty, parts.count <= 2, parts.allSatisfy({ $0.count == 1 }), !name.isEmpty,
              text.dropFirst(number.count).first == " " else { return nil }
        if parts.count == 1 {
            return domainNames.contains(name.lowercasedText) ? .domain : nil
        }
        let id = parts.joined(separator: ".")
        let standardName = withoutTrailingRating(String(name))
        if standardName.lowercasedText == "outcomes" { return .outcomes }
        for framework in Framework.allCases {
            if let definition = standards.standard(named: standardName, in: framework) {
                return .standard(printedId: id, name: definition.name)
            }
        }
        return nil
    }

    /// `Leadership – Good` -> `Leadership`: a heading may carry its standard's rating.
    static func withoutTrailingRating(_ name: String) -> String {
        guard let rating = Phrases.ratings(in: name).last, rating.range.upperBound == name.endIndex else { return name }
        let head = name[..<rating.range.lowerBound].trimmingCharacters(" :–—-|\t")
        return head.isEmpty ? name : String(head)
    }

    static let domainNames: Set<String> = [
        "organisational arrangements and activity", "service delivery", "organisational delivery",
        "court work and case supervision", "case supervision",
    ]
}
