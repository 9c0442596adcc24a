import InspectionModel
import SourceAndOutput

/// Reads the body of a report section: the rating printed at its head (for a
/// standard), its key-question table, its findings and any quotations.
struct SectionReader {
    var headRating: (rating: Rating, line: Int)?
    var keyQuestions: [(question: String, percent: Int, line: Int)] = []
    var findings = Findings()
    var quotes: [Quote] = []

    init(_ lines: [TextLine], heading: TextLine? = nil, file: String, expectsRating: Bool, log: inout DiagnosticLog) {
        let table = Self.keyQuestions(lines)
        keyQuestions = table.rows
        var blocks = Paragraphs.blocks(lines, tableLines: table.lines, log: &log)
        log.account.setAside(table.lines, "a key-question table")
        if expectsRating,
            let index = blocks.prefix(LayoutThresholds.statedRatingBlocks).firstIndex(where: {
                $0.kind == .paragraph && Self.statedRating($0.text) != nil
            })
        {
            headRating = (Self.statedRating(blocks[index].text)!, blocks[index].line)
            for block in blocks[...index] { log.account.setAside(block, "the standard's definition and its rating") }
            blocks.removeSubrange(...index)
        } else if expectsRating, let heading, let rating = Phrases.ratings(in: heading.text).last {
            headRating = (rating.rating, heading.number)
            if blocks.first?.kind == .paragraph, blocks.first?.text.hasSuffix("on probation.") == true {
                log.account.setAside(blocks.removeFirst(), "the standard's definition")
            }
        }
        var list = ListLabel?.none
        var pendingLabel: String?
        for block in blocks {
            switch block.kind {
            case .label(let label): list = label; log.account.setAside(block, "a list label")
            case .tableRow: continue  // set aside above, as the table reader took it
            case .footnote: log.account.setAside(block, "a footnote")
            case .paragraph, .bullet:
                let text = block.text
                if Self.isMethodology(text) { log.account.setAside(block, "how the rating is worked out"); continue }
                log.account.kept(block)
                if Self.isPracticeExampleHeading(text) { pendingLabel = text; continue }
                let location = SourceLocation(file: file, line: block.line)
                if text.first == "\"" {
                    quotes.append(Quote(Self.unquoted(text), at: location))
                    continue
                }
                let paragraph = Paragraph(pendingLabel.map { "\($0): \(text)" } ?? text, at: location)
                pendingLabel = nil
                switch list {
                case .strengths: findings.strengths.append(paragraph)
                case .areasForImprovement: findings.areasForImprovement.append(paragraph)
                case nil: findings.narrative.append(paragraph)
                }
            }
        }
    }

    /// A key-question table: its rows, and the numbers of the lines it took (its header,
    /// rows and wrapped cells), which are table rows, not prose.
    private typealias KeyQuestionTable = (rows: [(question: String, percent: Int, line: Int)], lines: Set<Int>)

    /// Key-question rows, rejoining a question wrapped over two lines of its cell; or, when
    /// the table was printed column by column, questions and percentages paired in order.
    private static func keyQuestions(_ lines: [TextLine]) -> KeyQuestionTable {
        let rows = keyQuestionRows(lines)
        return rows.rows.isEmpty ? keyQuestionColumns(lines) : rows
    }

    private static func isHeader(_ line: TextLine) -> Bool {
        line.trimmed.startsWithPhrase(ignoringCase: "key question")
    }

    private static func keyQuestionColumns(_ lines: [TextLine]) -> KeyQuestionTable {
        guard let header = lines.firstIndex(where: isHeader) else { return ([], []) }
        var questions: [(text: String, line: Int)] = []
        var percentages: [Int] = []
        var taken: Set<Int> = [lines[header].number]
        for line in lines[(header + 1)...] {
            let t = line.trimmed
            if t.isEmpty { continue }
            if t.startsWithPhrase(ignoringCase: "percentage") { taken.insert(line.number); continue }
            if let pct = Phrases.percentage(atStartOf: t), pct.length == t.count {
                percentages.append(pct.value)
            } else if t.hasSuffix("?"), t.count < LayoutThresholds.questionLength {
                if let last = questions.last, !last.text.hasSuffix("?") { questions.removeLast() }
                questions.append((t.collapsingSpaces.withoutFootnoteMarks, line.number))
            } else if let last = questions.last, !last.text.hasSuffix("?") || t.first?.isLowercase == true {
                questions[questions.count - 1].text = last.text + " " + t.collapsingSpaces
            } else if !questions.isEmpty || !percentages.isEmpty {
                break
            } else {
                questions.append((t.collapsingSpaces, line.number))  // the first line of a wrapped question
            }
            taken.insert(line.number)
        }
        guard !questions.isEmpty, questions.count == percentages.count, questions.allSatisfy({ $0.text.hasSuffix("?") })
        else { return ([], []) }
        return (zip(questions, percentages).map { ($0.text, $1, $0.line) }, taken)
    }

    private static func keyQuestionRows(_ lines: [TextLine]) -> KeyQuestionTable {
        var found: [(question: String, percent: Int, line: Int)] = []
        var taken: Set<Int> = []
        // The non-blank lines, by their index in `lines` (not copied), and each one's rows, read once.
        let content = lines.indices.filter { !lines[$0].isBlank }
        let rowsOfLine = content.map { KeyQuestionRows.rows(in: lines[$0].text) }
        for (i, index) in content.enumerated() {
            for row in rowsOfLine[i] {
                var question = row.question
                if question.first?.isLowercase == true, i > 0, rowsOfLine[i - 1].isEmpty,
                    percentageEndingQuestionStart(lines[content[i - 1]]) == nil
                {
                    question = lines[content[i - 1]].trimmed.collapsingSpaces + " " + question
                    taken.insert(lines[content[i - 1]].number)
                }
                found.append((question, row.percent, lines[index].number))
                taken.insert(lines[index].number)
            }
            // `Does assessment … engaging the person on      58%` then `probation?`: the
            // percentage is printed beside the first line of a wrapped cell (whose trimmed
            // span ends with `%`: see `percentageEndingQuestionStart`).
            guard lines[index].trimmed.utf8.last == UInt8(ascii: "%") else { continue }
            if let (start, percent) = percentageEndingQuestionStart(lines[index]), i + 1 < content.count,
                lines[content[i + 1]].trimmed.hasSuffix("?"), rowsOfLine[i + 1].isEmpty
            {
                let next = lines[content[i + 1]]
                found.append(
                    ((start + " " + next.trimmed.collapsingSpaces).withoutFootnoteMarks, percent, lines[index].number))
                taken.formUnion([lines[index].number, next.number])
            }
        }
        // The table's header, on the line before its first row.
        if !taken.isEmpty, let first = content.firstIndex(where: { taken.contains(lines[$0].number) }), first > 0,
            isHeader(lines[content[first - 1]])
        {
            taken.insert(lines[content[first - 1]].number)
        }
        return (found, taken)
    }

    /// The start of a question with its percentage at the end of the line (`Does … on  58%`).
    /// Such a line's last byte but spaces and tabs is `%`, so its trimmed span ends with
    /// one: the quick test `keyQuestionRows` makes first.
    private static func percentageEndingQuestionStart(_ line: TextLine) -> (String, Int)? {
        guard line.text.withUTF8Bytes({ $0.last(where: { !ASCII.isBlank($0) }) }) == UInt8(ascii: "%") else {
            return nil
        }
        let t = line.trimmed
        guard !t.containsPhrase("?"), let first = t.first, first.isUppercase else { return nil }
        let words = t.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count > 3, let last = words.last, let pct = Phrases.percentage(atStartOf: last),
            pct.length == last.count,
            ["does", "is", "are", "do", "has", "have", "was", "were", "how", "to"].contains(words[0].lowercasedText)
        else { return nil }
        return (words.dropLast().joined(separator: " "), pct.value)
    }

    /// `Good`, or `Rating: Good` / `Rated: Good`.
    private static func statedRating(_ text: String) -> Rating? {
        if text.startsWithPhrase(ignoringCase: "rating") || text.startsWithPhrase(ignoringCase: "rated"),
            let colon = text.firstIndex(of: ":")
        {
            return Phrases.rating(exactly: text[text.index(after: colon)...])
        }
        return Phrases.rating(exactly: text)
    }

    /// "Our rating for planning is based on the percentage of cases…": method, not finding.
    private static func isMethodology(_ text: String) -> Bool {
        text.startsWithPhrase("Our rating") && text.containsPhrase("key question")
    }

    private static func isPracticeExampleHeading(_ text: String) -> Bool {
        text.hasFewerCharacters(than: LayoutThresholds.practiceExampleHeadingLength)
            && text.lowercasedText.hasSuffix("practice example")
    }

    private static func unquoted(_ text: String) -> String {
        String(text.trimmingCharacters("\" "))
    }
}
