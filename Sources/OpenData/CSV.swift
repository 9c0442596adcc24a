/// RFC 4180 writing rules, with a spreadsheet formula guard.
public enum CSV {
    /// Characters that make a spreadsheet read a cell as a formula (or, for tab and
    /// carriage return, that some spreadsheets strip before doing so).
    public static let formulaTriggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// Prefixes `'` to text that starts with `=`, `+`, `-`, `@`, a tab or a carriage
    /// return, so that a spreadsheet shows it as text instead of evaluating it.
    public static func guardFormula(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaTriggers.contains(Character(first)) else { return text }
        return "'" + text
    }

    /// The field as RFC 4180 writes it: in double quotes, with its quotes doubled, when
    /// it contains a comma, a double quote, a carriage return or a line feed.
    public static func escape(_ field: String) -> String {
        var out: [UInt8] = []
        append(field, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// One record, fields escaped and joined by commas, ending with `\n`.
    public static func line(_ fields: [String]) -> String {
        var out: [UInt8] = []
        appendLine(fields, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends ``line(_:)`` of `fields` to `out`, as UTF-8.
    static func appendLine(_ fields: [String], to out: inout [UInt8]) {
        for (n, field) in fields.enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            append(field, to: &out)
        }
        out.append(UInt8(ascii: "\n"))
    }

    /// Appends ``escape(_:)`` of `field` to `out`, as UTF-8. Read on its bytes: the four
    /// characters are ASCII, and no other character's bytes contain one of them.
    static func append(_ field: String, to out: inout [UInt8]) {
        let quote = UInt8(ascii: "\"")
        let bytes = field.utf8
        guard bytes.contains(where: { $0 == UInt8(ascii: ",") || $0 == quote || $0 == 0x0A || $0 == 0x0D }) else {
            out += bytes
            return
        }
        out.append(quote)
        for byte in bytes {
            out.append(byte)
            if byte == quote { out.append(quote) }
        }
        out.append(quote)
    }
}
