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

    /// Parses `2025-02` or `2025-02-24`: two or three numbers (each ASCII digits, after
    /// at most one `+`) between hyphens (runs of them count as one, and those at either end
    /// as none), the second a month. Read on the UTF-8 bytes, without splitting: every
    /// stored model's dates are read so when a build reads the models back.
    public init?(iso: String) {
        var numbers: (Int?, Int?, Int?) = (nil, nil, nil)
        var count = 0
        var (number, digits, signed) = (0, 0, false)
        /// Ends the number being read, if any: false when it is not one, or a fourth.
        func end() -> Bool {
            guard digits > 0 || signed else { return true }
            guard digits > 0, count < 3 else { return false }
            switch count {
            case 0: numbers.0 = number
            case 1: numbers.1 = number
            default: numbers.2 = number
            }
            count += 1
            (number, digits, signed) = (0, 0, false)
            return true
        }
        for byte in iso.utf8 {
            switch byte {
            case UInt8(ascii: "-"): guard end() else { return nil }
            case UInt8(ascii: "+") where digits == 0 && !signed: signed = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let (times, overflow) = number.multipliedReportingOverflow(by: 10)
                let (sum, overflowed) = times.addingReportingOverflow(Int(byte &- UInt8(ascii: "0")))
                guard !overflow, !overflowed else { return nil }
                (number, digits) = (sum, digits + 1)
            default: return nil
            }
        }
        guard end(), let year = numbers.0, let month = numbers.1, (1...12).contains(month) else { return nil }
        self.init(year: year, month: month, day: numbers.2)
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
