/// Text rules shared by every chart: XML escaping, locale-free number formatting, estimated
/// text widths and word wrapping. Everything here is deterministic on every machine.
enum SVGText {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped, safe in element content and in
    /// double-quoted attributes. Characters XML 1.0 forbids (most control characters) become
    /// U+FFFD so the document always parses.
    static func escape(_ text: String) -> String {
        // Most labels are printable ASCII with nothing to escape: the text as it is.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && !Self.isEscaped($0) }) { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            default: escaped.unicodeScalars.append(isAllowedInXML(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return escaped
    }

    /// Whether ``escape(_:)`` writes the ASCII `byte` as an entity.
    private static func isEscaped(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }

    /// Whether XML 1.0 allows `scalar` in a document.
    static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// `value` rounded to at most one decimal place (halves away from zero), trailing `.0`
    /// dropped, never `-0`; non-finite values print as `0` and magnitudes are capped at 10^12.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let limited = min(max(value, -1e12), 1e12)
        // Integer tenths have no negative zero, so -0.04 prints as "0".
        let tenths = Int((limited * 10).rounded(.toNearestOrAwayFromZero))
        let whole = tenths.magnitude / 10, fraction = tenths.magnitude % 10
        let sign = tenths < 0 ? "-" : ""
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    /// A generous estimate of the rendered width of `text` in a sans-serif font, in pixels.
    static func width(of text: String, fontSize: Double, bold: Bool = false) -> Double {
        let ems = text.unicodeScalars.reduce(0.0) { $0 + emWidth($1) }
        return ems * fontSize * (bold ? 1.1 : 1)
    }

    /// The estimated advance of one character, in ems: about that of DejaVu Sans, a wide
    /// font that Linux systems often substitute, so text fits in narrower system fonts too.
    private static func emWidth(_ scalar: Unicode.Scalar) -> Double {
        switch scalar {
        case " ", "i", "j", "l", "'", "|", ".", ",", ":", ";", "!": 0.32
        case "f", "r", "t", "I", "(", ")", "[", "]", "{", "}", "-", "\"", "/", "\\": 0.45
        case "m", "w", "M", "W", "%", "@": 1
        case "<", ">", "=", "+", "~", "^", "*", "#", "&", "_": 0.84
        case "A"..."Z": 0.76
        case "0"..."9", "a"..."z": 0.63
        default: scalar.value < 0x80 ? 0.65 : (scalar.value < 0x2E80 ? 0.8 : 1.05)
        }
    }

    /// `text` split at white space (`Character.isWhitespace`: the first scalar's property).
    /// Text whose every scalar ``standsAlone(_:)`` is split on its scalars, without finding
    /// its characters: each of them is a character of its own (or CR LF, white space either
    /// way).
    static func words(of text: String) -> [String] {
        guard text.unicodeScalars.allSatisfy(standsAlone) else {
            return text.split(whereSeparator: \.isWhitespace).map(String.init)
        }
        return text.unicodeScalars.split {
            $0.isASCII ? $0 == " " || (0x09...0x0D).contains($0.value) : $0.properties.isWhitespace
        }.map { String(Substring($0)) }
    }

    /// Whether `scalar` never joins a neighbour into one character (CR LF aside): below
    /// U+0300, where the combining marks begin, or the punctuation U+2010 to U+2027 (dashes,
    /// quotes, bullets, `…`), as in "35% · Good" and "Inspector’s".
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x300 || (0x2010...0x2027).contains(scalar.value)
    }

    /// Text broken into lines for a box `maxWidth` pixels wide.
    struct Wrapped: Hashable, Sendable {
        /// The lines to draw; empty when the text is empty or only white space.
        var lines: [String]
        /// Whether text was cut off (the last line then ends in "…").
        var isTruncated: Bool
    }

    /// `text` wrapped at white space onto at most `maxLines` lines of at most `maxWidth`
    /// estimated pixels. A word too long for a line is broken between characters; text that
    /// needs more lines is cut, and the last line ends in "…".
    static func wrap(
        _ text: String, maxWidth: Double, fontSize: Double, bold: Bool = false,
        maxLines: Int = 3
    ) -> Wrapped {
        func fits(_ line: String) -> Bool { width(of: line, fontSize: fontSize, bold: bold) <= maxWidth }
        var lines: [String] = []
        var current = ""
        for word in words(of: text) {
            let joined = current.isEmpty ? word : current + " " + word
            if fits(joined) { current = joined; continue }
            if !current.isEmpty { lines.append(current) }
            current = ""
            for character in word {
                if !current.isEmpty && !fits(current + String(character)) {
                    lines.append(current)
                    current = ""
                }
                current.append(character)
            }
        }
        if !current.isEmpty { lines.append(current) }
        let limit = max(1, maxLines)
        guard lines.count > limit else { return Wrapped(lines: lines, isTruncated: false) }
        var last = lines[limit - 1]
        while let end = last.last, end.isWhitespace || !fits(last + "…") { last.removeLast() }
        return Wrapped(lines: Array(lines.prefix(limit - 1)) + [last + "…"], isTruncated: true)
    }
}
