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
        String(decoding: encodedBytes(header: withHeader), as: UTF8.self)
    }

    /// ``encoded(header:)`` as its UTF-8 bytes, written without a `String` in between.
    public func encodedBytes(header withHeader: Bool = true) -> [UInt8] {
        var out: [UInt8] = []
        if withHeader { CSV.appendLine(header, to: &out) }
        for row in rows {
            precondition(row.count == header.count, "CSV row has \(row.count) fields, header has \(header.count)")
            CSV.appendLine(row, to: &out) { $0.append(to: &$1) }
        }
        return out
    }
}
