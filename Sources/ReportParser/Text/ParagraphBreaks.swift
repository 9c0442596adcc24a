/// Some converters (a word processor's "save as text", some PDF extractors) print one
/// paragraph per line with no blank lines between. In such a text a blank line is put back
/// before every line that does not read as the continuation of the one before, so that
/// the paragraph rules downstream see the same shape as in other layouts.
enum ParagraphBreaks {
    static func restore(in lines: [TextLine]) -> [TextLine] {
        let content = lines.count { !$0.isBlank }
        guard content >= LayoutThresholds.oneLineParagraphsMinimum,
            lines.count - content < content / LayoutThresholds.oneLineParagraphsBlankRatio
        else { return lines }
        var result: [TextLine] = []
        result.reserveCapacity(lines.count * 2)
        for line in lines {
            if !line.isBlank, let previous = result.last, !previous.isBlank, startsParagraph(line) {
                result.append(TextLine(number: line.number, text: ""))
            }
            result.append(line)
        }
        return result
    }

    /// A line that opens a paragraph: flush left, not starting in lower case.
    private static func startsParagraph(_ line: TextLine) -> Bool {
        guard let first = line.text.first, !first.isWhitespace else { return false }
        return !first.isLowercase
    }
}
