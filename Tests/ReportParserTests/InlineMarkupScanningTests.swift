import TestSupport
import Testing

@testable import ReportParser

/// The link and tag scanner reads a plain ASCII line byte by byte, and a line whose scalars
/// are each a Character scalar by scalar; both must strip exactly as the Character-level
/// scanner it replaced (kept below as the reference), whatever the markup.
@Suite("Links and tags stripped on bytes and scalars as on Characters")
struct InlineMarkupScanningTests {
    static let pieces = [
        "[", "]", "(", ")", "!", "<", ">", "/", "\\", "a", "b", "x", " ", "\t", "-", "=", "\"", "'",
        "script", "SCRIPT", "style", "u", "b", "sup", "div", "a href=", "img src=x", "onerror=", "on click =",
        "javascript:", "JavaScript:",
        "vbscript:", "data:", "http://", "https://x.org", "mailto:", "www.", "!--", "</script>", "</u>", "<u>", "](",
        "[^2]",
        "é", "–", "¹", "\u{301}", "İ", "\u{212A}", "K", "’", "ß", "\u{1F44D}", "1", "2", "h1", "<h1 ", "<img ", "<b2",
        "-x",
    ]

    @Test("Generated lines of markup")
    func generatedLines() {
        var generator = SeededRandom(seed: 11)
        for _ in 0..<6000 {
            let length = Int.random(in: 0...14, using: &generator)
            let text = (0..<length).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            for tagsMayWrap in [false, true] {
                var open = MarkupStripper.OpenMarkup(), referenceOpen = MarkupStripper.OpenMarkup()
                var removals: [MarkupStripper.Removal] = [], referenceRemovals: [MarkupStripper.Removal] = []
                // The reference predates unclosed elements: it takes every one as closed later.
                let stripped = MarkupStripper.stripLinksAndTags(
                    text, open: &open, tagsMayWrap: tagsMayWrap, closesLater: { _ in true },
                    removals: &removals)
                let reference = Reference.stripLinksAndTags(
                    text, open: &referenceOpen, tagsMayWrap: tagsMayWrap, removals: &referenceRemovals)
                #expect(Array(stripped.utf8) == Array(reference.utf8), "\(Array(text.unicodeScalars))")
                #expect(open == referenceOpen && removals == referenceRemovals, "\(Array(text.unicodeScalars))")
            }
        }
    }

    @Test("Doubled emphasis markers and entities: on bytes as on Characters")
    func emphasisAndEntities() {
        // The seeds' lines holding the markers or `&` (`Score **3/21**`, `Overall
        // rating**Inadequate**`, `&amp;`, a lone `&`), and generated ones.
        let seedLines = Seeds.all.flatMap { Seeds.text($0).split(separator: "\n").map(String.init) }
            .filter { $0.contains { "*_~&".contains($0) } }
        let pieces = [
            "**", "*", "__", "_", "~~", "a", "B", "7", " ", "&", "&amp;", "&#8217;", "&#x2013;", "&nbsp;", "&bogus;",
            ";",
            "é", "–", "\u{301}", "\u{1F1EC}", "\u{1F1E7}", "ᄀ", "ᅡ", "¹", "\r\n",
        ]
        var generator = SeededRandom(seed: 17)
        let generated = (0..<4000).map { _ in
            (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined()
        }
        #expect(seedLines.count >= 10, "the seeds held only \(seedLines.count) such lines")
        for text in seedLines + generated {
            #expect(
                Array(MarkupStripper.dropDoubledMarkers(text).utf8) == Array(Reference.dropDoubledMarkers(text).utf8),
                "\(Array(text.unicodeScalars))")
            #expect(
                Array(MarkupStripper.decodeEntities(text).utf8) == Array(Reference.decodeEntities(text).utf8),
                "\(Array(text.unicodeScalars))")
        }
        #expect(
            MarkupStripper.dropDoubledMarkers("Overall rating**Inadequate****1. Organisational delivery**")
                == "Overall rating Inadequate 1. Organisational delivery")
    }

    @Test("A Greek varia counts as a backtick, as a Character does")
    func greekVaria() {
        // U+1FEF equals "`" as a Character (canonically), without the byte: found by
        // comparing the parser with the Character-level one on damaged copies of the seeds.
        var open = MarkupStripper.OpenMarkup()
        #expect(MarkupStripper.strip("a [b](c) pe\u{1FEF}ople", open: &open).text == "a b people")
        #expect(MarkupStripper.strip("2\u{1FEF}.2\tPlanning\t<div></div>", open: &open).text == "2.2\tPlanning\t")
    }

    @Test("Scalars counted as Characters are Characters of their own")
    func loneScalars() {
        let neighbours: [Unicode.Scalar] = ["a", "Z", " ", "\n", "é", "–", "¹", "\u{24F}", "\u{205E}"]
        for value in UInt32(0)...0x20CF {
            guard let scalar = Unicode.Scalar(value), String(scalar).scalarsAreCharacters else { continue }
            for neighbour in neighbours {
                let pair = String(String.UnicodeScalarView([neighbour, scalar])),
                    reversed = String(String.UnicodeScalarView([scalar, neighbour]))
                #expect(pair.count == 2 && reversed.count == 2, "U+\(String(value, radix: 16))")
            }
            #expect(
                Character(scalar).isLetter == scalar.properties.isAlphabetic
                    && Character(scalar).isNumber == (scalar.properties.numericType != nil))
        }
    }
}

/// The Character-level scanner as it was (its `contains` spelled `firstRange(of:) != nil`:
/// in this test module Foundation's `contains` would be chosen).
private enum Reference {
    /// Runs of `**`, `__` and `~~` go; a space keeps two words they sat between apart.
    static func dropDoubledMarkers(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "*" || c == "_" || c == "~", i + 1 < chars.count, chars[i + 1] == c {
                var j = i
                while j < chars.count, chars[j] == "*" || chars[j] == "_" || chars[j] == "~" { j += 1 }
                let before = out.last, after = j < chars.count ? chars[j] : nil
                if let before, let after, before.isLetter || before.isNumber, after.isLetter || after.isNumber {
                    out.append(" ")
                }
                i = j
            } else {
                out.append(c)
                i += 1
            }
        }
        return out
    }

    /// HTML entities decoded, Character by Character.
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
                    decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map {
                        String(Character($0))
                    }
                } else if name.hasPrefix("#") {
                    decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else {
                    decoded = MarkupStripper.entities[name]
                }
                if let decoded {
                    out += CharacterRepair.repair(decoded).text
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out.append("&")
            rest = after
        }
        return out + rest
    }

    /// Markdown links and images become their text; autolinks their address; HTML tags go.
    static func stripLinksAndTags(
        _ text: String, open: inout MarkupStripper.OpenMarkup, tagsMayWrap: Bool,
        removals: inout [MarkupStripper.Removal]
    ) -> String {
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "[" || (c == "!" && i + 1 < chars.count && chars[i + 1] == "["),
                let link = markdownLink(chars, at: c == "!" ? i + 1 : i)
            {
                if isDangerousURL(link.url) {
                    removals.append(
                        MarkupStripper.Removal(kind: .active("a \(link.url.prefix(11)) link"), column: i + 1))
                }
                out += stripLinksAndTags(link.text, open: &open, tagsMayWrap: false, removals: &removals)
                i = link.end
            } else if c == "<", let tag = htmlTag(chars, at: i) {
                if tag.isAutolink {
                    out += tag.inner
                    i = tag.end
                    continue
                }
                let name = tag.name
                if MarkupStripper.activeElements.contains(name) || !MarkupStripper.formattingTags.contains(name)
                    || tag.hasActiveAttribute
                {
                    removals.append(MarkupStripper.Removal(kind: .active("<\(name)>"), column: i + 1))
                } else {
                    removals.append(MarkupStripper.Removal(kind: .formatting, column: i + 1))
                }
                i = tag.end
                if MarkupStripper.activeElements.contains(name), !tag.isClosing {
                    if let end = closingTagEnd(chars, name: name, from: i) {
                        i = end
                    } else {
                        open.activeElement = name; i = chars.count
                    }
                }
            } else if c == "<", tagsMayWrap, let name = unclosedTagName(chars, at: i) {
                // A tag that goes on past the end of the line: the rest of it is on the next lines.
                removals.append(
                    MarkupStripper.Removal(
                        kind: MarkupStripper.activeElements.contains(name)
                            || !MarkupStripper.formattingTags.contains(name) ? .active("<\(name)>") : .formatting,
                        column: i + 1))
                open.tag = name
                open.tagOpensElement = MarkupStripper.activeElements.contains(name)
                i = chars.count
            } else {
                out.append(c)
                i += 1
            }
        }
        return out
    }

    static func isDangerousURL(_ url: String) -> Bool {
        let scheme = url.drop { $0 == " " || $0 == "<" }.lowercased().filter { !$0.isWhitespace }
        return scheme.hasPrefix("javascript:") || scheme.hasPrefix("vbscript:") || scheme.hasPrefix("data:")
            || scheme.hasPrefix("file:")
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
        let lower = inner.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:")
            || lower.hasPrefix("www.")
        {
            return Tag(
                name: "", inner: inner, end: close + 1, isClosing: false, isAutolink: true, hasActiveAttribute: false)
        }
        let isClosing = first == "/"
        let name = String(lower.drop { $0 == "/" || $0 == "!" }.prefix { $0.isLetter || $0.isNumber || $0 == "-" })
        guard !name.isEmpty || first == "!" else { return nil }
        let active =
            lower.firstRange(of: "javascript:") != nil || lower.firstRange(of: "vbscript:") != nil
            || hasEventHandler(lower)
        return Tag(
            name: name.isEmpty ? "!--" : name, inner: inner, end: close + 1, isClosing: isClosing,
            isAutolink: false, hasActiveAttribute: active)
    }

    /// `onerror=`, `onclick =` and the like.
    static func hasEventHandler(_ lower: String) -> Bool {
        var rest = Substring(lower)
        while let r = rest.firstRange(of: "on") {
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
    static func unclosedTagName(_ chars: [Character], at open: Int) -> String? {
        guard open + 1 < chars.count, chars[open + 1].isLetter, !chars[(open + 1)...].contains(">") else { return nil }
        let name = String(chars[(open + 1)...].prefix { $0.isLetter || $0.isNumber }).lowercased()
        let after = chars[(open + 1 + name.count)...].first
        guard after == nil || after == " " || after == "\t" || after == "/" else { return nil }
        return name
    }

    static func closingTagEnd(_ chars: [Character], name: String, from: Int) -> Int? {
        let needle = Array("</\(name)")
        var i = from
        while i + needle.count <= chars.count {
            if chars[i] == "<", String(chars[i..<(i + needle.count)]).lowercased() == String(needle),
                let close = chars[i...].firstIndex(of: ">")
            {
                return close + 1
            }
            i += 1
        }
        return nil
    }

}
