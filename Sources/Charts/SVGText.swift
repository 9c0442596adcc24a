/// Text rules shared by every chart: XML escaping, locale-free number formatting, estimated
/// text widths and word wrapping. Everything here is deterministic on every machine.
enum SVGText {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped, safe in element content and in
    /// double-quoted attributes. Characters XML 1.0 forbids (most control characters) become
    /// U+FFFD so the document always parses.
    static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        appendEscaped(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends ``escape(_:)`` of `text` to `out`, as UTF-8. Read on the text's bytes: the five
    /// characters and the control characters are ASCII, and the only other scalars XML 1.0
    /// forbids that a string can hold, U+FFFE and U+FFFF, are EF BF BE and EF BF BF (no
    /// other character's bytes contain an ASCII byte or start with EF BF BE/BF). The runs
    /// between are copied as they are.
    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var copied = 0
            var index = 0
            while index < bytes.count {
                let replacement: StaticString
                var width = 1
                switch bytes[index] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&apos;"
                case 0x09, 0x0A, 0x0D:
                    index += 1
                    continue
                case ..<0x20: replacement = "\u{FFFD}"
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                    replacement = "\u{FFFD}"
                    width = 3
                default:
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                out.append(
                    contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                index += width
                copied = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        }
    }

    /// `value` rounded to at most one decimal place (halves away from zero), trailing `.0`
    /// dropped, never `-0`; non-finite values print as `0` and magnitudes are capped at 10^12.
    static func number(_ value: Double) -> String {
        var out: [UInt8] = []
        appendNumber(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends ``number(_:)`` of `value` to `out`, as ASCII digits.
    static func appendNumber(_ value: Double, to out: inout [UInt8]) {
        guard value.isFinite else {
            out.append(UInt8(ascii: "0"))
            return
        }
        let limited = min(max(value, -1e12), 1e12)
        // Integer tenths have no negative zero, so -0.04 prints as "0".
        let tenths = Int((limited * 10).rounded(.toNearestOrAwayFromZero))
        if tenths < 0 { out.append(UInt8(ascii: "-")) }
        let whole = tenths.magnitude / 10
        let fraction = tenths.magnitude % 10
        // The digits from the first: `place` is the power of ten of the first.
        var place: UInt = 1
        while place <= whole / 10 { place *= 10 }
        repeat {
            out.append(UInt8(ascii: "0") + UInt8(whole / place % 10))
            place /= 10
        } while place > 0
        if fraction != 0 {
            out.append(UInt8(ascii: "."))
            out.append(UInt8(ascii: "0") + UInt8(fraction))
        }
    }

    /// A generous estimate of the rendered width of `text` in a sans-serif font, in pixels.
    static func width(of text: String, fontSize: Double, bold: Bool = false) -> Double {
        width(ems: ems(of: text.unicodeScalars), fontSize: fontSize, bold: bold)
    }

    /// The width in pixels of text `ems` wide.
    private static func width(ems: Double, fontSize: Double, bold: Bool) -> Double {
        ems * fontSize * (bold ? 1.1 : 1)
    }

    /// `start` plus the advances of `scalars`, added one at a time in order: so the ems of
    /// a text, added on to those of the text before it, are those of the two joined.
    private static func ems(of scalars: some Sequence<Unicode.Scalar>, after start: Double = 0) -> Double {
        scalars.reduce(start) { $0 + emWidth($1) }
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
    /// Text whose every scalar ``standsAlone(_:)`` is split without finding its characters:
    /// each of them is a character of its own (or CR LF, white space either way). Among
    /// those scalars only ASCII white space, U+0085 and U+00A0 are white space; without the
    /// last two, the text is split on its UTF-8 bytes (no other scalar's bytes are ASCII).
    static func words(of text: String) -> [String] {
        guard text.unicodeScalars.allSatisfy({ standsAlone($0) && $0 != "\u{85}" && $0 != "\u{A0}" }) else {
            return text.split(whereSeparator: \.isWhitespace).map(String.init)
        }
        return text.utf8.split { $0 == UInt8(ascii: " ") || (0x09...0x0D).contains($0) }.map { String(Substring($0)) }
    }

    /// Whether `scalar` never joins a neighbour into one character (CR LF aside): below
    /// U+0300, where the combining marks begin, or the punctuation U+2010 to U+2027 (dashes,
    /// quotes, bullets, `…`), as in "35% · Good" and "Inspector’s".
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x300 || (0x2010...0x2027).contains(scalar.value)
    }

    /// Whether `text` is words one space apart, the only white space, none at either end,
    /// split as ``words(of:)`` splits on bytes: the words ``wrap(_:maxWidth:fontSize:bold:maxLines:)``
    /// joins with one space give the text back.
    static func isSpacedWords(_ text: String) -> Bool {
        var previous = UInt8(ascii: " ")  // so that a leading space, or no text, fails
        for byte in text.utf8 {
            guard !(0x09...0x0D).contains(byte), byte != UInt8(ascii: " ") || previous != byte else { return false }
            previous = byte
        }
        return previous != UInt8(ascii: " ")
            && text.unicodeScalars.allSatisfy { standsAlone($0) && $0 != "\u{85}" && $0 != "\u{A0}" }
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
        func fits(ems: Double) -> Bool { width(ems: ems, fontSize: fontSize, bold: bold) <= maxWidth }
        // Words one space apart that fit on one line are that line: the words are measured
        // below by the same sums in the same order, and a sum of advances grows word by word.
        if isSpacedWords(text), fits(ems: ems(of: text.unicodeScalars)) {
            return Wrapped(lines: [text], isTruncated: false)
        }
        return wrapWords(text, maxWidth: maxWidth, fontSize: fontSize, bold: bold, maxLines: maxLines)
    }

    /// ``wrap(_:maxWidth:fontSize:bold:maxLines:)`` word by word.
    static func wrapWords(_ text: String, maxWidth: Double, fontSize: Double, bold: Bool, maxLines: Int) -> Wrapped {
        func fits(_ line: String) -> Bool { width(of: line, fontSize: fontSize, bold: bold) <= maxWidth }
        func fits(ems: Double) -> Bool { width(ems: ems, fontSize: fontSize, bold: bold) <= maxWidth }
        var lines: [String] = []
        // The line so far and its ems (each joined text measured as its two parts' sum).
        var current = ""
        var currentEms = 0.0
        for word in words(of: text) {
            let joinedEms =
                current.isEmpty
                ? ems(of: word.unicodeScalars) : ems(of: word.unicodeScalars, after: currentEms + emWidth(" "))
            if fits(ems: joinedEms) {
                current = current.isEmpty ? word : current + " " + word
                currentEms = joinedEms
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = ""
            currentEms = 0
            for character in word {
                let longerEms = ems(of: character.unicodeScalars, after: currentEms)
                if !current.isEmpty && !fits(ems: longerEms) {
                    lines.append(current)
                    current = ""
                    currentEms = ems(of: character.unicodeScalars)
                } else {
                    currentEms = longerEms
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
