/// One cell of a CSV export. Text is guarded against spreadsheet formula injection;
/// the numbers, booleans and dates the exporter formats itself are written as they are.
public enum CSVField: Hashable, Sendable {
    /// Text from a report: formula-guarded, then quoted if needed.
    case text(String)
    case integer(Int)
    /// Written like JSON numbers: `25`, `41.5`.
    case decimal(Double)
    /// `true` or `false`.
    case boolean(Bool)
    /// An empty cell, for a value the report does not give.
    case empty

    public static func text(_ value: String?) -> CSVField { value.map { .text($0) } ?? .empty }
    public static func integer(_ value: Int?) -> CSVField { value.map { .integer($0) } ?? .empty }
    public static func decimal(_ value: Double?) -> CSVField { value.map { .decimal($0) } ?? .empty }
    public static func boolean(_ value: Bool?) -> CSVField { value.map { .boolean($0) } ?? .empty }

    /// The cell's text before RFC 4180 quoting.
    public var cellText: String {
        switch self {
        case .text(let s): CSV.guardFormula(s)
        case .integer(let i): String(i)
        case .decimal(let d): JSONValue.format(d) ?? ""
        case .boolean(let b): b ? "true" : "false"
        case .empty: ""
        }
    }
}

/// A CSV file: a header row and rows of the same width.
public struct CSVTable: Hashable, Sendable {
    public var header: [String]
    public var rows: [[CSVField]]

    public init(header: [String], rows: [[CSVField]]) {
        self.header = header
        self.rows = rows
    }

    /// The file's text: RFC 4180 with `\n` line endings (including after the last row).
    public func encoded() -> String {
        var out = CSV.line(header)
        for row in rows {
            precondition(row.count == header.count, "CSV row has \(row.count) fields, header has \(header.count)")
            out += CSV.line(row.map(\.cellText))
        }
        return out
    }
}

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
