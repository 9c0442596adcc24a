/// A JSON document with its object members in a fixed order, and a serialiser whose
/// output depends on nothing but the value: two-space indentation, `"key": value`,
/// `\n` line endings, slashes and non-ASCII text left as they are, and numbers written
/// the same way on every platform.
public indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    /// Written as an integer when it is whole (`25`), else as Swift's shortest
    /// round-tripping form (`41.5`); a NaN or an infinity is written as `null`.
    case double(Double)
    case string(String)
    case array([JSONValue])
    /// Members in the order given (the writer does not sort them).
    case object([(key: String, value: JSONValue)])

    /// `value` as a string, or `null` when it is nil.
    public static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    /// `value` as a number, or `null` when it is nil.
    public static func int(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }
    /// `value` as a number, or `null` when it is nil.
    public static func double(_ value: Double?) -> JSONValue { value.map { .double($0) } ?? .null }
    /// `value` as a boolean, or `null` when it is nil.
    public static func bool(_ value: Bool?) -> JSONValue { value.map { .bool($0) } ?? .null }

    /// The pretty-printed document, ending with a newline.
    public func serialized() -> String { String(decoding: serializedBytes(), as: UTF8.self) }

    /// ``serialized()`` as its UTF-8 bytes, written without a `String` in between.
    public func serializedBytes() -> [UInt8] {
        var out: [UInt8] = []
        write(to: &out, indent: 0)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    /// Appends the value's text as it stands at `indent` levels inside a document (no final
    /// newline) to `out`.
    func write(to out: inout [UInt8], indent: Int) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .int(let i): out += String(i).utf8
        case .double(let d): out += (Self.format(d) ?? "null").utf8
        case .string(let s): Self.quote(s, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]".utf8; return }
            out += "[\n".utf8
            for (n, item) in items.enumerated() {
                Self.indent(indent + 1, into: &out)
                item.write(to: &out, indent: indent + 1)
                out += (n == items.count - 1 ? "\n" : ",\n").utf8
            }
            Self.indent(indent, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { out += "{}".utf8; return }
            out += "{\n".utf8
            for (n, member) in members.enumerated() {
                Self.indent(indent + 1, into: &out)
                Self.quote(member.key, into: &out)
                out += ": ".utf8
                member.value.write(to: &out, indent: indent + 1)
                out += (n == members.count - 1 ? "\n" : ",\n").utf8
            }
            Self.indent(indent, into: &out)
            out.append(UInt8(ascii: "}"))
        }
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
    /// `<script>` element: as ``serialized()`` quotes it (line and paragraph separators and
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
    /// at a time (each test tells whether any of the eight bytes matches), one at a time only
    /// in a word where one does.
    static func firstSpecial(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, script: Bool) -> Int? {
        func isSpecial(_ byte: UInt8) -> Bool {
            byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0xE2
                || (script && byte == UInt8(ascii: "<"))
        }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        /// Whether a byte of `word` is zero.
        func hasZero(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
        var index = start
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let below = (word &- 0x20 &* ones) & ~word & highs != 0
                if below || hasZero(word ^ (0x22 &* ones)) || hasZero(word ^ (0x5C &* ones))
                    || hasZero(word ^ (0xE2 &* ones)) || (script && hasZero(word ^ (0x3C &* ones)))
                {
                    break
                }
                index += 8
            }
        }
        while index < bytes.count {
            if isSpecial(bytes[index]) { return index }
            index += 1
        }
        return nil
    }
}
