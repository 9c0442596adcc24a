import Foundation

/// Prints the results, one figure a line, in fixed columns: the label, the value, then
/// what it is compared with. Progress notes go to standard error, so standard output
/// holds only the results.
struct ResultPrinter {
    static let labelWidth = 21
    static let valueWidth = 13

    func line(_ label: String, _ value: String, _ comparison: String = "") {
        var text = label.padding(toLength: max(Self.labelWidth, label.count + 1), withPad: " ", startingAt: 0)
        text +=
            comparison.isEmpty
            ? value
            : value.padding(toLength: max(Self.valueWidth, value.count + 1), withPad: " ", startingAt: 0) + comparison
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// An empty line between groups of figures.
    func gap() { FileHandle.standardOutput.write(Data("\n".utf8)) }

    func progress(_ note: String) {
        FileHandle.standardError.write(Data(("  … " + note + "\n").utf8))
    }

    static func seconds(_ value: Double) -> String { String(format: "%.2f s", value) }
    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_000_000) }
    static func ratio(_ value: Double) -> String { String(format: "%.2f×", value) }
    static func percent(_ value: Double) -> String { String(format: "%.0f%%", value * 100) }
}

extension ResultPrinter {
    static func gigabytes(_ bytes: Int) -> String { String(format: "%.1f GB", Double(bytes) / 1_000_000_000) }
}
