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
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }

    /// One record, fields escaped and joined by commas, ending with `\n`.
    public static func line(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\n"
    }
}

extension String {
    /// Replaces every occurrence of a one-scalar string; avoids Foundation.
    func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
        var out = ""
        for scalar in unicodeScalars {
            if scalar == target { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
