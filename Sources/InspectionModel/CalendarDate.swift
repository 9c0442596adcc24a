import CompactCoding

/// A date as precise as the report gives it: a month, or a day. Encoded as
/// `"2025-02"` or `"2025-02-24"`, so that sorting the text sorts the dates.
public struct CalendarDate: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int?

    public init(year: Int, month: Int, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The same date without its day.
    public var monthOnly: CalendarDate { CalendarDate(year: year, month: month) }

    /// `2025-02-24`, or `2025-02` when the day is not known.
    public var description: String {
        let ym = "\(year)-\(month < 10 ? "0" : "")\(month)"
        guard let day else { return ym }
        return ym + "-\(day < 10 ? "0" : "")\(day)"
    }

    /// `24 February 2025`, or `February 2025` when the day is not known.
    public var spelledOut: String {
        let names = [
            "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December",
        ]
        let monthYear = "\(names[(month - 1) % 12]) \(year)"
        return day.map { "\($0) \(monthYear)" } ?? monthYear
    }

    /// Parses `2025-02` or `2025-02-24`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-").map { Int($0) }
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ $0 != nil }),
            let year = parts[0], let month = parts[1], (1...12).contains(month)
        else { return nil }
        self.init(year: year, month: month, day: parts.count == 3 ? parts[2] : nil)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// A day-less date sorts before any day of its month.
    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day ?? 0) < (b.year, b.month, b.day ?? 0)
    }
}

/// Its `Codable` form: the date as text.
extension CalendarDate: CompactCodable {
    public init(compact reader: CompactReader) throws {
        let text = try reader.read(String.self)
        guard let date = CalendarDate(iso: text) else { throw reader.damaged("not a date: \(text)") }
        self = date
    }

    public func write(compact writer: CompactWriter) throws { try writer.write(description) }
}
