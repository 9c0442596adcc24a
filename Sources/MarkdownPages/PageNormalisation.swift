/// The tidying applied to every rendered page, so that template whitespace does not show in
/// the output and the same input always gives the same bytes.
enum PageNormalisation {
    /// `page` with `\n` line endings, no trailing spaces or tabs on any line, no blank lines
    /// at the start, runs of blank lines collapsed into one, and exactly one `\n` at the end
    /// (an all-blank page becomes empty). Applies inside fenced code blocks too.
    static func normalise(_ page: String) -> String {
        var result = ""
        result.reserveCapacity(page.utf8.count)
        var blankPending = false
        for line in lines(of: page) {
            var line = line
            while let last = line.last, last == " " || last == "\t" { line.removeLast() }
            if line.isEmpty {
                blankPending = !result.isEmpty
                continue
            }
            if blankPending { result += "\n" }
            blankPending = false
            result += line
            result += "\n"
        }
        return result
    }

    /// `text` with every `\r\n` and `\r` turned into `\n`.
    static func unixLineEndings(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
        return lines(of: text).joined(separator: "\n")
    }

    /// The lines of `text`, split at `\n`, `\r\n` and `\r` (the last one may be empty).
    private static func lines(of text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    }
}
