/// Removes the Markdown and HTML a converter leaves in report text, keeping the words:
/// headings' `#`, emphasis, links (their text), escapes, entities and tags. Pipe-table
/// rows become tab-separated cells, the layout the extractors read. Script and other
/// active markup is dropped with its content and reported.
enum MarkupStripper {
    /// What was removed from a line, for diagnostics.
    struct Removal: Equatable {
        enum Kind: Equatable { case formatting, active(String) }
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
    /// a `<tag` left open at the end of this line can be a tag at all.
    static func strip(_ line: String, open: inout OpenMarkup, tagsMayWrap: Bool = false) -> (text: String, removals: [Removal]) {
        if open == OpenMarkup(), !line.utf8.contains(where: { markupBytes.contains($0) }) { return (line, []) }
        var removals: [Removal] = []
        var s = Substring(line)
        if let rest = closeOpenMarkup(s, &open, &removals) { s = rest } else { return ("", removals) }
        if isTableSeparator(s) { return ("", []) }
        s = dropBlockPrefixes(s)
        var text = String(s)
        if text.contains("&") { text = decodeEntities(text) }
        if text.contains("<sup>") || text.contains("[^") { text = footnoteMarks(text) }
        if text.contains("<") || text.contains("[") {
            text = stripLinksAndTags(text, open: &open, tagsMayWrap: tagsMayWrap, removals: &removals)
        }
        if text.contains("*") || text.contains("_") || text.contains("~") || text.contains("`") { text = stripEmphasis(text) }
        if text.trimmingSpaces.hasPrefix("|") { text = pipeCells(text) }
        if text.contains("\\") { text = unescape(text) }
        return (text, removals)
    }

    /// The bytes without which a line holds no markup: `< [ & * _ ~ ` | \ # >`.
    private static let markupBytes: Set<UInt8> = Set("<[&*_~`|\\#>".utf8)

    /// What is left of a line once markup opened on an earlier line is closed, or nil when
    /// the whole line is still inside it.
    private static func closeOpenMarkup(_ line: Substring, _ open: inout OpenMarkup, _ removals: inout [Removal]) -> Substring? {
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
                  let close = rest[end.upperBound...].firstIndex(of: ">") else { return nil }
            rest = rest[rest.index(after: close)...]
            open.activeElement = nil
        }
        return rest
    }

    /// `| --- | :---: |`, the separator under a Markdown table header.
    private static func isTableSeparator(_ s: Substring) -> Bool {
        let t = s.trimmingSpaces
        return t.contains("-") && t.contains("|") && t.allSatisfy { "|-: \t".contains($0) }
    }

    /// Heading hashes and blockquote markers at the start of a line.
    private static func dropBlockPrefixes(_ s: Substring) -> Substring {
        var t = s.drop { $0 == " " }
        var dropped = false
        while t.hasPrefix(">") { t = t.dropFirst().drop { $0 == " " }; dropped = true }
        let hashes = t.prefix { $0 == "#" }
        if (1...6).contains(hashes.count), t.dropFirst(hashes.count).first.map({ $0 == " " || $0 == "\t" }) ?? true {
            t = t.dropFirst(hashes.count).drop { $0 == " " || $0 == "\t" }
            while t.hasSuffix("#") { t = t.dropLast() }
            dropped = true
        }
        return dropped ? t : s
    }

    private static let entities: [Substring: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–",
        "mdash": "—", "rsquo": "'", "lsquo": "'", "ldquo": "\"", "rdquo": "\"", "hellip": "…", "pound": "£",
    ]

    private static func decodeEntities(_ text: String) -> String {
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

    private static let superscriptDigits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    /// Footnote references as HTML (`<sup>2</sup>`) or Markdown (`[^2]`, and `[^2]:` opening
    /// a footnote) become superscript digits, as PDF text has them, so that a reference
    /// is never read as part of a figure.
    private static func footnoteMarks(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = [rest.firstRange(of: "<sup>"), rest.firstRange(of: "[^")].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }) {
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

    private static let activeElements: Set<String> = ["script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math", "form"]
    private static let formattingTags: Set<String> = [
        "a", "b", "i", "u", "s", "em", "strong", "span", "div", "p", "br", "hr", "sup", "sub", "small", "big",
        "font", "mark", "ins", "del", "strike", "li", "ul", "ol", "table", "thead", "tbody", "tr", "td", "th",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "code", "pre", "center", "section", "article", "header", "footer", "nav",
    ]

    /// Markdown links and images become their text; autolinks their address; HTML tags go.
    private static func stripLinksAndTags(_ text: String, open: inout OpenMarkup, tagsMayWrap: Bool, removals: inout [Removal]) -> String {
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

    private static func isDangerousURL(_ url: String) -> Bool {
        let scheme = url.drop { $0 == " " || $0 == "<" }.lowercased().filter { !$0.isWhitespace }
        return scheme.hasPrefix("javascript:") || scheme.hasPrefix("vbscript:") || scheme.hasPrefix("data:") || scheme.hasPrefix("file:")
    }

    private static func markdownLink(_ chars: [Character], at open: Int) -> (text: String, url: String, end: Int)? {
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

    private struct Tag {
        var name: String
        var inner: String
        var end: Int
        var isClosing: Bool
        var isAutolink: Bool
        var hasActiveAttribute: Bool
    }

    private static func htmlTag(_ chars: [Character], at open: Int) -> Tag? {
        guard open + 1 < chars.count else { return nil }
        let first = chars[open + 1]
        guard first.isLetter || first == "/" || first == "!" else { return nil }
        guard let close = chars[(open + 1)...].firstIndex(of: ">") else { return nil }
        let inner = String(chars[(open + 1)..<close])
        let lower = inner.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") || lower.hasPrefix("www.") {
            return Tag(name: "", inner: inner, end: close + 1, isClosing: false, isAutolink: true, hasActiveAttribute: false)
        }
        let isClosing = first == "/"
        let name = String(lower.drop { $0 == "/" || $0 == "!" }.prefix { $0.isLetter || $0.isNumber || $0 == "-" })
        guard !name.isEmpty || first == "!" else { return nil }
        let active = lower.contains("javascript:") || lower.contains("vbscript:") || hasEventHandler(lower)
        return Tag(name: name.isEmpty ? "!--" : name, inner: inner, end: close + 1, isClosing: isClosing,
                   isAutolink: false, hasActiveAttribute: active)
    }

    /// `onerror=`, `onclick =` and the like.
    private static func hasEventHandler(_ lower: String) -> Bool {
        var rest = Substring(lower)
        while let r = rest.firstRange(of: "on") {
            let before = r.lowerBound == lower.startIndex ? " " : lower[lower.index(before: r.lowerBound)]
            let name = rest[r.upperBound...].prefix { $0.isLetter }
            let after = rest[r.upperBound...].dropFirst(name.count).drop { $0 == " " }
            if (before == " " || before == "/" || before == "\t" || before == "\"" || before == "'"), !name.isEmpty, after.first == "=" { return true }
            rest = rest[r.upperBound...]
        }
        return false
    }

    /// `<img src=x` with no `>` before the end of the line.
    private static func unclosedTagName(_ chars: [Character], at open: Int) -> String? {
        guard open + 1 < chars.count, chars[open + 1].isLetter, !chars[(open + 1)...].contains(">") else { return nil }
        let name = String(chars[(open + 1)...].prefix { $0.isLetter || $0.isNumber }).lowercased()
        let after = chars[(open + 1 + name.count)...].first
        guard after == nil || after == " " || after == "\t" || after == "/" else { return nil }
        return name
    }

    private static func closingTagEnd(_ chars: [Character], name: String, from: Int) -> Int? {
        let needle = Array("</\(name)")
        var i = from
        while i + needle.count <= chars.count {
            if chars[i] == "<", String(chars[i..<(i + needle.count)]).lowercased() == String(needle),
               let close = chars[i...].firstIndex(of: ">") { return close + 1 }
            i += 1
        }
        return nil
    }

    /// Drops `**`, `__`, `~~`, backticks and single `*` used for emphasis; a leading
    /// `* ` bullet marker is kept.
    private static func stripEmphasis(_ text: String) -> String {
        var t = dropDoubledMarkers(text).replacing("`", with: "")
        guard t.contains("*") else { return t }
        let leading = t.prefix { $0 == " " || $0 == "\t" }
        var body = t.dropFirst(leading.count)
        var bullet = ""
        if body.hasPrefix("* ") { bullet = "* "; body = body.dropFirst(2) }
        t = String(leading) + bullet + body.replacing("*", with: "")
        return t
    }

    /// Runs of `**`, `__` and `~~` go; where one sat between two words or numbers
    /// (`rating**Inadequate`) a space keeps them apart.
    private static func dropDoubledMarkers(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if (c == "*" || c == "_" || c == "~"), i + 1 < chars.count, chars[i + 1] == c {
                var j = i
                while j < chars.count, chars[j] == "*" || chars[j] == "_" || chars[j] == "~" { j += 1 }
                let before = out.last, after = j < chars.count ? chars[j] : nil
                if let before, let after, (before.isLetter || before.isNumber), (after.isLetter || after.isNumber) { out.append(" ") }
                i = j
            } else {
                out.append(c)
                i += 1
            }
        }
        return out
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
