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
        guard [.front, .acknowledgements, .foreword].contains(current),
            !sections.contains(where: { $0.kind == .ratings }),
            line.trimmed.hasFewerCharacters(than: LayoutThresholds.ratingsOpeningLength)
        else { return false }
        let t = line.trimmed
        return t.startsWithPhrase(ignoringCase: "overall rating")
            || (t.containsPhrase(ignoringCase: "overall rating") && t.containsPhrase(ignoringCase: "score"))
    }

    /// Where the run of short (table-like) lines at the end of a section begins.
    private static func startOfTrailingShortLines(_ lines: [TextLine]) -> Int {
        var start = lines.count
        while start > 0, lines[start - 1].trimmed.hasFewerCharacters(than: LayoutThresholds.tableLineLength),
            lines.count - start < LayoutThresholds.unheadedTableLines
        { start -= 1 }
        while start < lines.count, lines[start].isBlank { start += 1 }
        return start
    }

    /// The contents list ends at the first line of running prose (`heading` is the line's).
    private static func endsContents(_ line: TextLine, heading: Kind?) -> Bool {
        !line.trimmed.hasFewerCharacters(than: LayoutThresholds.contentsLineLength) || heading == .acknowledgements
    }

    /// The section a line opens, if it is a heading.
    static func heading(_ line: TextLine, standards: inout StandardLookup) -> Kind? {
        guard line.text.utf8.count <= LayoutThresholds.headingLineBytes else { return nil }
        let t = Self.numberTabAsSpace(line.trimmed)
        // The quick test on the first bytes first: most lines fail it.
        guard !t.isEmpty, t.withUTF8Bytes(mayBeHeading), t.hasFewerCharacters(than: LayoutThresholds.headingLength),
            !t.containsByte(UInt8(ascii: "\t"))
        else { return nil }  // no tab: a contents line
        return kind(ofHeading: t, standards: &standards)
    }

    /// The section a heading's text opens, named or numbered, read from its words: its
    /// colons, footnote marks, extra white space and number marker dropped.
    static func kind(ofHeading t: Substring, standards: inout StandardLookup) -> Kind? {
        var text = t.trimmingCharacters(":").withoutFootnoteMarks.collapsingSpaces
        if text.hasPrefix(numberMarker), text.dropFirst(numberMarker.count).first?.isNumber == true {
            text = String(text.dropFirst(numberMarker.count))
        }
        return namedHeading(text) ?? numberedHeading(text, standards: &standards)
    }

    /// The heading named by `text` in lower case (`namedHeadings`), or by the prefix it starts
    /// with (`namedHeadingPrefixes`). A plain ASCII text longer than every name is none of
    /// them (lower-casing keeps its length): no lower-cased copy, no hashing.
    private static func namedHeading(_ text: String) -> Kind? {
        // A text whose first byte is ASCII and starts no name or prefix (a number) is none of them.
        if let first = text.utf8.first, first < 0x80, !namedFirstBytes.contains(first) { return nil }
        if text.utf8.count <= namedHeadingBytes || !text.isPlainASCII, let kind = namedHeadings[text.lowercasedText] {
            return kind
        }
        return namedHeadingPrefixes.first { text.startsWithPhrase(ignoringCase: $0.prefix) }?.kind
    }

    /// The first bytes of the names in `namedHeadings` and of the prefixes, in either case.
    private static let namedFirstBytes = ByteSet(
        ASCII.firstBytes(of: Array(namedHeadings.keys) + namedHeadingPrefixes.map(\.prefix)))

    /// The bytes of the longest name in `namedHeadings`.
    private static let namedHeadingBytes = namedHeadings.keys.map(\.utf8.count).max()!

    /// The headings known by their words, lower-cased as `heading` compares them.
    static let namedHeadings: [String: Kind] = [
        "contents": .contents, "table of contents": .contents,
        "acknowledgements": .acknowledgements, "acknowledgments": .acknowledgements,
        "foreword": .foreword,
        "ratings": .ratings, "ratings table": .ratings,
        "recommendations": .recommendations,
        "background": .background, "background information": .background,
        "diversity and inclusion": .diversity, "diversity, equity and inclusion": .diversity,
        "equity, diversity and inclusion": .diversity,
        "feedback from people on probation": .feedback, "people on probation feedback": .feedback,
        "outcomes": .outcomes,
        "progress on previous recommendations": .progress, "progress against previous recommendations": .progress,
    ]

    /// The headings known by their first word (`Annexe one – Web links`).
    static let namedHeadingPrefixes: [(prefix: String, kind: Kind)] = [
        ("annexe ", .annexe), ("annex ", .annexe), ("appendix ", .annexe),
    ]

    /// What may stand before a numbered heading's number: `P 1.1. Leadership`.
    static let numberMarker = "P "

    /// For each byte, whether a heading's text may start with it: the first letters of the
    /// named headings and prefixes (either case), of the number marker, a digit or a full
    /// stop (a numbered heading), and every non-ASCII byte. Made from the tables above, so
    /// a heading added there is never filtered out here.
    private static let headingFirstBytes = ByteSet(
        Array(UInt8(0x80)...UInt8(0xFF)) + Array(UInt8(ascii: "0")...UInt8(ascii: "9")) + [UInt8(ascii: ".")]
            + ASCII.firstBytes(of: Array(namedHeadings.keys) + namedHeadingPrefixes.map(\.prefix) + [numberMarker]))

    /// `2.<TAB>Service delivery` (Word's numbered heading saved as text) as `2. Service
    /// delivery`: a tab straight after a leading section number only; any other tab stays.
    static func numberTabAsSpace(_ t: Substring) -> Substring {
        // Only a text that starts with an ASCII digit and holds a tab can change: most lines do not.
        guard let first = t.utf8.first, ASCII.isDigit(first), t.containsByte(UInt8(ascii: "\t")) else { return t }
        let number = t.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard number.first?.isNumber == true, t.dropFirst(number.count).first == "\t" else { return t }
        return Substring(number + " " + t.dropFirst(number.count).drop { $0 == "\t" || $0 == " " })
    }

    /// For each byte, the `ASCII.lengthBits` of the names in `namedHeadings` starting with it
    /// (in either case); 0 for a byte that starts none.
    private static let namedHeadingLengths: [UInt64] = {
        var lengths = [UInt64](repeating: 0, count: 256)
        for name in namedHeadings.keys {
            for byte in ASCII.firstBytes(of: [name]) { lengths[Int(byte)] |= ASCII.lengthBits(of: [name]) }
        }
        return lengths
    }()

    /// The openings of the headings known by a prefix (`Annexe …`) and of a marked number
    /// (`P 1.1`), lower-cased.
    private static let openings: [[UInt8]] = (namedHeadingPrefixes.map(\.prefix) + [numberMarker]).map {
        $0.utf8.map(ASCII.lowered)
    }

    /// The bytes that start one of `openings`, in either case.
    private static let openingFirstBytes = ByteSet(
        ASCII.firstBytes(of: namedHeadingPrefixes.map(\.prefix) + [numberMarker]))

    /// False when the heading text made of these bytes (colons, white space and superscript
    /// digits dropped from its start) cannot start any heading (see `headingFirstBytes`); or
    /// when it starts with an ASCII letter, cannot start one of `openings` (`mayOpen`), and
    /// cannot be a name starting with that letter by its number of ASCII bytes
    /// (`ASCII.mayName`, `namedHeadingLengths`): the steps before the lookup change only its
    /// case, white space, colons and non-ASCII scalars, and keep that letter first.
    static func mayBeHeading(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: ":") || ASCII.isWhitespace(byte) { i += 1; continue }
            let mark = ASCII.superscripts.length(in: bytes, at: i)
            if mark > 0 {
                i += mark
                continue
            }
            guard headingFirstBytes.contains(byte) else { return false }
            guard ASCII.isLetter(byte) else { return true }  // a number, a full stop, a non-ASCII byte
            if openingFirstBytes.contains(byte), openings.contains(where: { mayOpen(bytes, at: i, with: $0) }) {
                return true
            }
            return ASCII.mayName(UnsafeBufferPointer(rebasing: bytes[i...]), lengths: namedHeadingLengths[Int(byte)])
        }
        return true
    }

    /// False when the text from byte `start` cannot start with `opening` (lower-case ASCII)
    /// once its case is ignored, its superscript digits dropped and its white space collapsed:
    /// when an ASCII byte, with only ASCII bytes before it, differs from the opening's there
    /// (white space matching its space), or the text ends first. A non-ASCII byte leaves it
    /// undecided, so true.
    static func mayOpen(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, with opening: [UInt8]) -> Bool {
        for (offset, expected) in opening.enumerated() {
            guard start + offset < bytes.count else { return false }
            let byte = bytes[start + offset]
            if byte >= 0x80 { return true }
            let matches = expected == UInt8(ascii: " ") ? ASCII.isWhitespace(byte) : ASCII.lowered(byte) == expected
            if !matches { return false }
        }
        return true
    }

    /// `1.1. Leadership`, `2.5 Outcomes`, `1. Organisational arrangements and activity`.
    private static func numberedHeading(_ text: String, standards: inout StandardLookup) -> Kind? {
        // It must start with a number (`isNumber` of the first scalar) or a full stop.
        if let first = text.utf8.first, first < 0x80, !ASCII.isDigit(first), first != UInt8(ascii: ".") { return nil }
        guard let number = text.isPlainASCII ? text.withUTF8Bytes(headingNumber) : headingNumber(text) else {
            return nil
        }
        let name = text.dropFirst(number.length).trimmingSpaces
        guard !name.isEmpty else { return nil }
        guard let id = number.standardId else {
            // A plain ASCII name longer than every domain's is none (lower-casing keeps its length).
            guard name.utf8.count <= domainNameBytes || !name.isPlainASCII else { return nil }
            return domainNames.contains(name.lowercasedText) ? .domain : nil
        }
        let standardName = withoutTrailingRating(String(name))
        if standardName.lowercasedText == "outcomes" { return .outcomes }
        for framework in Framework.allCases {
            if let definition = standards.standard(named: standardName, in: framework) {
                return .standard(printedId: id, name: definition.name)
            }
        }
        return nil
    }

    /// The number opening a numbered heading's units, when a space follows it: one or two
    /// parts of one digit each, apart from full stops (`1.`, `1.1`, `.2.`), with its length
    /// in units; `standardId` the two parts joined by a full stop, nil for one (a domain's).
    static func headingNumber<Units: Collection>(_ units: Units) -> (standardId: String?, length: Int)?
    where Units.Element: TextUnit {
        let stop = Units.Element.ascii(".")
        let number = units.prefix { $0.isNumber || $0 == stop }
        let parts = number.split(separator: stop, omittingEmptySubsequences: true)
        guard !parts.isEmpty, parts.count <= 2, parts.allSatisfy({ $0.count == 1 }),
            units[number.endIndex...].first == Units.Element.ascii(" ")
        else { return nil }
        let id = parts.count == 2 ? Units.Element.text(parts[0]) + "." + Units.Element.text(parts[1]) : nil
        return (id, number.count)
    }

    /// `Leadership – Good` -> `Leadership`: a heading may carry its standard's rating.
    static func withoutTrailingRating(_ name: String) -> String {
        guard let rating = Phrases.ratings(in: name).last, rating.range.upperBound == name.endIndex else { return name }
        let head = name[..<rating.range.lowerBound].trimmingCharacters(" :–—-|\t")
        return head.isEmpty ? name : String(head)
    }

    /// The bytes of the longest name in `domainNames`.
    private static let domainNameBytes = domainNames.map(\.utf8.count).max()!

    static let domainNames: Set<String> = [
        "organisational arrangements and activity", "service delivery", "organisational delivery",
        "court work and case supervision", "case supervision",
    ]
}
