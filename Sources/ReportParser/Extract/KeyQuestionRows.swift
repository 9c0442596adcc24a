/// Finds key-question rows, `question?<TAB>59%`, in a line: as a table row, a pipe row
/// (already turned into tabs), or several rows flattened into one line.
enum KeyQuestionRows {
    static func rows(in text: String) -> [(question: String, percent: Int)] {
        guard text.containsByte(UInt8(ascii: "?")) else { return [] }
        var rows: [(question: String, percent: Int)] = []
        var start = text.startIndex
        var i = text.startIndex
        // In a plain ASCII text every "?" byte is a "?" Character.
        let plain = text.isPlainASCII
        while let q = plain ? text.firstIndex(ofByte: UInt8(ascii: "?"), from: i) : text[i...].firstIndex(of: "?") {
            let after = text[text.index(after: q)...].drop { $0 == " " || $0 == "\t" || $0 == "*" }
            if let pct = Phrases.percentage(atStartOf: after) {
                let question = text[start...q].trimmingSpaces.trimmingCharacters("-•*\t ").collapsingSpaces
                rows.append((question.withoutFootnoteMarks, pct.value))
                let end = after.index(after.startIndex, offsetBy: pct.length)
                start = end
                i = end
            } else {
                i = text.index(after: q)
            }
            if i >= text.endIndex { break }
        }
        return rows
    }
}
