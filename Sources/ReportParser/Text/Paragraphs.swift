/// Rebuilds blocks from a run of lines. The rules, in order:
/// - a non-blank line straight after another is a wrapped continuation of it, unless it
///   opens a bullet;
/// - after a blank line (a paragraph or page break) a line that starts in lower case
///   continues the block before it, even when a stray bullet marker was added;
/// - after a blank line, a flush unmarked paragraph that follows a bullet continues it
///   (a page break split it); an indented one is an item whose marker was lost;
/// - footnotes (lines opening with a superscript number, with their wrapped lines) and
///   table rows are blocks of their own and do not interrupt the paragraph they fall inside:
///   a lower-case line after a finished footnote goes on with that paragraph.
///
/// A line is a table row only when a table reader used it as one (`tableLines`, the line
/// numbers the caller's reader took). Any other line is prose, whatever tabs it holds
/// (`1.<TAB>improve`, `•<TAB>strength`, a tab mid-sentence or at the end): every word of it
/// is kept, and its tabs become spaces.
enum Paragraphs {
    static func blocks(
        _ lines: some Collection<TextLine>, tableLines: Set<Int> = [], numberedItems: Bool = false,
        log: inout DiagnosticLog
    ) -> [Block] {
        var blocks: [Block] = []
        var open: Int?  // index in `blocks` of the paragraph that may continue
        var blankSinceOpen = false
        var footnote: Int?  // a footnote whose wrapped lines may follow
        var footnoteBlank = false
        let lines = Array(lines)
        for position in lines.indices {
            // The line's fields, not a copy of it: each copy is a retain and a release of its text.
            log.account.read(lines[position])
            let t = lines[position].trimmed
            let number = lines[position].number
            if t.isEmpty {
                if open != nil { blankSinceOpen = true }
                if let index = footnote, isFinished(blocks[index].text) { footnote = nil }
                footnoteBlank = footnote != nil
                continue
            }
            if t.leadingASCII == nil, let first = t.first, Phrases.superscripts.contains(first) {
                blocks.append(Block(kind: .footnote, text: t.collapsingSpaces, line: number, lines: [number]))
                footnote = blocks.count - 1
                blankSinceOpen = true
                continue
            }
            if let index = footnote, bulletMarker(t) == nil, ListLabel(t) == nil,
                t.startsLowercase ? !isFinished(blocks[index].text) : !footnoteBlank
            {
                // A footnote's wrapped lines, even past a page break while it is unfinished;
                // a lower-case line after a finished footnote goes on with the paragraph it interrupted.
                blocks[index].text.append(" ")
                blocks[index].text.append(t.collapsingSpaces)
                blocks[index].lines.append(number)
                footnoteBlank = false
                continue
            }
            footnote = nil
            if let label = ListLabel(t) {
                blocks.append(Block(kind: .label(label), text: String(t), line: number, lines: [number]))
                open = nil
                continue
            }
            if !tableLines.isEmpty, tableLines.contains(number) {
                blocks.append(Block(kind: .tableRow, text: lines[position].text, line: number, lines: [number]))
                open = nil
                continue
            }
            let marker = bulletMarker(t) ?? (numberedItems && itemNumber(t) != nil ? 0 : nil)
            let body = marker.map { t.dropFirst($0).trimmingSpaces } ?? t
            let startsLower = body.startsLowercase
            if let index = open {
                let continues: Bool
                if !blankSinceOpen {
                    continues = marker == nil
                } else if marker == nil, !startsLower, blocks[index].kind == .bullet,
                    lines[position].text.first?.isWhitespace == false,
                    body.first?.isLetter == true,
                    !((position + 1 == lines.count || lines[position + 1].isBlank) && looksLikeHeading(body))
                {
                    // A flush, unmarked paragraph after a bullet: the bullet went on past a
                    // page break. (A lost marker leaves its indent: that is a new item.)
                    continues = !numberedItems
                } else {
                    continues = startsLower && !(numberedItems && marker != nil)
                    if continues, marker != nil {
                        log.note(
                            "bullet starts in lower case: joined to the paragraph before it (a page break added its marker)",
                            line: number)
                    }
                }
                if continues {
                    if !Self.endsWithLineBreakHyphen(blocks[index].text) { blocks[index].text.append(" ") }
                    blocks[index].text.append(contentsOf: body)
                    blocks[index].lines.append(number)
                    blankSinceOpen = false
                    continue
                }
            }
            blocks.append(
                Block(
                    kind: marker == nil ? .paragraph : .bullet, text: Self.text(of: body), line: number,
                    lines: [number]))
            open = blocks.count - 1
            blankSinceOpen = false
        }
        for i in blocks.indices where blocks[i].kind == .paragraph || blocks[i].kind == .bullet {
            if blocks[i].text.withUTF8Bytes(ASCII.isTidyProse) { continue }  // most: the steps below change nothing
            let text = blocks[i].text.withoutFootnoteMarks
            let kept = dropLinkResidue(text)
            if kept.utf8.count < text.utf8.count { log.account.dropped(from: text, leaving: kept) }
            blocks[i].text = kept.collapsingSpaces
        }
        return blocks
    }

    /// A block's first text: the line itself when it is the whole line (most are), not a copy.
    static func text(of body: Substring) -> String {
        body.startIndex == body.base.startIndex && body.endIndex == body.base.endIndex ? body.base : String(body)
    }

    /// The length of the bullet marker opening a line (`- `, `• `, `* `, `– `), if any.
    static func bulletMarker(_ t: Substring) -> Int? {
        t.withUTF8Bytes(asciiBulletMarker).or { characterBulletMarker(t) }
    }

    /// The Characters that open a bullet, beside the private-use symbols (U+F000–U+F0FF)
    /// a Word bullet converts to.
    static let bulletMarkers = "-•·*–—▪■●◦➢✓"

    /// `bulletMarker` Character by Character.
    static func characterBulletMarker(_ t: Substring) -> Int? {
        guard let first = t.first,
            bulletMarkers.contains(first)
                || first.unicodeScalars.first.map({ (0xF000...0xF0FF).contains($0.value) }) == true
        else { return nil }
        let rest = t.dropFirst()
        guard let next = rest.first, next == " " || next == "\t" else { return nil }
        return 1 + rest.prefix { $0 == " " || $0 == "\t" }.count
    }

    /// The ASCII markers among `bulletMarkers`.
    private static let asciiBulletMarkers = ByteSet(bulletMarkers.utf8.filter { $0 < 0x80 })

    /// `bulletMarker` read from the bytes: undecided when a non-ASCII scalar where the
    /// marker or its spaces stand could join them into other Characters.
    static func asciiBulletMarker(_ t: UnsafeBufferPointer<UInt8>) -> ByteAnswer<Int?> {
        guard let first = t.first, first < 0x80 else { return .undecided }
        // A Character that starts with an ASCII scalar other than a marker is no marker.
        guard asciiBulletMarkers.contains(first), t.count > 1 else { return .decided(nil) }
        guard t[1] < 0x80 else { return .undecided }  // an accent on the marker: the Characters decide
        var end = 1
        while end < t.count, t[end] == UInt8(ascii: " ") || t[end] == UInt8(ascii: "\t") {
            if end + 1 < t.count, t[end + 1] >= 0x80 { return .undecided }  // an accent on a space: likewise
            end += 1
        }
        return .decided(end > 1 ? end : nil)
    }

    /// `co-` at the end of a wrapped line: the word goes on in the next line (`co-location`).
    static func endsWithLineBreakHyphen(_ text: String) -> Bool {
        guard text.hasSuffix("-"), let before = text.dropLast().last else { return false }
        return before.isLetter
    }

    /// Whether a text ends a sentence (a footnote that does not is still going on).
    static func isFinished(_ text: String) -> Bool {
        guard let last = text.trimmingSpaces.last else { return true }
        return ".!?)".contains(last)
    }

    /// What a Markdown link split over several lines leaves once each line is stripped:
    /// `](address)` and the lone `[` that opened it.
    static func dropLinkResidue(_ text: String) -> String {
        guard text.containsByte(UInt8(ascii: "]")), text.containsPhrase("](") else { return text }
        var out = ""
        var rest = Substring(text)
        while let r = rest.firstRange(ofPhrase: "](") {
            out += rest[..<r.lowerBound]
            let tail = rest[r.upperBound...]
            guard let close = tail.firstIndex(of: ")") else { out += rest[r.lowerBound...]; rest = ""; break }
            rest = tail[tail.index(after: close)...]
            if let open = out.lastIndex(of: "[") { out.remove(at: open) }
        }
        return out + rest
    }

    /// A short line with no sentence punctuation at its end: a heading, not prose.
    static func looksLikeHeading(_ t: Substring) -> Bool {
        t.count <= LayoutThresholds.shortHeadingLength && !(t.last.map { ".,;:!?\"'”)".contains($0) } ?? true)
    }

    /// The number opening a numbered item (`3. ensure`, `3) ensure`) and its length.
    static func itemNumber(_ t: Substring) -> (number: Int, length: Int)? {
        let digits = t.prefix { $0.isNumber }
        guard (1...2).contains(digits.count), let n = Int(digits) else { return nil }
        let rest = t.dropFirst(digits.count)
        guard let punct = rest.first, punct == "." || punct == ")", rest.dropFirst().first?.isWhitespace ?? false else {
            return nil
        }
        return (n, digits.count + 1 + rest.dropFirst().prefix { $0.isWhitespace }.count)
    }
}
