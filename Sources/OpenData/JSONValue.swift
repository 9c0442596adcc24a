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
    public func serialized() -> String {
        var out = ""
        write(to: &out, indent: 0)
        out += "\n"
        return out
    }

    /// The value's text as it stands at `indent` levels inside a document (no final newline).
    func text(indent: Int) -> String {
        var out = ""
        write(to: &out, indent: indent)
        return out
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += Self.format(d) ?? "null"
        case .string(let s): Self.quote(s, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (n, item) in items.enumerated() {
                out += Self.indentation(indent + 1)
                item.write(to: &out, indent: indent + 1)
                out += n == items.count - 1 ? "\n" : ",\n"
            }
            out += Self.indentation(indent) + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (n, member) in members.enumerated() {
                out += Self.indentation(indent + 1)
                Self.quote(member.key, into: &out)
                out += ": "
                member.value.write(to: &out, indent: indent + 1)
                out += n == members.count - 1 ? "\n" : ",\n"
            }
            out += Self.indentation(indent) + "}"
        }
    }

    /// Two spaces per level, made once for the depths documents reach.
    private static let indentations = (0..<16).map { String(repeating: "  ", count: $0) }

    static func indentation(_ level: Int) -> String {
        level < indentations.count ? indentations[level] : String(repeating: "  ", count: level)
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
        var out = ""
        quote(s, into: &out)
        // On bytes: `<` is one byte in UTF-8 and never part of another character's bytes.
        // (A `Character` search would miss a `<` that a combining mark follows.)
        guard out.utf8.contains(UInt8(ascii: "<")) else { return out }
        let parts = out.utf8.split(separator: UInt8(ascii: "<"), omittingEmptySubsequences: false)
        return parts.map { String(Substring($0)) }.joined(separator: "\\u003c")
    }

    /// Whether `s` holds a byte that may need an escape (see ``quote(_:into:)``), read on its
    /// contiguous UTF-8 bytes (faster than through the `UTF8View`'s index, for every string
    /// of the open data).
    private static func needsEscapes(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { bytes in
            bytes.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 }
        }
    }

    static func quote(_ s: String, into out: inout String) {
        out += "\""
        // Most strings need no escape: no quote, backslash, control character, or the
        // line and paragraph separators (E2 80 A8, E2 80 A9 in UTF-8, led by E2).
        if !needsEscapes(s) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16, uppercase: false)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
