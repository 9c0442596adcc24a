import Foundation

/// Another conversion of the same report: what pdftotext, pandoc, Word's "save as text" or a
/// PDF-to-Markdown tool would plausibly give for the PDF a seed was converted from. Every
/// variant keeps the report's words; only the layout and the characters that carry them change,
/// so the parser must read the same model from it.
enum LayoutVariant: String, CaseIterable, Sendable {
    /// Windows line endings.
    case crlf
    /// A UTF-8 byte-order mark before the first line.
    case byteOrderMark
    /// U+00A0 for some ordinary spaces between words (after numbers, in "per cent", every few words).
    case nonBreakingSpaces
    /// ‘ ’ “ ” for straight quotes and apostrophes.
    case typographicQuotes
    /// ﬁ and ﬂ for "fi" and "fl".
    case ligatures
    /// Long prose lines and bullets wrapped at 80 columns, continuation lines of list items
    /// indented by one space (as pdftotext gives them in some seeds).
    case rewrapped
    /// Long lines wrapped at 72 columns with every continuation line flush left.
    case rewrappedFlush
    /// Tab-separated tables as Markdown pipe tables: `| a | b |`, `| --- | --- |`, rows.
    case markdownTables
    /// Pipe tables as pandoc writes them: padded cells and alignment colons.
    case alignedMarkdownTables
    /// A page number and a running header, each between blank lines, every ~60 lines (a
    /// letter's pages carry `Page 3 of 7` and no header).
    case pageBreaks
    /// A form feed (U+000C) starting the first line of every page, as pdftotext marks pages.
    case formFeeds
    /// Markdown headings (`## Ratings`, `### P 2.1. Assessment`) and bold labels (`**Strengths:**`).
    case markdownHeadings
    /// All of the above together.
    case combined
    /// A tab after each list marker, as Word's "save as text" writes lists: `•<TAB>` for
    /// `- `, `3.<TAB>` for `3. `.
    case tabsAfterListMarkers
    /// A tab at the end of every line.
    case trailingTabs
    /// A tab for the fifth space between words of every long line of prose.
    case tabsInSentences

    /// Whether the variant adds or moves lines (so source line numbers may differ).
    var insertsLines: Bool {
        switch self {
        case .crlf, .byteOrderMark, .nonBreakingSpaces, .typographicQuotes, .ligatures, .markdownHeadings, .formFeeds,
            .tabsAfterListMarkers, .trailingTabs, .tabsInSentences:
            false
        case .rewrapped, .rewrappedFlush, .markdownTables, .alignedMarkdownTables, .pageBreaks, .combined: true
        }
    }

    /// The variant of a seed's text.
    func apply(to text: String) -> String {
        typealias T = LayoutTransforms
        switch self {
        case .crlf: return T.crlf(text)
        case .byteOrderMark: return T.byteOrderMark(text)
        case .nonBreakingSpaces: return T.nonBreakingSpaces(text)
        case .typographicQuotes: return T.typographicQuotes(text)
        case .ligatures: return T.ligatures(text)
        case .rewrapped: return T.rewrapped(text, width: 80, continuation: .indentedListItems)
        case .rewrappedFlush: return T.rewrapped(text, width: 72, continuation: .flush)
        case .markdownTables: return T.markdownTables(text, aligned: false)
        case .alignedMarkdownTables: return T.markdownTables(text, aligned: true)
        case .pageBreaks: return T.pageBreaks(text, header: T.pageHeader(for: text))
        case .formFeeds: return T.formFeeds(text)
        case .markdownHeadings: return T.markdownHeadings(text)
        case .combined:
            // Characters as the other tool renders them, then its layout, then its file format.
            let header = T.pageHeader(for: text).map { T.nonBreakingSpaces(T.typographicQuotes(T.ligatures($0))) }
            var t = T.nonBreakingSpaces(T.typographicQuotes(T.ligatures(text)))
            t = T.rewrapped(t, width: 80, continuation: .indentedListItems)
            t = T.markdownHeadings(t)
            t = T.markdownTables(t, aligned: false)
            t = T.pageBreaks(t, header: header)
            return T.byteOrderMark(T.crlf(t))
        case .tabsAfterListMarkers: return T.tabsAfterListMarkers(text)
        case .trailingTabs: return T.joined(T.lines(text).map { T.isBlank($0) ? $0 : $0 + "\t" })
        case .tabsInSentences: return T.tabsInSentences(text)
        }
    }

    /// The variant's bytes, as a file would hold them (UTF-8).
    func bytes(of text: String) -> [UInt8] { Array(apply(to: text).utf8) }
}

/// The transformations behind `LayoutVariant`: pure functions from text to text. Lines are
/// split on LF only (the seeds use LF); CRLF is always applied last.
enum LayoutTransforms {
    // MARK: Lines

    static func lines(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
    }

    static func joined(_ lines: [String]) -> String { lines.joined(separator: "\n") }

    static func isBlank(_ line: String) -> Bool {
        line.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }
    }

    /// The line without leading and trailing spaces, tabs and non-breaking spaces.
    static func trimmed(_ line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        guard let start = scalars.firstIndex(where: { !isSpace($0) }),
            let end = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[start...end]))
    }

    /// The line with non-breaking spaces read as spaces, for recognising headings.
    private static func plain(_ line: String) -> String {
        String(String.UnicodeScalarView(trimmed(line).unicodeScalars.map { $0 == "\u{A0}" ? " " : $0 }))
    }

    // MARK: Tabs

    /// `- item` as `•<TAB>item`, `3. item` as `3.<TAB>item`.
    static func tabsAfterListMarkers(_ text: String) -> String {
        joined(
            lines(text).map { line in
                if line.hasPrefix("- ") { return "•\t" + line.dropFirst(2) }
                let digits = line.prefix { $0.isASCII && $0.isNumber }
                if (1...2).contains(digits.count), line.dropFirst(digits.count).hasPrefix(". ") {
                    return digits + ".\t" + line.dropFirst(digits.count + 2)
                }
                return line
            })
    }

    /// The fifth space between words of a line of 60 or more characters with no tab made a tab.
    static func tabsInSentences(_ text: String) -> String {
        joined(
            lines(text).map { line in
                var s = Array(line.unicodeScalars)
                guard s.count >= 60, !s.contains("\t") else { return line }
                var between = 0
                for i in s.indices
                where s[i] == " " && i > 0 && i + 1 < s.count && !isSpace(s[i - 1]) && !isSpace(s[i + 1]) {
                    between += 1
                    if between == 5 { s[i] = "\t"; break }
                }
                return String(String.UnicodeScalarView(s))
            })
    }

    // MARK: File format

    static func crlf(_ text: String) -> String { lines(text).joined(separator: "\r\n") }

    static func byteOrderMark(_ text: String) -> String { "\u{FEFF}" + text }

    // MARK: Characters

    /// Replaces some spaces between words with U+00A0, as Word documents and their PDFs carry
    /// them: between a number and the word after it (`24 February`, `13 per cent`), inside
    /// "per cent", and every seventh space between words of a long prose line. Leading
    /// indentation and table rows' cells keep their spaces unless a number rule applies.
    static func nonBreakingSpaces(_ text: String) -> String {
        joined(
            lines(text).map { line in
                var s = Array(line.unicodeScalars)
                let prose = s.count >= 60 && !s.contains("\t")
                var between = 0
                for i in s.indices where s[i] == " " {
                    guard i > 0, i + 1 < s.count, !isSpace(s[i - 1]), !isSpace(s[i + 1]) else { continue }
                    if isDigit(s[i - 1]) && isLetter(s[i + 1]) {
                        s[i] = "\u{A0}"
                    } else if word(in: s, endingAt: i) == "per" && word(in: s, startingAt: i + 1) == "cent" {
                        s[i] = "\u{A0}"
                    } else {
                        between += 1
                        if prose && between % 7 == 0 { s[i] = "\u{A0}" }
                    }
                }
                return String(String.UnicodeScalarView(s))
            })
    }

    /// Curly quotes for straight ones: an opening quote after a space, a bracket or the line's
    /// start, a closing one (or an apostrophe) anywhere else.
    static func typographicQuotes(_ text: String) -> String {
        joined(
            lines(text).map { line in
                var out = String.UnicodeScalarView()
                var previous: Unicode.Scalar? = nil
                for scalar in line.unicodeScalars {
                    let opens =
                        previous.map { isSpace($0) || "([{\u{2018}\u{201C}".unicodeScalars.contains($0) } ?? true
                    switch scalar {
                    case "'": out.append(opens ? "\u{2018}" : "\u{2019}")
                    case "\"": out.append(opens ? "\u{201C}" : "\u{201D}")
                    default: out.append(scalar)
                    }
                    previous = scalar
                }
                return String(out)
            })
    }

    /// The ﬁ and ﬂ ligatures a PDF's text layer gives for "fi" and "fl" (`identiﬁed`, `Stafﬁng`).
    static func ligatures(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let s = Array(text.unicodeScalars)
        var i = 0
        while i < s.count {
            if s[i] == "f", i + 1 < s.count, s[i + 1] == "i" || s[i + 1] == "l" {
                out.append(s[i + 1] == "i" ? "\u{FB01}" : "\u{FB02}")
                i += 2
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(out)
    }

    // MARK: Line wrapping

    enum Continuation {
        /// A list item's continuation lines start with one space; a paragraph's are flush left.
        case indentedListItems
        /// Every continuation line flush left.
        case flush
    }

    /// Re-wraps long prose lines (paragraphs, bullets, numbered items, footnotes, quotations)
    /// at `width` columns, breaking only at ordinary spaces. Tables, Markdown and the ratings
    /// line some converters run together are left alone. A continuation line never starts with
    /// something that reads as a list marker, and the last one has at least two words.
    static func rewrapped(_ text: String, width: Int, continuation: Continuation) -> String {
        var out: [String] = []
        for line in lines(text) {
            let length = line.unicodeScalars.count
            guard length > width + 10, !line.contains("\t"), !line.contains("**"),
                !line.hasPrefix("|"), !line.hasPrefix("#")
            else {
                out.append(line)
                continue
            }
            out += wrap(line, width: width, continuation: continuation)
        }
        return joined(out)
    }

    private static func wrap(_ line: String, width: Int, continuation: Continuation) -> [String] {
        let leading = String(line.prefix { $0 == " " })
        let body = String(line.dropFirst(leading.count))
        let words = body.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let isItem = body.hasPrefix("- ") || body.hasPrefix("• ") || startsWithItemNumber(body)
        let indent = continuation == .flush ? "" : (isItem || !leading.isEmpty ? " " : "")

        // Greedy filling.
        var rows: [[String]] = [[]]
        var used = leading.count
        for word in words {
            let extra = (rows[rows.count - 1].isEmpty ? 0 : 1) + word.unicodeScalars.count
            if !rows[rows.count - 1].isEmpty && used + extra > width {
                rows.append([word])
                used = indent.count + word.unicodeScalars.count
            } else {
                rows[rows.count - 1].append(word)
                used += extra
            }
        }
        // No continuation line may read as a new list item, and no last line is a lone word
        // (a lone number would read as a page number): pull a word down from the line above.
        var r = 1
        while r < rows.count {
            let minimumAbove = r == 1 ? (isItem ? 3 : 2) : 2
            if isRiskyLineStart(rows[r][0]) || (r == rows.count - 1 && rows[r].count < 2),
                rows[r - 1].count > minimumAbove
            {
                let moved = rows[r - 1].removeLast()
                rows[r].insert(moved, at: 0)
                continue
            }
            r += 1
        }
        return rows.enumerated().map { index, row in
            (index == 0 ? leading : indent) + row.joined(separator: " ")
        }
    }

    private static func startsWithItemNumber(_ s: String) -> Bool {
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && s.dropFirst(digits.count).hasPrefix(". ")
    }

    /// A word that, at the start of a line, would read as a list marker or a section number.
    private static func isRiskyLineStart(_ word: String) -> Bool {
        if ["-", "•", "–", "—", "*", "+", ">", "|", "P"].contains(word) || word.hasPrefix("#") { return true }
        let core = word.hasSuffix(".") || word.hasSuffix(")") ? String(word.dropLast()) : word
        return !core.isEmpty && core.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "." }
    }

    // MARK: Tables

    /// Every run of tab-separated lines becomes a Markdown pipe table, its first row the
    /// header. Rows are padded to the block's widest row; `|` in a cell is escaped.
    static func markdownTables(_ text: String, aligned: Bool) -> String {
        let all = lines(text)
        var out: [String] = []
        var i = 0
        while i < all.count {
            guard all[i].contains("\t") else {
                out.append(all[i])
                i += 1
                continue
            }
            var j = i
            while j < all.count && all[j].contains("\t") { j += 1 }
            out += pipeTable(Array(all[i..<j]), aligned: aligned)
            i = j
        }
        return joined(out)
    }

    private static func pipeTable(_ rows: [String], aligned: Bool) -> [String] {
        var cells = rows.map { row in
            row.split(separator: "\t", omittingEmptySubsequences: false)
                .map { trimmed(String($0)).replacingOccurrences(of: "|", with: "\\|") }
        }
        let columns = cells.map(\.count).max() ?? 0
        for r in cells.indices { cells[r] += Array(repeating: "", count: columns - cells[r].count) }
        guard aligned else {
            let separator = "| " + Array(repeating: "---", count: columns).joined(separator: " | ") + " |"
            let body = cells.map { "| " + $0.joined(separator: " | ") + " |" }
            return [body[0], separator] + body.dropFirst()
        }
        let widths = (0..<columns).map { c in max(3, cells.map { $0[c].count }.max() ?? 0) }
        let numeric = (0..<columns).map { c in
            let values = cells.dropFirst().map { $0[c] }.filter { !$0.isEmpty }
            return !values.isEmpty && values.allSatisfy { v in v.allSatisfy { $0.isNumber || "%/.".contains($0) } }
        }
        let body = cells.map { row in
            "| "
                + row.enumerated().map { c, cell in
                    let pad = String(repeating: " ", count: widths[c] - cell.count)
                    return numeric[c] ? pad + cell : cell + pad
                }.joined(separator: " | ") + " |"
        }
        let separator =
            "|"
            + (0..<columns).map { c in
                numeric[c]
                    ? String(repeating: "-", count: widths[c] + 1) + ":"
                    : ":" + String(repeating: "-", count: widths[c] + 1)
            }.joined(separator: "|") + "|"
        return [body[0], separator] + body.dropFirst()
    }

    /// The reverse: Markdown pipe tables become tab-separated rows (separator rows dropped).
    static func tabSeparatedTables(_ text: String) -> String {
        var out: [String] = []
        for line in lines(text) {
            let t = trimmed(line)
            guard t.count >= 2, t.hasPrefix("|"), t.hasSuffix("|") else {
                out.append(line)
                continue
            }
            if t.allSatisfy({ "|-: ".contains($0) }) { continue }
            var cells: [String] = []
            var cell = ""
            var escaped = false
            for ch in t.dropFirst().dropLast() {
                if escaped { cell.append(ch); escaped = false; continue }
                if ch == "\\" { escaped = true; continue }
                if ch == "|" { cells.append(trimmed(cell)); cell = ""; continue }
                cell.append(ch)
            }
            cells.append(trimmed(cell))
            out.append(cells.joined(separator: "\t"))
        }
        return joined(out)
    }

    // MARK: Pages

    /// The running header of a PDU report's pages (`Inspection of probation services in York
    /// PDU`), from its title; nil for a letter, whose pages carry only a number.
    static func pageHeader(for text: String) -> String? {
        let all = lines(text)
        guard let title = all.firstIndex(where: { plain($0) == "An inspection of probation services in:" }),
            let name = all[(title + 1)...].first(where: { !isBlank($0) })
        else { return nil }
        return "Inspection of probation services in " + plain(name)
    }

    /// Where a page break may fall between two lines.
    enum BreakPoint: Equatable {
        case betweenParagraphs, betweenListItems, insideParagraph
    }

    /// Where a page break may fall before line `index` (0-based): not on the cover page, not
    /// inside a table, and inside a paragraph only where the next line plainly continues it
    /// (starts with a lower-case letter), so that the break is not ambiguous.
    static func breakPoint(before index: Int, in all: [String]) -> BreakPoint? {
        guard index >= 20, index < all.count else { return nil }
        let above = all[index - 1], below = all[index]
        for line in [above, below] where line.contains("\t") || trimmed(line).hasPrefix("|") { return nil }
        if isBlank(below) { return nil }
        if isBlank(above) { return .betweenParagraphs }
        let next = trimmed(below)
        if next.hasPrefix("- ") || next.hasPrefix("• ") { return .betweenListItems }
        if let first = next.unicodeScalars.first, first.properties.isLowercase, !inFootnote(index - 1, of: all) {
            return .insideParagraph
        }
        return nil
    }

    /// Whether a line belongs to a footnote (a paragraph starting with a superscript number).
    /// Footnotes are not broken across pages: a lower-case line after a footnote and a blank
    /// continues the text the footnote interrupted, as in the seeds.
    static func inFootnote(_ index: Int, of all: [String]) -> Bool {
        var start = index
        while start > 0 && !isBlank(all[start - 1]) { start -= 1 }
        guard let first = trimmed(all[start]).unicodeScalars.first else { return false }
        return "\u{B9}\u{B2}\u{B3}\u{2070}\u{2074}\u{2075}\u{2076}\u{2077}\u{2078}\u{2079}".unicodeScalars.contains(
            first)
    }

    /// A page break: before line `line` (0-based) or, with `split`, inside that line, after
    /// its first `split` characters (at a space): a paragraph running on to the next page.
    struct PageBreak: Equatable {
        var line: Int
        var split: Int? = nil
    }

    /// Where a page break can split a long prose line (one a converter gave a whole paragraph):
    /// at the space nearest its middle that comes before a lower-case word, so that the part on
    /// the next page plainly continues the sentence, as in the seeds' own page-break artifacts.
    static func splitPoint(of line: String) -> Int? {
        let s = Array(line.unicodeScalars)
        guard s.count >= 120, !line.contains("\t"), !line.contains("**"), !line.contains("<"), !line.contains("]("),
            !trimmed(line).hasPrefix("|"), !line.hasPrefix("#")
        else { return nil }
        let candidates = s.indices.filter { i in
            i > 20 && i + 1 < s.count && s[i] == " " && s[i - 1] != " " && s[i + 1].properties.isLowercase
        }
        return candidates.min { abs($0 - s.count / 2) < abs($1 - s.count / 2) }
    }

    /// Where `pageBreaks` puts its breaks: every `every` lines or so; of every three, one falls
    /// inside a paragraph (between its lines, or splitting a long line) and one between list
    /// items, where there is such a place within 30 lines.
    static func pageBreakPositions(in all: [String], every: Int = 60) -> [PageBreak] {
        var breaks: [PageBreak] = []
        var target = every
        while target < all.count - 5 {
            let window = target..<min(target + 30, all.count)
            var chosen: PageBreak?
            switch breaks.count % 3 {
            case 0:
                chosen =
                    window.first { breakPoint(before: $0, in: all) == .insideParagraph }.map { PageBreak(line: $0) }
                    ?? window.first { $0 >= 20 && !inFootnote($0, of: all) && splitPoint(of: all[$0]) != nil }
                    .map { PageBreak(line: $0, split: splitPoint(of: all[$0])) }
            case 1:
                chosen = window.first { breakPoint(before: $0, in: all) == .betweenListItems }.map {
                    PageBreak(line: $0)
                }
            default:
                break
            }
            guard
                let at = chosen
                    ?? (target..<all.count).first(where: { breakPoint(before: $0, in: all) != nil }).map({
                        PageBreak(line: $0)
                    })
            else { break }
            breaks.append(at)
            target = at.line + every
        }
        return breaks
    }

    /// Inserts page furniture every `every` lines or so: the page number (the footer of the
    /// page ending) and the running header (of the page starting), each between blank lines;
    /// some breaks fall inside paragraphs and lists.
    static func pageBreaks(_ text: String, header: String?, every: Int = 60) -> String {
        let all = lines(text)
        let breaks = pageBreakPositions(in: all, every: every)
        var out: [String] = []
        var page = 2
        for (index, line) in all.enumerated() {
            guard let pageBreak = breaks.first(where: { $0.line == index }) else {
                out.append(line)
                continue
            }
            let furniture = header.map { ["\(page)", "", $0, ""] } ?? ["Page \(page) of \(breaks.count + 1)", ""]
            page += 1
            if let split = pageBreak.split {
                let s = Array(line.unicodeScalars)
                out += [String(String.UnicodeScalarView(s[..<split])), ""] + furniture
                out.append(String(String.UnicodeScalarView(s[(split + 1)...])))
            } else {
                if !isBlank(all[index - 1]) { out.append("") }
                out += furniture
                out.append(line)
            }
        }
        return joined(out)
    }

    /// A form feed at the start of the line that begins each page (every ~60 lines).
    static func formFeeds(_ text: String, every: Int = 60) -> String {
        var all = lines(text)
        for pageBreak in pageBreakPositions(in: all, every: every) where pageBreak.split == nil {
            all[pageBreak.line] = "\u{0C}" + all[pageBreak.line]
        }
        return joined(all)
    }

    // MARK: Markdown

    private static let topLevelHeadings: Set<String> = [
        "Contents", "Acknowledgements", "The role of HM Inspectorate of Probation", "Foreword", "Ratings",
        "Recommendations", "Background", "Regional observations:", "Summary",
    ]
    private static let subHeadings: Set<String> = [
        "Diversity and Inclusion", "Diversity and inclusion", "Outcomes", "Feedback from people on probation",
        "Progress on previous recommendations", "Leadership", "Staff", "Services and interventions",
        "Accredited programmes", "Unpaid work", "Information and facilities", "Statutory victim work",
        "Learning from Serious Further Offence investigations",
    ]
    private static let labels: Set<String> = [
        "Strengths", "Strengths:", "Areas for improvement", "Areas for improvement:",
        "Key strengths:", "Key areas for improvement:",
    ]

    /// Headings as a PDF-to-Markdown tool marks them (by their font): the cover title `#`,
    /// sections `##`, standards and sub-sections `###`; the bold labels of the findings lists
    /// `**Strengths:**`. Only lines standing alone between blank lines are headings.
    static func markdownHeadings(_ text: String) -> String {
        var all = lines(text)
        let titleIndex: Int? = all.firstIndex { plain($0) == "An inspection of probation services in:" }
            .flatMap { t in all.indices.dropFirst(t + 1).first { !isBlank(all[$0]) } }
        for i in all.indices {
            let line = plain(all[i])
            guard !line.isEmpty, !all[i].contains("\t") else { continue }
            if labels.contains(line) {
                all[i] = "**\(trimmed(all[i]))**"
                continue
            }
            let alone = (i == 0 || isBlank(all[i - 1])) && (i == all.count - 1 || isBlank(all[i + 1]))
            guard alone else { continue }
            if i == titleIndex {
                all[i] = "# " + trimmed(all[i])
            } else if let level = headingLevel(line) {
                all[i] = String(repeating: "#", count: level) + " " + trimmed(all[i])
            }
        }
        return joined(all)
    }

    static func headingLevel(_ line: String) -> Int? {
        if topLevelHeadings.contains(line) { return 2 }
        if line.hasPrefix("Annexe ") && line.count < 60 { return 2 }
        if isSectionHeading(line) { return 2 }
        if isStandardHeading(line) || subHeadings.contains(line) { return 3 }
        if line.hasSuffix(" PDU") && line.count < 60 && line.first?.isUppercase == true { return 3 }
        return nil
    }

    /// `1. Organisational arrangements and activity`, `2. Service delivery`.
    private static func isSectionHeading(_ line: String) -> Bool {
        let chars = Array(line)
        guard line.count < 60, chars.count > 4, chars[0].isNumber, chars[1] == ".", chars[2] == " ",
            chars[3].isUppercase
        else { return false }
        return chars.dropFirst(3).allSatisfy { $0.isLetter || $0 == " " || $0 == "," }
    }

    /// `P 1.1. Leadership`, `1.2. Staff` (the numbers with a trailing dot, as headings give them).
    private static func isStandardHeading(_ line: String) -> Bool {
        let rest = line.hasPrefix("P ") ? Array(line.dropFirst(2)) : Array(line)
        guard rest.count > 5 else { return false }
        return rest[0].isNumber && rest[1] == "." && rest[2].isNumber && rest[3] == "." && rest[4] == " "
            && rest[5].isUppercase
    }

    // MARK: Scalars

    private static func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\u{A0}" }
    private static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
    private static func isLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }

    private static func word(in s: [Unicode.Scalar], endingAt end: Int) -> String {
        var start = end
        while start > 0 && isLetter(s[start - 1]) { start -= 1 }
        return String(String.UnicodeScalarView(s[start..<end]))
    }

    private static func word(in s: [Unicode.Scalar], startingAt start: Int) -> String {
        var end = start
        while end < s.count && isLetter(s[end]) { end += 1 }
        return String(String.UnicodeScalarView(s[start..<end]))
    }
}
