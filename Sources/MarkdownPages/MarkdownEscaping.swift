/// Escaping of plain text for a Markdown page (CommonMark with GitHub's extensions).
public enum MarkdownEscaping {
    /// `text` as inline Markdown content that shows verbatim and can create no structure: no
    /// heading, list, quote, table cell, emphasis, link, code span, HTML or entity. It may be
    /// put anywhere inline: in a paragraph, heading, table cell, link text, link destination
    /// or a `"`-quoted link title. (Not inside a code span, where backslashes show as typed.)
    ///
    /// - Every run of whitespace containing a line break (LF, CR, VT, FF, NEL, U+2028,
    ///   U+2029) or a tab becomes one space; other runs of spaces are kept. Leading and
    ///   trailing whitespace is dropped.
    /// - A backslash goes before `\` `` ` `` `*` `_` `[` `]` `<` `>` `|` `~` `"` everywhere; before
    ///   `&` followed by an ASCII letter or `#` (an entity); before `#` at the start or after a
    ///   space (an ATX heading's opening or closing sequence); before `-`, `+` or `=` at the
    ///   start; and before the `.` or `)` ending a run of digits at the start when a space or
    ///   the end follows (`1. Foo` → `1\. Foo`); before the `:` of `://` and the `.` of `www.`,
    ///   so that GitHub's autolink extension makes no link of a bare URL (it reads the URL from
    ///   the raw text, backslashes included, so `https://a.org/">` would show `\"\>`; found by
    ///   `make fuzz`).
    /// - Everything else is left alone, so `2.5`, `co-location`, `Leicester & Rutland` and
    ///   paths like `../source/leeds-2024.txt#L96` pass through unchanged. (An e-mail address
    ///   is still linked by the extension; its text shows verbatim.)
    ///
    /// One pass over the UTF-8 bytes.
    public static func inline(_ text: String) -> String {
        var output: [UInt8] = []
        append(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether each of the eight bytes of `word` (the first in its low byte) is an ASCII letter
    /// or digit, or a space followed by one in `word`: bytes that ``inline(_:)`` writes as
    /// they are wherever they stand after the start. Exact, on all eight bytes at once: no
    /// byte has its top bit, so adding to one carries into no other.
    static func isProse(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high = ones &* 0x80
        guard word & high == 0 else { return false }
        // The top bit of each byte from `low` on: `byte + 0x80 - low` reaches 0x80.
        func atLeast(_ low: UInt64, _ word: UInt64) -> UInt64 { (word &+ ones &* (0x80 - low)) & high }
        let lowercase = word | ones &* 0x20
        let letters = atLeast(0x61, lowercase) & ~atLeast(0x7B, lowercase)
        let digits = atLeast(0x30, word) & ~atLeast(0x3A, word)
        let alphanumerics = letters | digits
        let notSpace = word ^ (ones &* 0x20)
        let spaces = ~(((notSpace & (ones &* 0x7F)) &+ ones &* 0x7F) | notSpace) & high
        return alphanumerics | (spaces & (alphanumerics >> 8)) == high
    }

    /// ``inline(_:)`` of `text`, written at the end of `output` (a page being rendered).
    public static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var escaper = Escaper(bytes)
            swap(&escaper.output, &output)
            escaper.start = escaper.output.count
            // Grown as an append grows it (to twice its size at least), never by the few bytes
            // of one value: `reserveCapacity` makes room for exactly what it is asked, so a
            // page growing by one value at a time would be copied whole for each.
            let needed = escaper.start + bytes.count + bytes.count / 8 + 4
            if needed > escaper.output.capacity {
                escaper.output.reserveCapacity(max(needed, 2 * escaper.output.capacity))
            }
            escaper.run()
            swap(&escaper.output, &output)
        }
    }
}

/// The state of one ``MarkdownEscaping/inline(_:)`` pass.
private struct Escaper {
    let input: UnsafeBufferPointer<UInt8>
    /// What was written before this text, then this text's escaped bytes.
    var output: [UInt8] = []
    /// Where this text's bytes start in `output`.
    var start = 0
    /// Where the pending run of whitespace started, if one is pending.
    var runStart: Int?
    /// Whether the pending run contains a line break or a tab.
    var runBreaks = false

    init(_ input: UnsafeBufferPointer<UInt8>) { self.input = input }

    /// Whether nothing of this text was written yet.
    private var atStart: Bool { output.count == start }

    mutating func run() {
        // The table read once (each read of a static is a call), without bounds checks.
        Self.unescaped.withUnsafeBufferPointer { unescaped in run(unescaped) }
    }

    private mutating func run(_ unescaped: UnsafeBufferPointer<Bool>) {
        let base = UnsafeRawPointer(input.baseAddress)
        var i = 0
        while i < input.count {
            if runStart == nil, !atStart {
                // The bytes no rule below escapes, written as one run (one copy), with each
                // single space between two of them (which the rules below write as it is):
                // eight at a time where they are letters, digits and such spaces (prose),
                // else one by one, eight before the next try.
                var end = i
                scan: while end < input.count {
                    if end + 8 <= input.count, let base,
                        MarkdownEscaping.isProse(
                            UInt64(littleEndian: base.loadUnaligned(fromByteOffset: end, as: UInt64.self)))
                    {
                        end += 8
                        continue
                    }
                    for _ in 0..<8 {
                        guard end < input.count,
                            unescaped[Int(input[end])] || staysInRun(at: end, after: end > i)
                                || (input[end] == .space && end + 1 < input.count && unescaped[Int(input[end + 1])])
                        else { break scan }
                        end += 1
                    }
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: input[i..<end]))
                i = end
                guard i < input.count else { break }
            }
            if let (length, breaks) = whitespace(at: i) {
                if runStart == nil { runStart = i }
                runBreaks = runBreaks || breaks
                i += length
                continue
            }
            flushWhitespace(upTo: i)
            i = escape(at: i)
        }
    }

    /// Whether the byte at `i`, after the start and not in the table of unescaped bytes, is one
    /// that ``escape(at:)`` writes as it is where it stands: `-`, `+` and `=`; `#` after another
    /// byte of the run (`inRun`) that is not a space; `.` not after `www`; `:` not before `//`;
    /// `&` before no letter or `#`. Each by the rule ``escape(at:)`` applies.
    private func staysInRun(at i: Int, after inRun: Bool) -> Bool {
        switch input[i] {
        case .minus, .plus, .equals: true
        case .hash: inRun && input[i - 1] != .space
        case .period: !needsBackslashBeforePeriod(at: i)
        case .colon: !needsBackslashBeforeColon(at: i)
        case .ampersand: !needsBackslashBeforeAmpersand(at: i)
        default: false
        }
    }

    /// The bytes that ``escape(at:)`` writes as they are wherever they stand after the start,
    /// and that begin no whitespace: ASCII letters, digits and `!$%'(),/;?@^{}`, and every byte
    /// of a UTF-8 sequence except the leads of NEL (0xC2) and U+2028/9 (0xE2).
    private static let unescaped: [Bool] = (0...255).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "'"), UInt8(ascii: "("),
            UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "/"), UInt8(ascii: ";"), UInt8(ascii: "?"),
            UInt8(ascii: "@"), UInt8(ascii: "^"), UInt8(ascii: "{"), UInt8(ascii: "}"):
            true
        case 0xC2, 0xE2: false
        case 0x80...0xFF: true
        default: false
        }
    }

    /// Writes the pending whitespace run (unless it is leading) as one space or as it was.
    private mutating func flushWhitespace(upTo end: Int) {
        guard let start = runStart else { return }
        if !atStart {
            if runBreaks {
                output.append(.space)
            } else {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: input[start..<end]))
            }
        }
        runStart = nil
        runBreaks = false
    }

    /// Writes the non-whitespace byte at `i`, escaped if need be; returns the next index.
    private mutating func escape(at i: Int) -> Int {
        let byte = input[i]
        let needsBackslash: Bool
        switch byte {
        case .backslash, .backtick, .asterisk, .underscore, .openBracket, .closeBracket,
            .lessThan, .greaterThan, .pipe, .tilde, .quote:
            needsBackslash = true
        case .ampersand:
            needsBackslash = needsBackslashBeforeAmpersand(at: i)
        case .hash:
            needsBackslash = atStart || output.last == .space
        case .minus, .plus, .equals:
            needsBackslash = atStart
        case .colon:
            needsBackslash = needsBackslashBeforeColon(at: i)
        case .period:
            needsBackslash = needsBackslashBeforePeriod(at: i)
        case UInt8(ascii: "0")...UInt8(ascii: "9") where atStart:
            return escapeListNumber(at: i)
        default:
            needsBackslash = false
        }
        if needsBackslash { output.append(.backslash) }
        output.append(byte)
        return i + 1
    }

    /// Whether the `&` at `i` may begin an entity: a letter or `#` follows.
    private func needsBackslashBeforeAmpersand(at i: Int) -> Bool {
        i + 1 < input.count && (input[i + 1].isASCIILetter || input[i + 1] == .hash)
    }

    /// Whether the `:` at `i` begins `://`.
    private func needsBackslashBeforeColon(at i: Int) -> Bool {
        i + 2 < input.count && input[i + 1] == .slash && input[i + 2] == .slash
    }

    /// Whether the `.` at `i` ends `www.` (any letter case).
    private func needsBackslashBeforePeriod(at i: Int) -> Bool {
        i >= 3 && input[(i - 3)..<i].allSatisfy { $0 | 0x20 == UInt8(ascii: "w") }
    }

    /// Writes the digits starting at `i`, escaping a following `.` or `)` that would make them
    /// an ordered-list marker; returns the next index.
    private mutating func escapeListNumber(at i: Int) -> Int {
        var end = i
        while end < input.count, input[end].isASCIIDigit { end += 1 }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: input[i..<end]))
        guard end < input.count, input[end] == .period || input[end] == .closeParen,
            end + 1 == input.count || whitespace(at: end + 1) != nil
        else { return end }
        output.append(.backslash)
        output.append(input[end])
        return end + 1
    }

    /// The byte length of the whitespace character at `i` and whether it breaks the line (or
    /// is a tab); nil if there is none.
    private func whitespace(at i: Int) -> (length: Int, breaks: Bool)? {
        switch input[i] {
        case .space: return (1, false)
        case 0x09...0x0D: return (1, true)  // tab, LF, VT, FF, CR
        case 0xC2 where i + 1 < input.count && input[i + 1] == 0x85: return (2, true)  // NEL
        case 0xE2 where i + 2 < input.count && input[i + 1] == 0x80 && (input[i + 2] == 0xA8 || input[i + 2] == 0xA9):
            return (3, true)  // U+2028, U+2029
        default: return nil
        }
    }
}

extension UInt8 {
    fileprivate static let space = UInt8(ascii: " ")
    fileprivate static let backslash = UInt8(ascii: "\\")
    fileprivate static let backtick = UInt8(ascii: "`")
    fileprivate static let asterisk = UInt8(ascii: "*")
    fileprivate static let underscore = UInt8(ascii: "_")
    fileprivate static let openBracket = UInt8(ascii: "[")
    fileprivate static let closeBracket = UInt8(ascii: "]")
    fileprivate static let lessThan = UInt8(ascii: "<")
    fileprivate static let greaterThan = UInt8(ascii: ">")
    fileprivate static let pipe = UInt8(ascii: "|")
    fileprivate static let tilde = UInt8(ascii: "~")
    fileprivate static let quote = UInt8(ascii: "\"")
    fileprivate static let ampersand = UInt8(ascii: "&")
    fileprivate static let hash = UInt8(ascii: "#")
    fileprivate static let minus = UInt8(ascii: "-")
    fileprivate static let plus = UInt8(ascii: "+")
    fileprivate static let equals = UInt8(ascii: "=")
    fileprivate static let colon = UInt8(ascii: ":")
    fileprivate static let slash = UInt8(ascii: "/")
    fileprivate static let period = UInt8(ascii: ".")
    fileprivate static let closeParen = UInt8(ascii: ")")

    fileprivate var isASCIIDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
    fileprivate var isASCIILetter: Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self | 0x20) }
}
