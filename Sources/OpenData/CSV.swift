/// RFC 4180 writing rules, with a spreadsheet formula guard.
public enum CSV {
    /// Characters that make a spreadsheet read a cell as a formula (or, for tab and
    /// carriage return, that some spreadsheets strip before doing so).
    public static let formulaTriggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// Prefixes `'` to text that starts with `=`, `+`, `-`, `@`, a tab or a carriage
    /// return, so that a spreadsheet shows it as text instead of evaluating it.
    public static func guardFormula(_ text: String) -> String { needsGuard(text) ? "'" + text : text }

    /// Whether `text` starts with one of ``formulaTriggers``: read on its first byte, as
    /// every trigger is ASCII and no other character's first byte is one of them.
    static func needsGuard(_ text: String) -> Bool {
        switch text.utf8.first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: true
        default: false
        }
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
        appendLine(fields, to: &out) { append($0, to: &$1) }
    }

    /// Appends one record of `fields`, each written by `field`, joined by commas, ending
    /// with `\n`, to `out`.
    static func appendLine<Field>(
        _ fields: [Field], to out: inout [UInt8], _ field: (Field, inout [UInt8]) -> Void
    ) {
        for (n, element) in fields.enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            field(element, &out)
        }
        out.append(UInt8(ascii: "\n"))
    }

    /// Appends ``escape(_:)`` of `field` to `out`, as UTF-8, after a `'` when `guarded` (the
    /// quote inside the field's quotes, as ``escape(_:)`` of ``guardFormula(_:)`` has it).
    /// Read on its bytes: the four characters are ASCII, and no other character's bytes
    /// contain one of them.
    static func append(_ field: String, guarded: Bool = false, to out: inout [UInt8]) {
        var field = field
        field.withUTF8 { bytes in
            let quote = UInt8(ascii: "\"")
            var needsQuotes = false
            for byte in bytes where byte == UInt8(ascii: ",") || byte == quote || byte == 0x0A || byte == 0x0D {
                needsQuotes = true
                break
            }
            if needsQuotes { out.append(quote) }
            if guarded { out.append(UInt8(ascii: "'")) }
            if !needsQuotes {
                out.append(contentsOf: bytes)
                return
            }
            var copied = 0
            for (index, byte) in bytes.enumerated() where byte == quote {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...index]))
                out.append(quote)
                copied = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            out.append(quote)
        }
    }
}
