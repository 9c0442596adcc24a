import InspectionModel

/// What a ratings table (or a PDU block of a letter's ratings annexe) states, read from
/// its text whatever shape the conversion left it in: one row per line, tab-separated
/// cells, cells split across lines, or the whole table flattened into one line with the
/// ratings detached from their standards.
struct RatingsTable {
    struct Row {
        var printedId: String?
        /// The standard's name as any framework knows it (`Staff`, `Implementation and delivery`).
        var name: String
        var line: Int
        var rating: Rating?
        var ratingLine: Int?
    }

    var score: (value: Int, max: Int, line: Int)?
    var fieldworkMonth: (date: CalendarDate, line: Int)?
    var overall: (rating: Rating, line: Int)?
    var rows: [Row] = []
    /// True when the ratings were not beside their standards and were matched by order.
    var matchedByOrder = false
    /// The text before "Score" or "Overall" on the block's first line (a PDU's name).
    var heading: (text: String, line: Int)?

    init(_ lines: [TextLine]) {
        let joined = JoinedLines(lines)
        let text = joined.text
        let lower = text.asciiLowercased
        let excluded = Self.domainNameWords.flatMap { Self.occurrences(ofWords: $0, in: lower) }

        let mentions = Self.standardMentions(in: lower, excluding: excluded)
        rows = mentions.map { mention in
            Row(
                printedId: Self.printedId(before: mention.lowerBound, in: text), name: text[mention].collapsingSpaces,
                line: joined.line(at: mention.lowerBound))
        }
        var ratings = Phrases.ratings(in: text).filter { r in !excluded.contains { $0.overlaps(r.range) } }
        let firstStandard = mentions.first?.lowerBound ?? text.endIndex
        if let first = ratings.first, first.range.lowerBound < firstStandard {
            overall = (first.rating, joined.line(at: first.range.lowerBound))
            ratings.removeFirst()
        }
        assign(ratings, at: mentions.map(\.lowerBound), end: text.endIndex, joined: joined)

        score = Self.score(in: text, joined: joined)
        if let started = text[...].firstRange(ignoringCase: "started") {
            let tail = text[started.upperBound...].prefix(LayoutThresholds.fieldworkMonthReach)
            if let date = Phrases.dates(in: tail).first?.date {
                fieldworkMonth = (date.monthOnly, joined.line(at: started.lowerBound))
            }
        }
        if let firstLine = lines.first(where: { !$0.isBlank }) {
            let t = firstLine.trimmed.replacingTabsWithSpaces
            let cut =
                [t[...].firstRange(ignoringCase: "score"), t[...].firstRange(ignoringCase: "overall")]
                .compactMap { $0?.lowerBound }.min() ?? t.endIndex
            let name = t[..<cut].collapsingSpaces
            if !name.isEmpty, Phrases.ratings(in: name).isEmpty { heading = (name, firstLine.number) }
        }
    }

    /// Gives each standard its rating: by order when the counts agree, else the first
    /// rating between a standard and the next.
    private mutating func assign(
        _ ratings: [(rating: Rating, range: Range<String.Index>)], at starts: [String.Index],
        end textEnd: String.Index, joined: JoinedLines
    ) {
        func slot(_ i: Int) -> Range<String.Index> {
            let end = i + 1 < starts.count ? starts[i + 1] : textEnd
            return starts[i]..<max(starts[i], end)
        }
        if ratings.count == rows.count {
            for i in rows.indices {
                rows[i].rating = ratings[i].rating
                rows[i].ratingLine = joined.line(at: ratings[i].range.lowerBound)
                if !slot(i).contains(ratings[i].range.lowerBound) { matchedByOrder = true }
            }
        } else {
            for i in rows.indices {
                if let r = ratings.first(where: { slot(i).contains($0.range.lowerBound) }) {
                    rows[i].rating = r.rating
                    rows[i].ratingLine = joined.line(at: r.range.lowerBound)
                }
            }
        }
    }

    /// Every framework's standard names and aliases, in lower case, longest first (so
    /// "staffing" is found before "staff"), also written with `&` for "and".
    private static let standardNames: [String] = {
        let names = Framework.allCases.flatMap { $0.standards.flatMap { [$0.name] + $0.aliases } }
            .flatMap { [$0, $0.replacing(" and ", with: " & ")] }
        return Array(Set(names.map { $0.lowercasedText })).sorted {
            $0.count != $1.count ? $0.count > $1.count : $0 < $1
        }
    }()

    /// The words of each standard name, in the order of `standardNames`.
    private static let standardNameWords: [[String]] = standardNames.map(words(of:))

    /// The words of each domain's name (`ReportOutline.domainNames`).
    private static let domainNameWords: [[String]] = ReportOutline.domainNames.map(words(of:))

    private static func words(of phrase: String) -> [String] {
        phrase.split(separator: " ").map(String.init)
    }

    /// Whether a line names a standard (outside a domain's title).
    static func namesStandard(_ text: String) -> Bool {
        let lower = text.asciiLowercased
        let excluded = domainNameWords.flatMap { occurrences(ofWords: $0, in: lower) }
        return !standardMentions(in: lower, excluding: excluded).isEmpty
    }

    /// Where each standard's name stands in the text, in order, outside domain titles.
    private static func standardMentions(in lower: String, excluding excluded: [Range<String.Index>]) -> [Range<
        String.Index
    >] {
        var found: [Range<String.Index>] = []
        for words in standardNameWords {
            for r in occurrences(ofWords: words, in: lower) {
                let before = r.lowerBound == lower.startIndex ? " " : lower[lower.index(before: r.lowerBound)]
                let after = r.upperBound == lower.endIndex ? " " : lower[r.upperBound]
                guard !before.isLetter, !after.isLetter, !excluded.contains(where: { $0.overlaps(r) }),
                    !found.contains(where: { $0.overlaps(r) })
                else { continue }
                found.append(r)
            }
        }
        return found.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Where a phrase stands in the text, its words separated by any white space (a name
    /// may wrap onto the next line of its cell).
    static func occurrences(of phrase: String, in lower: String) -> [Range<String.Index>] {
        occurrences(ofWords: words(of: phrase), in: lower)
    }

    /// `occurrences(of:in:)` for a phrase already split into its words.
    private static func occurrences(ofWords words: [String], in lower: String) -> [Range<String.Index>] {
        // Most names are not in a text: a quick look first.
        guard let first = words.first, lower.mayContain(first) else { return [] }
        if lower.isPlainASCII {
            return lower.withUTF8Bytes { occurrences(ofWords: words, in: $0) }.map {
                lower.utf8Slice($0).startIndex..<lower.utf8Slice($0).endIndex
            }
        }
        return occurrences(ofWords: words, in: lower[...])
    }

    /// `occurrences(ofWords:in:)` on any units: where each occurrence of the first word
    /// (not overlapping the one before, as `ranges(of:)`) starts the phrase.
    static func occurrences<Units: BidirectionalCollection>(ofWords words: [String], in lower: Units) -> [Range<
        Units.Index
    >]
    where Units.Element: TextUnit {
        guard let first = words.first.map(Units.Element.units(of:)), let head = first.first else { return [] }
        var found: [Range<Units.Index>] = []
        var i = lower.startIndex
        while i < lower.endIndex {
            if lower[i] == head, lower[i...].starts(with: first) {
                if let end = Phrases.match(words, in: lower, at: i) { found.append(i..<end) }
                i = lower.index(i, offsetBy: first.count)
            } else {
                lower.formIndex(after: &i)
            }
        }
        return found
    }

    /// `2.2` in `P 2.2 Planning` or `2.2<TAB>Planning`.
    private static func printedId(before index: String.Index, in text: String) -> String? {
        let head = text[..<index].trimmingSpaces
        // The last word of `head` (which ends with one), as `split(whereSeparator:).last`.
        let lastWord = head.lastIndex(where: { $0 == " " || $0 == "\n" }).map { head[head.index(after: $0)...] } ?? head
        let token = lastWord.trimmingCharacters(".")
        let parts = token.split(separator: ".")
        guard parts.count == 2, parts.allSatisfy({ $0.count == 1 && $0.allSatisfy(\.isNumber) }) else { return nil }
        return String(token)
    }

    /// The first `N/M` in the block, e.g. `7/21` or `11 / 27`.
    private static func score(in text: String, joined: JoinedLines) -> (Int, Int, Int)? {
        if text.isPlainASCII {
            return text.withUTF8Bytes { score(in: $0) }.map {
                ($0.value, $0.max, joined.line(at: text.utf8.index(text.startIndex, offsetBy: $0.slash)))
            }
        }
        return score(in: text[...]).map { ($0.value, $0.max, joined.line(at: $0.slash)) }
    }

    /// `score(in:joined:)` on any units, with where its slash stands.
    static func score<Units: BidirectionalCollection>(in units: Units) -> (value: Int, max: Int, slash: Units.Index)?
    where Units.Element: TextUnit {
        let (slashUnit, space) = (Units.Element.ascii("/"), Units.Element.ascii(" "))
        var slash = units.startIndex
        while let found = units[slash...].firstIndex(of: slashUnit) {
            slash = found
            var leftEnd = slash
            while leftEnd > units.startIndex, units[units.index(before: leftEnd)] == space {
                units.formIndex(before: &leftEnd)
            }
            var leftStart = leftEnd
            while leftStart > units.startIndex, units[units.index(before: leftStart)].isNumber {
                units.formIndex(before: &leftStart)
            }
            var rightStart = units.index(after: slash)
            while rightStart < units.endIndex, units[rightStart] == space { units.formIndex(after: &rightStart) }
            let rightEnd = units[rightStart...].firstIndex { !$0.isNumber } ?? units.endIndex
            let left = units[leftStart..<leftEnd], right = units[rightStart..<rightEnd]
            if (1...2).contains(left.count), (1...2).contains(right.count),
                let value = Int(Units.Element.text(left)), let max = Int(Units.Element.text(right)), max > 0,
                value <= max
            {
                return (value, max, slash)
            }
            units.formIndex(after: &slash)
        }
        return nil
    }
}

/// Lines joined into one text (tabs as spaces) that still knows which line each
/// character came from.
struct JoinedLines {
    let text: String
    private let starts: [(index: String.Index, line: Int)]

    init(_ lines: [TextLine]) {
        var bytes: [UInt8] = []
        var offsets: [(Int, Int)] = []
        for line in lines {
            offsets.append((bytes.count, line.number))
            // A tab is always a Character of its own, so its byte can be replaced.
            line.text.withUTF8Bytes {
                for byte in $0 { bytes.append(byte == UInt8(ascii: "\t") ? UInt8(ascii: " ") : byte) }
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        let text = String(decoding: bytes, as: UTF8.self)
        self.text = text
        starts = offsets.map { (text.utf8.index(text.startIndex, offsetBy: $0.0), $0.1) }
    }

    func line(at index: String.Index) -> Int {
        starts.last { $0.index <= index }?.line ?? starts.first?.line ?? 1
    }
}
