/// A CSV file: a header row and rows of the same width.
public struct CSVTable: Hashable, Sendable {
    public var header: [String]
    public var rows: [[CSVField]]

    public init(header: [String], rows: [[CSVField]]) {
        self.header = header
        self.rows = rows
    }

    /// The file's text: RFC 4180 with `\n` line endings (including after the last row);
    /// without its header row when `header` is false.
    public func encoded(header withHeader: Bool = true) -> String {
        var out = withHeader ? CSV.line(header) : ""
        for row in rows {
            precondition(row.count == header.count, "CSV row has \(row.count) fields, header has \(header.count)")
            out += CSV.line(row.map(\.cellText))
        }
        return out
    }
}
