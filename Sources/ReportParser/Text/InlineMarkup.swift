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
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(10).firstIndex(of: ";") {
                let name = after[..<semi]
                var decoded: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
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
        while let open = [rest.firstRange(ofPhrase: "<sup>"), rest.firstRange(ofPhrase: "[^")].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }) {
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

    static let activeElements: Set<String> = ["script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math", "form"]
    static let formattingTags: Set<String> = [
        "a", "b", "i", "u", "s", "em", "strong", "span", "div", "p", "br", "hr", "sup", "sub", "small", "big",
        "font", "mark", "ins", "del", "strike", "li", "ul", "ol", "table", "thead", "tbody", "tr", "td", "th",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "code", "pre", "center", "section", "article", "header", "footer", "nav",
    ]

    /// Markdown links and images become their text; autolinks their address; HTML tags go.
    static func stripLinksAndTags(_ text: String, open: inout OpenMarkup, tagsMayWrap: Bool, removals: inout [Removal]) -> String {
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "[" || (c == "!" && i + 1 < chars.count && chars[i + 1] == "["),
               let link = markdownLink(chars, at: c == "!" ? i + 1 : i) {
                if isDangerousURL(link.url) { removals.append(Removal(kind: .active("a \(link.url.prefix(11)) link"), column: i + 1)) }
                out += stripLinksAndTags(link.text, open: &open, tagsMayWrap: false, removals: &removals)
                i = link.end
            } else if c == "<", let tag = htmlTag(chars, at: i) {
                if tag.isAutolink {
                    out += tag.inner
                    i = tag.end
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
                    if let end = closingTagEnd(chars, name: name, from: i) { i = end } else { open.activeElement = name; i = chars.count }
                }
            } else if c == "<", tagsMayWrap, let name = unclosedTagName(chars, at: i) {
                // A tag that goes on past the end of the line: the rest of it is on the next lines.
                removals.append(Removal(kind: activeElements.contains(name) || !formattingTags.contains(name) ? .active("<\(name)>") : .formatting,
                                        column: i + 1))
                open.tag = name
                open.tagOpensElement = activeElements.contains(name)
                i = chars.count
            } else {
                out.append(c)
                i += 1
            }
        }
        return out
    }

    static func isDangerousURL(_ url: String) -> Bool {
        let scheme = url.drop { $0 == " " || $0 == "<" }.lowercasedText.filter { !$0.isWhitespace }
        return scheme.hasPrefix("javascript:") || scheme.hasPrefix("vbscript:") || scheme.hasPrefix("data:") || scheme.hasPrefix("file:")
    }

    static func markdownLink(_ chars: [Character], at open: Int) -> (text: String, url: String, end: Int)? {
        var depth = 0
        var close: Int?
        var j = open
        while j < chars.count {
            if chars[j] == "\\" { j += 2; continue }
            if chars[j] == "[" { depth += 1 }
            if chars[j] == "]" { depth -= 1; if depth == 0 { close = j; break } }
            j += 1
        }
        guard let close, close + 1 < chars.count, chars[close + 1] == "(" else { return nil }
        var k = close + 2
        var parens = 1
        while k < chars.count {
            if chars[k] == "\\" { k += 2; continue }
            if chars[k] == "(" { parens += 1 }
            if chars[k] == ")" { parens -= 1; if parens == 0 { break } }
            k += 1
        }
        guard k < chars.count else { return nil }
        return (String(chars[(open + 1)..<close]), String(chars[(close + 2)..<k]), k + 1)
    }

    struct Tag {
        var name: String
        var inner: String
        var end: Int
        var isClosing: Bool
        var isAutolink: Bool
        var hasActiveAttribute: Bool
    }

    static func htmlTag(_ chars: [Character], at open: Int) -> Tag? {
        guard open + 1 < chars.count else { return nil }
        let first = chars[open + 1]
        guard first.isLetter || first == "/" || first == "!" else { return nil }
        guard let close = chars[(open + 1)...].firstIndex(of: ">") else { return nil }
        let inner = String(chars[(open + 1)..<close])
        let lower = inner.lowercasedText
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") || lower.hasPrefix("www.") {
            return Tag(name: "", inner: inner, end: close + 1, isClosing: false, isAutolink: true, hasActiveAttribute: false)
        }
        let isClosing = first == "/"
        let name = String(lower.drop { $0 == "/" || $0 == "!" }.prefix { $0.isLetter || $0.isNumber || $0 == "-" })
        guard !name.isEmpty || first == "!" else { return nil }
        let active = lower.containsPhrase("javascript:") || lower.containsPhrase("vbscript:") || hasEventHandler(lower)
        return Tag(name: name.isEmpty ? "!--" : name, inner: inner, end: close + 1, isClosing: isClosing,
                   isAutolink: false, hasActiveAttribute: active)
    }

    /// `onerror=`, `onclick =` and the like.
    static func hasEventHandler(_ lower: String) -> Bool {
        var rest = Substring(lower)
        while let r = rest.firstRange(ofPhrase: "on") {
            let before = r.lowerBound == lower.startIndex ? " " : lower[lower.index(before: r.lowerBound)]
            let name = rest[r.upperBound...].prefix { $0.isLetter }
            let after = rest[r.upperBound...].dropFirst(name.count).drop { $0 == " " }
            if (before == " " || before == "/" || before == "\t" || before == "\"" || before == "'"), !name.isEmpty, after.first == "=" { return true }
            rest = rest[r.upperBound...]
        }
        return false
    }

    /// `<img src=x` with no `>` before the end of the line.
    static func unclosedTagName(_ chars: [Character], at open: Int) -> String? {
        guard open + 1 < chars.count, chars[open + 1].isLetter, !chars[(open + 1)...].contains(">") else { return nil }
        let name = String(chars[(open + 1)...].prefix { $0.isLetter || $0.isNumber }).lowercasedText
        let after = chars[(open + 1 + name.count)...].first
        guard after == nil || after == " " || after == "\t" || after == "/" else { return nil }
        return name
    }

    static func closingTagEnd(_ chars: [Character], name: String, from: Int) -> Int? {
        let needle = Array("</\(name)")
        var i = from
        while i + needle.count <= chars.count {
            if chars[i] == "<", String(chars[i..<(i + needle.count)]).lowercasedText == String(needle),
               let close = chars[i...].firstIndex(of: ">") { return close + 1 }
            i += 1
        }
        return nil
    }
}
