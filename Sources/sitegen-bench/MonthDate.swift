/// A calendar month as a count of months since year 0, for shifting dates by whole months.
struct MonthDate: Comparable, Hashable, Sendable {
    static let names = [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ]

    /// `year * 12 + (month - 1)`.
    let index: Int

    init(index: Int) { self.index = index }
    init(year: Int, month: Int) { index = year * 12 + (month - 1) }

    var year: Int { index / 12 }
    /// 1...12.
    var month: Int { index % 12 + 1 }
    var name: String { Self.names[month - 1] }

    /// Days in this month (Gregorian).
    var days: Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    func adding(months: Int) -> MonthDate { MonthDate(index: index + months) }

    /// `2024-12`.
    var iso: String { String(year) + "-" + (month < 10 ? "0" : "") + String(month) }

    static func < (a: MonthDate, b: MonthDate) -> Bool { a.index < b.index }

    /// The month a name or abbreviation stands for (`Sept` -> 9), or nil.
    static func month(named name: Substring) -> Int? {
        if let full = names.firstIndex(where: { $0 == name }) { return full + 1 }
        if name == "Sept" { return 9 }
        guard name.count == 3 else { return nil }
        return names.firstIndex(where: { $0.hasPrefix(name) }).map { $0 + 1 }
    }
}
