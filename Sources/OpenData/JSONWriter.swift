/// Writes a JSON document straight into UTF-8 bytes, its object members in the order
/// written, with output that depends on nothing but what is written: two-space
/// indentation, `"key": value`, `\n` line endings, slashes and non-ASCII text left as they
/// are, and numbers written the same way on every platform. An empty object is `{}`, an
/// empty array `[]`.
public struct JSONWriter {
    /// The text written so far.
    public private(set) var bytes: [UInt8] = []
    /// How deep the values written next are: two spaces a level.
    private var level: Int
    /// Whether the object or array being written has a member or item yet.
    private var hasItems = false

    /// A writer of a value that stands `level` levels deep in a document (its members
    /// indented one more).
    public init(level: Int = 0) { self.level = level }

    /// A writer that goes on from `bytes`, writing the ``item(_:)``s of an array whose items
    /// stand `level` levels deep; `afterItems` tells whether items came before (so that the
    /// next starts with a comma). For an array written in parts.
    public init(level: Int, continuing bytes: [UInt8], afterItems: Bool) {
        self.level = level
        self.bytes = bytes
        self.hasItems = afterItems
    }

    /// ``bytes`` with the final newline of a whole document.
    public var document: [UInt8] { bytes + [UInt8(ascii: "\n")] }

    /// Writes `null`.
    public mutating func null() { bytes += "null".utf8 }

    /// Writes `value` as a string, or `null` when it is nil.
    public mutating func value(_ value: String?) {
        guard let value else { return null() }
        Self.quote(value, into: &bytes)
    }

    /// Writes `value` as a number, or `null` when it is nil.
    public mutating func value(_ value: Int?) {
        guard let value else { return null() }
        bytes += String(value).utf8
    }

    /// Writes `value` as an integer when it is whole (`25`), else as Swift's shortest
    /// round-tripping form (`41.5`); `null` when it is nil, a NaN or an infinity.
    public mutating func value(_ value: Double?) {
        guard let value, let text = Self.format(value) else { return null() }
        bytes += text.utf8
    }

    /// Writes `value` as a boolean, or `null` when it is nil.
    public mutating func value(_ value: Bool?) {
        guard let value else { return null() }
        bytes += (value ? "true" : "false").utf8
    }

    /// Writes an object whose members `members` writes (with the `member` methods).
    public mutating func object(_ members: (inout JSONWriter) -> Void) {
        container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), members)
    }

    /// Writes an array of `items`, each written by `item`.
    public mutating func array<Items: Sequence>(_ items: Items, _ item: (inout JSONWriter, Items.Element) -> Void) {
        container(open: UInt8(ascii: "["), close: UInt8(ascii: "]")) { writer in
            for element in items { writer.item { item(&$0, element) } }
        }
    }

    /// Writes an array of `items` as strings.
    public mutating func array(_ items: some Sequence<String>) { array(items) { $0.value($1) } }

    /// Writes one item of the array being written, the value `value` writes.
    public mutating func item(_ value: (inout JSONWriter) -> Void) {
        startItem()
        value(&self)
    }

    /// Writes a member of the object being written: `key`, then the value `value` writes.
    /// The key is written as it is: a name with nothing to escape (checked in debug builds).
    public mutating func member(_ key: StaticString, _ value: (inout JSONWriter) -> Void) {
        let name = UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
        assert(Self.firstSpecial(in: name, from: 0, script: false) == nil, "a JSON key to escape")
        startItem()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: name)
        bytes += "\": ".utf8
        value(&self)
    }

    /// Writes a member whose value is a string, or `null`.
    public mutating func member(_ key: StaticString, _ value: String?) { member(key) { $0.value(value) } }
    /// Writes a member whose value is a number, or `null`.
    public mutating func member(_ key: StaticString, _ value: Int?) { member(key) { $0.value(value) } }
    /// Writes a member whose value is a number, or `null` (as ``value(_:)-(Double?)``).
    public mutating func member(_ key: StaticString, _ value: Double?) { member(key) { $0.value(value) } }
    /// Writes a member whose value is a boolean, or `null`.
    public mutating func member(_ key: StaticString, _ value: Bool?) { member(key) { $0.value(value) } }

    /// Writes `open`, what `items` writes one level deeper, and `close` on a line of its
    /// own (right after `open` when nothing was written).
    private mutating func container(open: UInt8, close: UInt8, _ items: (inout JSONWriter) -> Void) {
        let outer = hasItems
        hasItems = false
        level += 1
        bytes.append(open)
        items(&self)
        level -= 1
        if hasItems {
            bytes.append(UInt8(ascii: "\n"))
            Self.indent(level, into: &bytes)
        }
        bytes.append(close)
        hasItems = outer
    }

    /// Ends the item before, if any, with a comma, and starts a line at the current level.
    private mutating func startItem() {
        bytes += (hasItems ? ",\n" : "\n").utf8
        hasItems = true
        Self.indent(level, into: &bytes)
    }

    /// Two spaces per level.
    static func indentation(_ level: Int) -> String { String(repeating: "  ", count: level) }

    /// Appends two spaces per level to `out`.
    static func indent(_ level: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    /// The JSON text of a finite number, or nil for NaN and infinities.
    static func format(_ d: Double) -> String? {
        guard d.isFinite else { return nil }
        if d == d.rounded(), abs(d) < 9_007_199_254_740_992 { return String(Int(d)) }
        return "\(d)"
    }

    /// `s` as a JSON string literal that is also safe inside any script or HTML
    /// `<script>` element: as a document's strings are quoted (line and paragraph separators and
    /// control characters escaped), with every `<` written `\u003c`, so that no
    /// `</script>` or `<!--` can appear.
    public static func scriptString(_ s: String) -> String {
        var out: [UInt8] = []
        quote(s, into: &out, script: true)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `s` as a JSON string literal to `out`: a quote, a backslash and the control
    /// characters escaped, and the line and paragraph separators (U+2028, U+2029: a JSON
    /// string may hold them, a script before ES2019 may not); with `script`, also every `<`
    /// (as ``scriptString(_:)``). Read on the string's UTF-8 bytes: every byte escaped is
    /// ASCII, or the lead byte E2 of the separators (E2 80 A8, E2 80 A9), and no other
    /// character's bytes contain one of them; the runs between are copied as they are.
    public static func quote(_ s: String, into out: inout [UInt8], script: Bool = false) {
        var s = s
        s.withUTF8 { bytes in
            out.append(UInt8(ascii: "\""))
            var copied = 0
            var index = 0
            while let special = firstSpecial(in: bytes, from: index, script: script) {
                index = special + 1
                let escape: String
                switch bytes[special] {
                case UInt8(ascii: "\""): escape = #"\""#
                case UInt8(ascii: "\\"): escape = #"\\"#
                case UInt8(ascii: "\n"): escape = #"\n"#
                case UInt8(ascii: "\r"): escape = #"\r"#
                case UInt8(ascii: "\t"): escape = #"\t"#
                case 0x08: escape = #"\b"#
                case 0x0C: escape = #"\f"#
                case UInt8(ascii: "<"): escape = #"\u003c"#
                case 0xE2:
                    // Only the separators; any other character led by E2 (a dash, a curly
                    // quote) stays in the run.
                    guard special + 2 < bytes.count, bytes[special + 1] == 0x80,
                        bytes[special + 2] == 0xA8 || bytes[special + 2] == 0xA9
                    else { continue }
                    escape = bytes[special + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#
                    index = special + 3
                case let control:
                    escape = #"\u00"# + String(control >> 4, radix: 16) + String(control & 0xF, radix: 16)
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<special]))
                out += escape.utf8
                copied = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            out.append(UInt8(ascii: "\""))
        }
    }

    /// The index of the first byte at or after `start` that may need an escape: below 0x20,
    /// a quote, a backslash, E2, or with `script` a `<`; nil if none. Eight bytes are tested
    /// at a time (each test tells whether any of the eight bytes matches; a text's last bytes
    /// in the eight that end it), one at a time only in a word where one does.
    static func firstSpecial(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, script: Bool) -> Int? {
        func isSpecial(_ byte: UInt8) -> Bool {
            byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0xE2
                || (script && byte == UInt8(ascii: "<"))
        }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        /// The high bit set in each byte of `word` that is zero (and maybe in a byte above
        /// one that is): none set when no byte is.
        func zeros(_ word: UInt64) -> UInt64 { (word &- ones) & ~word }
        // Without `script`, the `<` test is the quote's again.
        let other = (script ? 0x3C : 0x22) &* ones
        /// Whether one of the eight bytes at `offset` may need an escape: the tests of every
        /// byte combined without a branch.
        func mayHoldSpecial(at offset: Int, _ base: UnsafePointer<UInt8>) -> Bool {
            let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
            let below = (word &- 0x20 &* ones) & ~word
            return
                (below | zeros(word ^ (0x22 &* ones)) | zeros(word ^ (0x5C &* ones)) | zeros(word ^ (0xE2 &* ones))
                | zeros(word ^ other)) & highs != 0
        }
        var index = start
        if let base = bytes.baseAddress, bytes.count - start >= 8 {
            while index + 8 <= bytes.count, !mayHoldSpecial(at: index, base) { index += 8 }
            // The last bytes, fewer than eight, in the word that ends the text (which overlaps
            // the last word tested).
            if index + 8 > bytes.count, !mayHoldSpecial(at: bytes.count - 8, base) { return nil }
        }
        while index < bytes.count {
            if isSpecial(bytes[index]) { return index }
            index += 1
        }
        return nil
    }
}
