/// One line of a report after normalisation, keeping its line number in the file.
struct TextLine: Hashable, Sendable {
    let number: Int
    var text: String

    var trimmed: Substring { text.trimmingSpaces }
    var isBlank: Bool { text.withUTF8Bytes { $0.allSatisfy(ASCII.isBlank) } }
}
