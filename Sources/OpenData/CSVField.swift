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

    /// Appends the cell as a CSV file holds it (``cellText``, RFC 4180 quoted) to `out`:
    /// text guarded and quoted as it is copied, without a guarded copy; a number or a
    /// boolean as it is (it holds nothing to quote).
    func append(to out: inout [UInt8]) {
        if case .text(let s) = self {
            CSV.append(s, guarded: CSV.needsGuard(s), to: &out)
        } else {
            out += cellText.utf8
        }
    }

    /// The cell's text before RFC 4180 quoting.
    public var cellText: String {
        switch self {
        case .text(let s): CSV.guardFormula(s)
        case .integer(let i): String(i)
        case .decimal(let d): JSONWriter.format(d) ?? ""
        case .boolean(let b): b ? "true" : "false"
        case .empty: ""
        }
    }
}
