/// Recognises the lines a page's layout adds between the report's own lines: a PDF's page
/// numbers and running headers or footers, and a web page's "(Back to top)" links.
enum PageFurniture {
    static func remove(from lines: [TextLine]) -> [TextLine] {
        let pageNumbers = lines.map {
            $0.text.utf8.count < LayoutThresholds.furnitureLineBytes && !$0.trimmed.isEmpty && isPageNumber($0.trimmed)
        }
        let repeated = runningLines(lines, pageNumbers: pageNumbers)
        // Most lines are no running line's length: no hashing.
        let repeatedLengths = Set(repeated.keys.map(\.utf8.count))
        var seenTitle = false
        var kept: [TextLine] = []
        kept.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            guard line.text.utf8.count < LayoutThresholds.furnitureLineBytes else { kept.append(line); continue }
            let t = line.trimmed
            if t.isEmpty { kept.append(line); continue }
            if pageNumbers[index] { continue }
            if isRunningHeader(t) {
                defer { seenTitle = true }
                if seenTitle && !t.hasSuffix(":") { continue }
            } else if !repeated.isEmpty,
                let first = (repeatedLengths.contains(t.utf8.count) ? repeated[t] : nil)
                    ?? (endsInDigit(t) ? repeated[Substring(runningKey(t))] : nil),
                index >= first
            {
                continue  // before its first page, the same words are the cover's own
            }
            if let withoutLink = withoutBackToTop(t) {
                if withoutLink.isEmpty { continue }
                kept.append(TextLine(number: line.number, text: String(withoutLink)))
                continue
            }
            kept.append(line)
        }
        return kept
    }

    /// `12`, `Page 12`, `Page 12 of 30`, `12 | Page`, `- 12 -`.
    static func isPageNumber(_ t: Substring) -> Bool {
        guard t.utf8.count <= LayoutThresholds.pageNumberBytes else { return false }
        if t.isPlainASCII {
            return t.withUTF8Bytes {
                // Most short lines hold no digit, or a byte no page number has: no lowering, no splitting.
                $0.contains(where: ASCII.isDigit) && $0.allSatisfy(pageNumberBytes.contains)
                    && isPageNumber(
                        lowercased: $0.map(ASCII.lowered), length: $0.count,
                        startsWithDash: $0.first == UInt8(ascii: "-"))
            }
        }
        return isPageNumber(lowercased: t.lowercasedText, length: t.count, startsWithDash: t.hasPrefix("-"))
    }

    /// The bytes a plain ASCII page number is made of: digits, the separators, and the
    /// letters of `page` and `of` in either case.
    private static let pageNumberBytes = ByteSet(
        Array(UInt8(ascii: "0")...UInt8(ascii: "9")) + " \t|-".utf8 + "pageofPAGEOF".utf8)

    /// `isPageNumber` of a text in lower case (`lowercased()`), on any units; `length` and
    /// `startsWithDash` are the text's own.
    static func isPageNumber<Units: BidirectionalCollection>(lowercased lower: Units, length: Int, startsWithDash: Bool)
        -> Bool
    where Units.Element: TextUnit {
        guard lower.contains(where: \.isNumber) else { return false }
        // The separators, and an en dash (no unit of a plain text's bytes is its first byte).
        let separators =
            [" " as Unicode.Scalar, "\t", "|", "-"].map(Units.Element.ascii) + [Units.Element.units(of: "–").first!]
        let (page, of) = (Units.Element.units(of: "page"), Units.Element.units(of: "of"))
        let words = lower.split(whereSeparator: separators.contains).filter {
            !$0.elementsEqual(page) && !$0.elementsEqual(of)
        }
        return !words.isEmpty && words.count <= 2
            && words.allSatisfy { $0.count <= 3 && $0.allSatisfy { $0.isASCII && $0.isNumber } }
            && (length <= 3 || lower.indices.contains { lower[$0...].starts(with: page) } || startsWithDash)
    }

    /// `Inspection of probation services in York PDU` (or `: York PDU`), repeated at the
    /// top of pages; the first such line is the report's title.
    static func isRunningHeader(_ t: Substring) -> Bool {
        // A text starting with another ASCII byte cannot start with either phrase, even lower-cased.
        if let first = t.utf8.first, first < 0x80, !runningHeaderFirstBytes.contains(first) { return false }
        return runningHeaders.contains { t.startsWithPhrase(ignoringCase: $0) }
            && t.count < LayoutThresholds.runningLineLength
    }

    /// How a running header starts, in lower case.
    private static let runningHeaders = ["inspection of probation services", "an inspection of probation services"]
    private static let runningHeaderFirstBytes = ByteSet(ASCII.firstBytes(of: runningHeaders))

    // MARK: Running headers and footers in any wording

    /// The texts of the running headers and footers: a line of two words or more, not a
    /// heading nor a table row, that stands next to a page number (the nearest line with
    /// text above or below it is one) on two pages or more, or that carries a page's
    /// number itself on two pages or more (`Derby City PDU inspection 4`). Its every copy
    /// from the first page it runs on is furniture, wherever it falls (inside a list too).
    /// Each text with the index of the first line where it runs.
    static func runningLines(_ lines: [TextLine], pageNumbers: [Bool]) -> [Substring: Int] {
        var places: [String: Set<Int>] = [:]  // a line counts once, even between two page numbers
        var previousText: Int? = nil  // index of the last line with text
        for index in lines.indices where !lines[index].isBlank {
            defer { previousText = index }
            if pageNumbers[index] {
                if let previous = previousText, !pageNumbers[previous],
                    let key = candidateKey(lines[previous])
                {
                    places[key, default: []].insert(previous)
                }
                if let next = lines[(index + 1)...].firstIndex(where: { !$0.isBlank }), !pageNumbers[next],
                    let key = candidateKey(lines[next])
                {
                    places[key, default: []].insert(next)
                }
            } else if endsInDigit(lines[index].trimmed),
                let key = candidateKey(lines[index], unlessUnchanged: true)
            {
                places[key, default: []].insert(index)
            }
        }
        var running: [Substring: Int] = [:]
        for (key, at) in places where at.count >= 2 { running[Substring(key)] = at.min()! }
        return running
    }

    /// The text a running line is known by (a page number before or after it dropped), if
    /// the line can be one: short, two words or more, no tab, not a heading; with
    /// `unlessUnchanged`, nil too when nothing was dropped (the key is the line itself).
    private static func candidateKey(_ line: TextLine, unlessUnchanged: Bool = false) -> String? {
        let t = line.trimmed
        guard t.utf8.count < LayoutThresholds.runningLineLength, !t.containsByte(UInt8(ascii: "\t")) else { return nil }
        let key = runningKey(t)
        guard !unlessUnchanged || key != t, key.contains(" "), key.contains(where: \.isLetter) else { return nil }
        var standards = StandardLookup()
        guard ReportOutline.heading(TextLine(number: line.number, text: key), standards: &standards) == nil else {
            return nil
        }
        return key
    }

    /// Whether a text starts or ends with a digit: only then can it carry a page number.
    private static func endsInDigit(_ t: Substring) -> Bool {
        guard let first = t.utf8.first, let last = t.utf8.last else { return false }
        return ASCII.isDigit(first) || ASCII.isDigit(last)
    }

    /// A line without a page number at its start or end (`4 | Derby City PDU` → `Derby City PDU`),
    /// its words joined by one space.
    static func runningKey(_ t: Substring) -> String {
        t.isPlainASCII ? t.withUTF8Bytes { runningKey(Array($0)) } : runningKey(Array(t))
    }

    /// `runningKey` on any units.
    static func runningKey<Unit: TextUnit>(_ units: [Unit]) -> String {
        var words = units.split(separator: .ascii(" "))
        let isNumberWord = { (w: ArraySlice<Unit>) in w.count <= 3 && w.allSatisfy { $0.isASCII && $0.isNumber } }
        let isSeparator = { (w: ArraySlice<Unit>) in
            w.count <= 4 && ["|", "-", "–", "page"].contains(Unit.text(w).lowercased())
        }
        if words.count > 2, let last = words.last, isNumberWord(last) {
            words.removeLast()
            while words.count > 2, let l = words.last, isSeparator(l) { words.removeLast() }
        }
        if words.count > 2, let first = words.first, isNumberWord(first) {
            words.removeFirst()
            while words.count > 2, let f = words.first, isSeparator(f) { words.removeFirst() }
        }
        guard let first = words.first, let last = words.last else { return "" }
        let span = units[first.startIndex..<last.endIndex]
        // One space between each two words: they are joined as printed.
        if span.count == words.reduce(words.count - 1, { $0 + $1.count }) { return Unit.text(span) }
        return words.map { Unit.text($0) }.joined(separator: " ")
    }

    // MARK: Web pages

    /// The forms of a web page's link to its top, in lower case.
    static let backToTopLinks = ["(back to top)", "back to top", "[back to top]"]
    /// The bytes of the shortest of them.
    private static let shortestBackToTop = backToTopLinks.map(\.utf8.count).min()!
    /// Their last bytes, either case: a line ending otherwise holds none.
    private static let backToTopLastBytes = ByteSet(
        backToTopLinks.compactMap(\.utf8.last).flatMap { ASCII.isLetter($0) ? [$0, $0 ^ 0x20] : [$0] })

    /// A web page's heading followed by its "(Back to top)" link (`Ratings (Back to top)`)
    /// without the link, or "" for the link on a line of its own; nil when there is none.
    /// Without brackets, the words are a link only after a heading or on their own.
    static func withoutBackToTop(_ t: Substring) -> Substring? {
        guard t.utf8.count >= shortestBackToTop, let last = t.utf8.last, backToTopLastBytes.contains(last) else {
            return nil
        }
        for link in backToTopLinks {
            guard t.utf8.count >= link.utf8.count else { continue }
            let tail = t.utf8.suffix(link.utf8.count)
            if tail.elementsEqual(link.utf8, by: { ASCII.lowered($0) == $1 }) {
                let head = Substring(t.utf8.dropLast(link.utf8.count))
                guard head.isEmpty || head.last == " " || head.last == "\t" else { return nil }
                let text = head.trimmingSpaces
                if link.first != "(", link.first != "[", !text.isEmpty {  // bare words: only after a heading
                    var standards = StandardLookup()
                    guard ReportOutline.heading(TextLine(number: 0, text: String(text)), standards: &standards) != nil
                    else { return nil }
                }
                return text
            }
        }
        return nil
    }
}
