/// Removes the Markdown and HTML a converter leaves in report text, keeping the words:
/// headings' `#`, emphasis, links (their text), escapes, entities and tags. Pipe-table
/// rows become tab-separated cells, the layout the extractors read. Script and other
/// active markup is dropped with its content and reported.
enum MarkupStripper {
    /// What was removed from a line, for diagnostics.
    struct Removal: Equatable {
        /// A formatting tag; an active element removed with its content; an active
        /// element never closed, removed without its content (the words after it kept).
        enum Kind: Equatable { case formatting, active(String), unclosed(String, wordsKept: Int) }
        var kind: Kind
        var column: Int
    }

    /// Markup left open at the end of a line: a tag whose `>` is on a later line, or an
    /// active element (`<script>`) whose closing tag is.
    struct OpenMarkup: Equatable {
        var tag: String?
        /// Whether the open tag starts an active element (`<script`), whose content follows it.
        var tagOpensElement = false
        var activeElement: String?
    }

    /// Strips one line. `tagsMayWrap` says whether a `>` follows on the next lines, so that
    /// a `<tag` left open at the end of this line can be a tag at all (asked only of a line
    /// with a link or tag to strip); `closesLater` whether
    /// an active element's closing tag (`</script`) follows on the next lines, so that the
    /// rest of this line is inside it.
    static func strip(
        _ line: String, open: inout OpenMarkup, tagsMayWrap: () -> Bool = { false },
        closesLater: (String) -> Bool = { _ in false }
    ) -> (text: String, removals: [Removal]) {
        if open == OpenMarkup(), !line.withUTF8Bytes(holdsMarkupByte) {
            // No markup; only a table border or rule (`+---+`, `-----`, `====`) needs work.
            return (isTableSeparator(Substring(line)) ? "" : line, [])
        }
        var removals: [Removal] = []
        var s = Substring(line)
        if let rest = closeOpenMarkup(s, &open, &removals) { s = rest } else { return ("", removals) }
        if isTableSeparator(s) { return ("", []) }
        s = dropBlockPrefixes(s)
        var text = String(s)
        // Each step below leaves a text without its marker characters as it is, so a byte
        // (which a Character holding an accent on the marker also has) is enough to call it;
        // but the Greek varia U+1FEF equals "`" as a Character, without its byte.
        if text.containsByte(UInt8(ascii: "&")) { text = decodeEntities(text) }
        if text.containsPhrase("<sup>") || text.containsPhrase("[^") { text = footnoteMarks(text) }
        if text.containsByte(UInt8(ascii: "<")) || text.containsByte(UInt8(ascii: "[")) {
            text = stripLinksAndTags(
                text, open: &open, tagsMayWrap: tagsMayWrap(), closesLater: closesLater, removals: &removals)
        }
        if text.withUTF8Bytes({ $0.contains { emphasisBytes.contains($0) } }) || text.mayContain("`") {
            text = stripEmphasis(text)
        }
        if text.trimmingSpaces.hasPrefix("|") { text = pipeCells(text) }
        if text.containsByte(UInt8(ascii: "\\")) { text = unescape(text) }
        return (text, removals)
    }

    /// The bytes that mark emphasis: `* _ ~ ``.
    private static let emphasisBytes = ByteSet("*_~`".utf8)

    /// 1 for the bytes without which a line holds no markup, `< [ & * _ ~ ` | \ # >`, else 0:
    /// comparisons without branches, so that a loop over a line's bytes vectorises (a
    /// table lookup does not).
    @inline(__always) static func markupFlag(_ byte: UInt8) -> UInt8 {
        func flag(_ markup: Unicode.Scalar) -> UInt8 { byte == UInt8(ascii: markup) ? 1 : 0 }
        return flag("<") | flag("[") | flag("&") | flag("*") | flag("_") | flag("~") | flag("`") | flag("|")
            | flag("\\") | flag("#") | flag(">")
    }

    private static func holdsMarkupByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found: UInt8 = 0
        for byte in bytes { found |= markupFlag(byte) }  // no early exit: a line is short, and the loop is tight
        return found != 0
    }

    /// What is left of a line once markup opened on an earlier line is closed, or nil when
    /// the whole line is still inside it.
    private static func closeOpenMarkup(_ line: Substring, _ open: inout OpenMarkup, _ removals: inout [Removal])
        -> Substring?
    {
        var rest = line
        if let tag = open.tag {
            guard let close = rest.firstIndex(of: ">") else { return nil }
            rest = rest[rest.index(after: close)...]
            if open.tagOpensElement { open.activeElement = tag }
            open.tag = nil
            open.tagOpensElement = false
        }
        if let element = open.activeElement {
            guard let end = rest.firstRange(ignoringCase: "</\(element)"),
                let close = rest[end.upperBound...].firstIndex(of: ">")
            else { return nil }
            rest = rest[rest.index(after: close)...]
            open.activeElement = nil
        }
        return rest
    }

    /// The characters a table separator line is drawn with.
    private static let separatorBytes = ByteSet("+-=|:".utf8)

    /// `| --- | :---: |` under a Markdown table header; `+-----+====+` around a grid table's
    /// rows; `------  -----` under a simple table's header, a horizontal rule, or the
    /// `=====` under a heading.
    private static func isTableSeparator(_ s: Substring) -> Bool {
        guard s.withUTF8Bytes(mayStartSeparator) else { return false }
        // On the bytes: a line of only these ASCII characters has one Character per byte, and a
        // byte of any other (or non-ASCII) Character makes it no separator.
        return s.trimmingSpaces.withUTF8Bytes { t in
            guard t.count >= 3, t.allSatisfy({ separatorBytes.contains($0) || ASCII.isBlank($0) }) else { return false }
            let rules = t.lazy.filter { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "=") }.count
            return rules > 0 && (t.contains(UInt8(ascii: "|")) || t.contains(UInt8(ascii: "+")) || rules >= 3)
        }
    }

    /// Whether the first byte but spaces and tabs is one a separator is drawn with.
    private static func mayStartSeparator(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first(where: { !ASCII.isBlank($0) }) else { return false }
        return separatorBytes.contains(first)
    }

    /// Heading hashes and blockquote markers at the start of a line.
    private static func dropBlockPrefixes(_ s: Substring) -> Substring {
        var t = s.drop { $0 == " " }
        var dropped = false
        while t.hasPrefix(">") { t = t.dropFirst().drop { $0 == " " }; dropped = true }
        let hashes = t.prefix { $0 == "#" }
        if (1...6).contains(hashes.count), t.dropFirst(hashes.count).first.map({ $0 == " " || $0 == "\t" }) ?? true {
            t = t.dropFirst(hashes.count).drop { $0 == " " || $0 == "\t" }
            if t.hasSuffix("}"), let brace = t.lastIndex(of: "{"),
                t[t.index(after: brace)...].first.map({ "#.".contains($0) }) == true
            {
                t = t[..<brace].trimmingSpaces  // pandoc's `{#id .class}`
            }
            while t.hasSuffix("#") { t = t.dropLast() }
            dropped = true
        }
        return dropped ? t : s
    }

    /// Drops `**`, `__`, `~~`, backticks and single `*` used for emphasis; a leading
    /// `* ` bullet marker is kept.
    private static func stripEmphasis(_ text: String) -> String {
        var t = dropDoubledMarkers(text).replacingPhrase("`", with: "")
        guard t.isPlainASCII ? t.containsByte(UInt8(ascii: "*")) : t.contains("*") else { return t }
        let leading = t.prefix { $0 == " " || $0 == "\t" }
        var body = t.dropFirst(leading.count)
        var bullet = ""
        if body.hasPrefix("* ") { bullet = "* "; body = body.dropFirst(2) }
        t = String(leading) + bullet + String(body).replacingPhrase("*", with: "")
        return t
    }

    /// Runs of `**`, `__` and `~~` go; where one sat between two words or numbers
    /// (`rating**Inadequate`) a space keeps them apart. On the bytes of a plain ASCII text.
    static func dropDoubledMarkers(_ text: String) -> String {
        text.isPlainASCII ? text.withUTF8Bytes { dropDoubledMarkers(Array($0)) } : dropDoubledMarkers(Array(text))
    }

    /// `dropDoubledMarkers` on any units.
    private static func dropDoubledMarkers<Unit: TextUnit>(_ units: [Unit]) -> String {
        let markers = [Unit.ascii("*"), Unit.ascii("_"), Unit.ascii("~")]
        var out: [Unit] = []
        out.reserveCapacity(units.count)
        var i = 0
        while i < units.count {
            let c = units[i]
            if markers.contains(c), i + 1 < units.count, units[i + 1] == c {
                var j = i
                while j < units.count, markers.contains(units[j]) { j += 1 }
                let before = out.last, after = j < units.count ? units[j] : nil
                if let before, let after, before.isLetter || before.isNumber, after.isLetter || after.isNumber {
                    out.append(.ascii(" "))
                }
                i = j
            } else {
                out.append(c)
                i += 1
            }
        }
        return Unit.text(out)
    }

    private static func unescape(_ text: String) -> String {
        var out = ""
        var escaped = false
        for c in text {
            if escaped {
                if !(c.isASCII && c.isPunctuation || c.isASCII && c.isSymbol) { out.append("\\") }
                out.append(c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        if escaped { out.append("\\") }
        return out
    }

    /// `| a | b |` becomes `a<TAB>b`.
    private static func pipeCells(_ text: String) -> String {
        var t = text.trimmingSpaces
        if t.hasPrefix("|") { t = t.dropFirst() }
        if t.hasSuffix("|") { t = t.dropLast() }
        var cells: [Substring] = []
        var start = t.startIndex
        var i = t.startIndex
        while i < t.endIndex {
            if t[i] == "\\" { i = t.index(after: i); if i < t.endIndex { i = t.index(after: i) }; continue }
            if t[i] == "|" { cells.append(t[start..<i]); start = t.index(after: i) }
            i = t.index(after: i)
        }
        cells.append(t[start...])
        return cells.map { $0.trimmingSpaces }.joined(separator: "\t")
    }
}
