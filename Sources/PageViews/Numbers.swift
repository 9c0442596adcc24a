import InspectionModel

/// How numbers read on the pages: one fixed format, whatever the machine's locale.
public enum Numbers {
    /// `59` → `59%`.
    public static func percent(_ value: Int) -> String { "\(value)%" }

    /// One decimal place, rounded half away from zero, `.0` kept: `33.3`, `40.0`.
    public static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "−" : ""
        let magnitude = abs(tenths)
        return "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    /// `33.3%`.
    public static func percent(_ value: Double) -> String { oneDecimal(value) + "%" }

    /// A score as a share of its maximum, in per cent.
    public static func share(_ score: Score) -> Double {
        score.max > 0 ? Double(score.value) * 100 / Double(score.max) : 0
    }

    /// The mean of `values`; nil when there are none.
    public static func mean(_ values: [Int]) -> Double? {
        values.isEmpty ? nil : Double(values.reduce(0, +)) / Double(values.count)
    }

    /// The median of `values` (the mean of the middle two for an even count); nil when none.
    public static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[mid]) : Double(sorted[mid - 1] + sorted[mid]) / 2
    }

    /// `1 inspection`, `2 inspections`.
    public static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }
}

extension Numbers {
    /// Thousands separated by commas: `266460` → `266,460`.
    public static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (value < 0 ? "−" : "") + out
    }
}
