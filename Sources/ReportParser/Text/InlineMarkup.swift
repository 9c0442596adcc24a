/// The inline markup of a line: HTML entities, footnote references, Markdown links and
/// HTML tags (formatting tags go quietly; active ones, and their content, are reported).
extension MarkupStripper {
    static let entities: [Substring: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–",
        "mdash": "—", "rsquo": "'", "lsquo": "'", "ldquo": "\"", "rdquo": "\"", "hellip": "…", "pound": "£",
    ]

    static func decodeEntities(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        // In a plain ASCII text each byte is a Character: the bytes are searched.
        let plain = text.isPlainASCII
        while let amp = plain ? rest.utf8.firstIndex(of: UInt8(ascii: "&")) : rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = plain
                ? after.utf8.prefix(10).firstIndex(of: UInt8(ascii: ";")) : after.prefix(10).firstIndex(of: ";")
            {
                let name = after[..<semi]
                var decoded: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map {
                        String(Character($0))
                    }
                } else if name.hasPrefix("#") {
                    decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else {
                    decoded = entities[name]
                }
                if let decoded {
                    out += CharacterRepair.repair(decoded).text  // `&#8217;` is a typographic quote too
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out.append("&")
            rest = after
        }
        return out + rest
    }

    static let superscriptDigits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    /// Footnote references as HTML (`<sup>2</sup>`) or Markdown (`[^2]`, and `[^2]:` opening
    /// a footnote) become superscript digits, as PDF text has them, so that a reference
    /// is never read as part of a figure.
    static func footnoteMarks(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = [rest.firstRange(ofPhrase: "<sup>"), rest.firstRange(ofPhrase: "[^")].compactMap({ $0 }).min(
            by: { $0.lowerBound < $1.lowerBound })
        {
            let isHTML = rest[open].hasPrefix("<")
            let close = rest[open.upperBound...].firstRange(of: isHTML ? "</sup>" : "]")
            let digits = close.map { rest[open.upperBound..<$0.lowerBound] } ?? ""
            guard let close, (1...3).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                out += rest[..<open.upperBound]
                rest = rest[open.upperBound...]
                continue
            }
            out += rest[..<open.lowerBound]
            out += String(digits.map { superscriptDigits[Int(String($0))!] })
            rest = rest[close.upperBound...]
            if !isHTML, out.count == digits.count, rest.hasPrefix(":") { rest = rest.dropFirst() }  // `[^2]: text`
        }
        return out + rest
    }

    static let activeElements: Set<String> = [
        "script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math", "form",
    ]
    static let formattingTags: Set<String> = [
        "a", "b", "i", "u", "s", "em", "strong", "span", "div", "p", "br", "hr", "sup", "sub", "small", "big",
        "font", "mark", "ins", "del", "strike", "li", "ul", "ol", "table", "thead", "tbody", "tr", "td", "th",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "code", "pre", "center", "section", "article", "header",
        "footer", "nav",
    ]

    /// Markdown links and images become their text; autolinks their address; HTML tags go.
    /// An active element (`<script>`) goes with its content when `closesLater` says its
    /// closing tag follows on a later line; one never closed loses only its tag, and the
    /// words after it are kept (the removal says how many).
    static func stripLinksAndTags(
        _ text: String, open: inout OpenMarkup, tagsMayWrap: Bool,
        closesLater: (String) -> Bool, removals: inout [Removal]
    ) -> String {
        // A plain ASCII text is read byte by byte, and one whose scalars are each a Character
        // of its own scalar by scalar: both much quicker than Characters.
        if text.isPlainASCII {
            return stripLinksAndTags(
                Array(text.utf8), open: &open, tagsMayWrap: tagsMayWrap, closesLater: closesLater, removals: &removals)
        }
        if text.scalarsAreCharacters {
            return stripLinksAndTags(
                text.unicodeScalars.map(LoneScalar.init), open: &open, tagsMayWrap: tagsMayWrap,
                closesLater: closesLater, removals: &removals)
        }
        return stripLinksAndTags(
            Array(text), open: &open, tagsMayWrap: tagsMayWrap, closesLater: closesLater, removals: &removals)
    }

    private static func stripLinksAndTags<Unit: TextUnit>(
        _ chars: [Unit], open: inout OpenMarkup, tagsMayWrap: Bool,
        closesLater: (String) -> Bool, removals: inout [Removal]
    ) -> String {
        let (openBracket, bang, less) = (Unit.ascii("["), Unit.ascii("!"), Unit.ascii("<"))
        var out = ""
        var kept = 0  // where the run of characters kept as they are starts
        var i = 0
        // Never-closed elements, to count the words kept.
        var unclosed: [(removal: Int, outputStart: String.Index)] = []
        func keepRun() {
            if kept < i { out += Unit.text(chars[kept..<i]) }
        }
        while i < chars.count {
            let c = chars[i]
            if c == openBracket || (c == bang && i + 1 < chars.count && chars[i + 1] == openBracket),
                let link = markdownLink(chars, at: c == bang ? i + 1 : i)
            {
                keepRun()
                if isDangerousURL(link.url) {
                    removals.append(Removal(kind: .active("a \(link.url.prefix(11)) link"), column: i + 1))
                }
                out += stripLinksAndTags(
                    link.text, open: &open, tagsMayWrap: false, closesLater: { _ in false }, removals: &removals)
                i = link.end
                kept = i
            } else if c == less, let tag = htmlTag(chars, at: i) {
                keepRun()
                if tag.isAutolink {
                    out += tag.inner
                    i = tag.end
                    kept = i
                    continue
                }
                let name = tag.name
                if activeElements.contains(name) || !formattingTags.contains(name) || tag.hasActiveAttribute {
                    removals.append(Removal(kind: .active("<\(name)>"), column: i + 1))
                } else {
                    removals.append(Removal(kind: .formatting, column: i + 1))
                }
                i = tag.end
                if activeElements.contains(name), !tag.isClosing {
                    if let end = closingTagEnd(chars, name: name, from: i) {
                        i = end
                    } else if closesLater(name) {
                        open.activeElement = name
                        i = chars.count
                    } else {
                        removals[removals.count - 1].kind = .unclosed(name, wordsKept: 0)
                        unclosed.append((removals.count - 1, out.endIndex))
                    }
                }
                kept = i
            } else if c == less, tagsMayWrap, let name = unclosedTagName(chars, at: i) {
                keepRun()
                // A tag that goes on past the end of the line: the rest of it is on the next lines.
                removals.append(
                    Removal(
                        kind: activeElements.contains(name) || !formattingTags.contains(name)
                            ? .active("<\(name)>") : .formatting,
                        column: i + 1))
                open.tag = name
                open.tagOpensElement = activeElements.contains(name)
                i = chars.count
                kept = i
            } else {
                i += 1
            }
        }
        keepRun()
        for (index, start) in unclosed {
            if case .unclosed(let name, _) = removals[index].kind {
                removals[index].kind = .unclosed(
                    name, wordsKept: out[start...].split(whereSeparator: \.isWhitespace).count)
            }
        }
        return out
    }

    static func isDangerousURL(_ url: String) -> Bool {
        let scheme = url.drop { $0 == " " || $0 == "<" }.lowercasedText.filter { !$0.isWhitespace }
        return scheme.hasPrefix("javascript:") || scheme.hasPrefix("vbscript:") || scheme.hasPrefix("data:")
            || scheme.hasPrefix("file:")
    }

    static func markdownLink<Unit: TextUnit>(_ chars: [Unit], at open: Int) -> (text: String, url: String, end: Int)? {
        let (backslash, openBracket, closeBracket) = (Unit.ascii("\\"), Unit.ascii("["), Unit.ascii("]"))
        let (openParen, closeParen) = (Unit.ascii("("), Unit.ascii(")"))
        var depth = 0
        var close: Int?
        var j = open
        while j < chars.count {
            if chars[j] == backslash { j += 2; continue }
            if chars[j] == openBracket { depth += 1 }
            if chars[j] == closeBracket { depth -= 1; if depth == 0 { close = j; break } }
            j += 1
        }
        guard let close, close + 1 < chars.count, chars[close + 1] == openParen else { return nil }
        var k = close + 2
        var parens = 1
        while k < chars.count {
            if chars[k] == backslash { k += 2; continue }
            if chars[k] == openParen { parens += 1 }
            if chars[k] == closeParen { parens -= 1; if parens == 0 { break } }
            k += 1
        }
        guard k < chars.count else { return nil }
        return (Unit.text(chars[(open + 1)..<close]), Unit.text(chars[(close + 2)..<k]), k + 1)
    }

    struct Tag {
        var name: String
        var inner: String
        var end: Int
        var isClosing: Bool
        var isAutolink: Bool
        var hasActiveAttribute: Bool
    }

    static func htmlTag<Unit: TextUnit>(_ chars: [Unit], at open: Int) -> Tag? {
        guard open + 1 < chars.count else { return nil }
        let first = chars[open + 1]
        guard first.isLetter || first == Unit.ascii("/") || first == Unit.ascii("!") else { return nil }
        guard let close = chars[(open + 1)...].firstIndex(of: Unit.ascii(">")) else { return nil }
        let inner = Unit.text(chars[(open + 1)..<close])
        let lower = inner.lowercasedText
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:")
            || lower.hasPrefix("www.")
        {
            return Tag(
                name: "", inner: inner, end: close + 1, isClosing: false, isAutolink: true, hasActiveAttribute: false)
        }
        let isClosing = first == Unit.ascii("/")
        let name = String(lower.drop { $0 == "/" || $0 == "!" }.prefix { $0.isLetter || $0.isNumber || $0 == "-" })
        guard !name.isEmpty || first == Unit.ascii("!") else { return nil }
        let active = lower.containsPhrase("javascript:") || lower.containsPhrase("vbscript:") || hasEventHandler(lower)
        return Tag(
            name: name.isEmpty ? "!--" : name, inner: inner, end: close + 1, isClosing: isClosing,
            isAutolink: false, hasActiveAttribute: active)
    }

    /// `onerror=`, `onclick =` and the like.
    static func hasEventHandler(_ lower: String) -> Bool {
        var rest = Substring(lower)
        while let r = rest.firstRange(ofPhrase: "on") {
            let before = r.lowerBound == lower.startIndex ? " " : lower[lower.index(before: r.lowerBound)]
            let name = rest[r.upperBound...].prefix { $0.isLetter }
            let after = rest[r.upperBound...].dropFirst(name.count).drop { $0 == " " }
            if before == " " || before == "/" || before == "\t" || before == "\"" || before == "'", !name.isEmpty,
                after.first == "="
            {
                return true
            }
            rest = rest[r.upperBound...]
        }
        return false
    }

    /// `<img src=x` with no `>` before the end of the line.
    static func unclosedTagName<Unit: TextUnit>(_ chars: [Unit], at open: Int) -> String? {
        guard open + 1 < chars.count, chars[open + 1].isLetter, !chars[(open + 1)...].contains(Unit.ascii(">")) else {
            return nil
        }
        let name = Unit.text(chars[(open + 1)...].prefix { $0.isLetter || $0.isNumber }).lowercasedText
        let after = chars[(open + 1 + Unit.count(name))...].first
        guard after == nil || after == Unit.ascii(" ") || after == Unit.ascii("\t") || after == Unit.ascii("/") else {
            return nil
        }
        return name
    }

    static func closingTagEnd<Unit: TextUnit>(_ chars: [Unit], name: String, from: Int) -> Int? {
        let needle = "</\(name)"
        let length = Unit.count(needle)
        var i = from
        while i + length <= chars.count {
            if chars[i] == Unit.ascii("<"), Unit.text(chars[i..<(i + length)]).lowercasedText == needle,
                let close = chars[i...].firstIndex(of: Unit.ascii(">"))
            {
                return close + 1
            }
            i += 1
        }
        return nil
    }
}
