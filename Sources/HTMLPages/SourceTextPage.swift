import MarkdownHTML

/// The content of a report text's page: its lines, numbered as the model numbers them,
/// each a link target (`#L322`), so a figure can link to the line it was read from.
/// A line is its number, a link to itself carrying the id, then its text:
/// `<a id="L3" href="#L3">3</a>text`; the stylesheet hangs the number in the margin,
/// keeps it out of copied text and marks the linked line (`:target`).
///
/// Every character of the text is escaped; control characters other than tab become
/// U+FFFD (they are not allowed in HTML), so the page shows the text, never runs it.
public enum SourceTextPage {
    /// `<h1>` with the file name, a paragraph saying what the text is (linking the plain
    /// file at `plainTextHref`), and a `<pre class="source-text">` with the lines, one
    /// `<a id="Ln" href="#Ln">n</a>` before each. `text` is the text's UTF-8 bytes (valid
    /// UTF-8: a decoded text) and `lines` the byte ranges of its lines, in order, as the
    /// model numbers them. UTF-8, as ``HTMLDocument`` takes it.
    public static func content(name: String, text: [UInt8], lines: [Range<Int>], plainTextHref: String) -> [UInt8] {
        var html: [UInt8] = []
        html.reserveCapacity(text.count + 40 * lines.count + 1024)
        html += "<h1>\(HTMLEscaping.escaped(name))</h1>\n".utf8
        html +=
            ("<p>The text of a report by HM Inspectorate of Probation, as converted from the published PDF "
            + "and read by sitegen: \(lines.count) line\(lines.count == 1 ? "" : "s"). The figures on the other pages "
            + "link to the lines they were read from. Download the <a href=\"\(HTMLEscaping.escaped(plainTextHref))\">plain text</a>.</p>\n")
            .utf8
        html += "<pre class=\"source-text\"><code>".utf8
        var markup = LineMarkup()
        text.withUnsafeBufferPointer { text in
            for (index, range) in lines.enumerated() {
                markup.advance()
                if index > 0 { html.append(0x0A) }
                html += markup.bytes
                let line = UnsafeBufferPointer(rebasing: text[range])
                if var visibleLine = visible(line) {
                    visibleLine.withUTF8 { HTMLEscaping.append($0, to: &html) }
                } else {
                    HTMLEscaping.append(line, to: &html)
                }
            }
        }
        html += "</code></pre>\n".utf8
        return html
    }

    /// ``content(name:text:lines:plainTextHref:)`` of a text given as its `lines`.
    public static func content(name: String, lines: [String], plainTextHref: String) -> [UInt8] {
        var text: [UInt8] = []
        var ranges: [Range<Int>] = []
        for line in lines {
            let start = text.count
            text += line.utf8
            ranges.append(start..<text.count)
            text.append(0x0A)
        }
        return content(name: name, text: text, lines: ranges, plainTextHref: plainTextHref)
    }

    /// `<a id="Ln" href="#Ln">n</a>` for the line numbered n: made anew when n gains a digit,
    /// else its three copies of n rewritten in place, so that a line takes one append.
    struct LineMarkup {
        private static let open = Array("<a id=\"L".utf8), middle = Array("\" href=\"#L".utf8)
        private static let close = Array("\">".utf8), end = Array("</a>".utf8)
        /// The markup of the current number (none before ``advance()``).
        private(set) var bytes: [UInt8] = []
        /// The number in decimal digits.
        private var number: [UInt8] = [UInt8(ascii: "0")]
        /// Where the three copies of the number start in ``bytes``.
        private var starts = (0, 0, 0)

        /// Moves on to the next number.
        mutating func advance() {
            let digits = number.count
            SourceTextPage.increment(&number)
            guard number.count == digits, !bytes.isEmpty else {
                bytes = Self.open + number + Self.middle + number + Self.close + number + Self.end
                let second = Self.open.count + number.count + Self.middle.count
                starts = (Self.open.count, second, second + number.count + Self.close.count)
                return
            }
            let (first, second, third) = starts
            bytes.withUnsafeMutableBufferPointer { bytes in
                for (offset, digit) in number.enumerated() {
                    bytes[first + offset] = digit
                    bytes[second + offset] = digit
                    bytes[third + offset] = digit
                }
            }
        }
    }

    /// Adds one to the decimal number written in ASCII `digits`.
    static func increment(_ digits: inout [UInt8]) {
        for index in digits.indices.reversed() {
            if digits[index] < UInt8(ascii: "9") {
                digits[index] += 1
                return
            }
            digits[index] = UInt8(ascii: "0")
        }
        digits.insert(UInt8(ascii: "1"), at: 0)
    }

    /// `line` with control characters (other than tab) as U+FFFD.
    static func visible(_ line: String) -> String {
        var line = line
        return line.withUTF8(visible) ?? line
    }

    /// The line whose UTF-8 bytes are `line` with control characters (other than tab) as
    /// U+FFFD; nil when it has none (as most lines), so the bytes can be used as they are.
    static func visible(_ line: UnsafeBufferPointer<UInt8>) -> String? {
        guard mayHaveControls(line) else { return nil }
        let scalars = String(decoding: line, as: UTF8.self).unicodeScalars
        guard scalars.contains(where: isControl) else { return nil }
        return String(String.UnicodeScalarView(scalars.map { isControl($0) ? "\u{FFFD}" : $0 }))
    }

    /// Whether a byte of `line` may be, or begin, a character that is not allowed: only bytes
    /// below 0x20 (but tab), 0x7F, 0xC2 and from 0xEF can. Printable ASCII, most of a text, is
    /// ruled out eight bytes at a time first.
    private static func mayHaveControls(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if let base = UnsafeRawPointer(line.baseAddress) {
            while index + 8 <= line.count, isPrintableASCII(base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            {
                index += 8
            }
        }
        return UnsafeBufferPointer(rebasing: line[index...]).contains {
            $0 &- 0x20 >= 0x5F && $0 != 0x09 && ($0 < 0x80 || $0 == 0xC2 || $0 >= 0xEF)
        }
    }

    /// Whether each of the eight bytes of `word` is from 0x20 to 0x7E (exactly). A byte from
    /// 0x7F sets its top bit in `word` or in `word + 1` (where no byte carries unless one has
    /// the top bit already); one below 0x20 sets it in the borrow test of `word - 0x20`.
    private static func isPrintableASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let below20 = (word &- ones &* 0x20) & ~word
        return ((word &+ ones) | word | below20) & (ones &* 0x80) == 0
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
            || (0xFDD0...0xFDEF).contains(scalar.value) || scalar.value & 0xFFFE == 0xFFFE
    }
}
