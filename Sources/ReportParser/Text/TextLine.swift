/// One line of a report after normalisation, keeping its line number in the file.
///
/// The line is kept as its trimmed span (`trimmed`, white space off both ends, as
/// `trimmingSpaces` cuts it), whose base is the whole line: every reader trims the lines
/// it reads, so each line is trimmed once, when it is made, and a copy holds one reference.
struct TextLine: Hashable, Sendable {
    let number: Int
    let trimmed: Substring
    /// Whether the line holds only spaces and tabs. A line whose trimmed span is not empty
    /// holds a Character that is no white space, so only an empty span's bytes are read.
    /// Kept, not worked out when asked: every reader asks it of every line, and reading a
    /// `Bool` copies no `String` (a copy of the line is a retain and a release).
    let isBlank: Bool

    init(number: Int, text: String) {
        self.number = number
        self.trimmed = text.trimmingSpaces
        self.isBlank = trimmed.isEmpty && text.withUTF8Bytes { $0.allSatisfy(ASCII.isBlank) }
    }

    /// The whole line.
    var text: String { trimmed.base }

    static func == (a: TextLine, b: TextLine) -> Bool { a.number == b.number && a.text == b.text }

    func hash(into hasher: inout Hasher) {
        hasher.combine(number)
        hasher.combine(text)
    }
}
