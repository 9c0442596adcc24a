import Foundation

/// The one-report change of the incremental benchmark: one key-question percentage of one
/// report moved by a point within its band, so the report still parses without new
/// diagnostics (the standard keeps its rating and its lowest question).
enum ReportEdit {
    struct NothingToEdit: Error, CustomStringConvertible {
        let file: String
        var description: String { "\(file): no key-question percentage to change" }
    }

    /// Changes the highest percentage of the first standard in `file`; returns a
    /// description (`line 326: 70% -> 69%`).
    static func apply(to file: String) throws -> String {
        var lines = try String(contentsOfFile: file, encoding: .utf8).components(separatedBy: "\n")
        // The first run of key-question rows: the first standard's questions.
        var rows: [(line: Int, value: Int)] = []
        for (number, line) in lines.enumerated() {
            if let value = percentage(in: line) {
                rows.append((number, value))
            } else if !rows.isEmpty {
                break
            }
        }
        guard let highest = rows.max(by: { $0.value < $1.value }), let lowest = rows.map(\.value).min() else {
            throw NothingToEdit(file: file)
        }
        let band = RatingBand(percent: highest.value).range
        let changed =
            highest.value - 1 >= max(band.lowerBound, lowest) && rows.count > 1
            ? highest.value - 1
            : min(highest.value + 1, band.upperBound)
        guard changed != highest.value else { throw NothingToEdit(file: file) }
        let line = lines[highest.line]
        lines[highest.line] = String(line.dropLast("\(highest.value)%".count)) + "\(changed)%"
        try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        return "line \(highest.line + 1): \(highest.value)% -> \(changed)%"
    }

    /// The percentage at the end of a key-question row (`…safe?\t35%`), or nil.
    private static func percentage(in line: String) -> Int? {
        guard line.hasSuffix("%"), let tab = line.lastIndex(of: "\t"), line[..<tab].hasSuffix("?") else { return nil }
        return Int(line[line.index(after: tab)...].dropLast())
    }
}
