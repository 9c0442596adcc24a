import InspectionModel
import SourceAndOutput

/// The observation sections of a regional letter: a short heading line on its own
/// ("Leadership", "Unpaid work"), then prose and "Key strengths:" / "Key areas for
/// improvement:" lists, with the figures each section states.
enum LetterSections {
    static func read(_ lines: [TextLine], file: String, log: inout DiagnosticLog) -> [RegionalSection] {
        let blocks = Paragraphs.blocks(lines, log: &log)
        let sourceLines = SourceLines(lines)
        var sections: [RegionalSection] = []
        var list: ListLabel?
        for block in blocks {
            switch block.kind {
            case .label(let label):
                list = label
                log.account.setAside(block, "a list label")
            case .tableRow:
                continue  // none: no table reader takes lines here
            case .footnote:
                log.account.setAside(block, "a footnote")
            case .paragraph, .bullet:
                guard !sections.isEmpty || isHeading(block) else {
                    log.account.setAside(block, "the greeting before the first heading")
                    continue
                }
                log.account.kept(block)
                if isHeading(block) {
                    sections.append(
                        RegionalSection(
                            heading: block.text, findings: Findings(), figures: [],
                            source: SourceLocation(file: file, line: block.line)))
                    list = nil
                    continue
                }
                let paragraph = Paragraph(block.text, at: SourceLocation(file: file, line: block.line))
                let last = sections.count - 1
                switch list {
                case .strengths: sections[last].findings.strengths.append(paragraph)
                case .areasForImprovement: sections[last].findings.areasForImprovement.append(paragraph)
                case nil: sections[last].findings.narrative.append(paragraph)
                }
                sections[last].figures += figures(in: block, file: file, lines: sourceLines)
            }
        }
        return sections
    }

    /// A short single line of its own, capitalised, with no sentence punctuation.
    static func isHeading(_ block: Block) -> Bool {
        let t = block.text
        guard block.kind == .paragraph, block.lines.count == 1, t.count <= LayoutThresholds.shortHeadingLength,
            let first = t.first, first.isUppercase,
            let last = t.last, !".:;,?!\"'".contains(last)
        else { return false }
        return t.splitAtSpaces().count <= LayoutThresholds.shortHeadingWords
    }

    private static let stopWords: Set<String> = [
        "to", "in", "of", "on", "at", "and", "or", "was", "were", "is", "are", "had", "have", "has", "with", "for",
        "by",
        "from", "the", "a", "an", "that", "which", "who", "per",
    ]

    /// Numbers stated in a paragraph: `18 per cent`, `10 of the 11`, `41 out of 45`, `16 SFO reviews`.
    static func figures(in paragraph: Block, file: String, lines: SourceLines) -> [Figure] {
        var figures: [Figure] = []
        guard paragraph.text.withUTF8Bytes({ $0.contains(where: ASCII.isDigit) }) else { return [] }
        for sentence in BackgroundFacts.sentences(paragraph.text)
        where sentence.withUTF8Bytes({ $0.contains(where: ASCII.isDigit) }) {
            let words = sentence.splitAtSpaces()
            var i = 0
            while i < words.count {
                // A word whose first byte is ASCII, no digit and none of those trimmed does not
                // start with a number, trimmed or not.
                if let first = words[i].utf8.first, first < 0x80, !ASCII.isDigit(first), !"(),;:".utf8.contains(first) {
                    i += 1; continue
                }
                let word = words[i].trimmingCharacters("(),;:")
                guard word.startsWithNumber, Phrases.count(word) != nil, Phrases.year(word) == nil else {
                    i += 1; continue
                }
                let next = Array(
                    words[(i + 1)..<min(words.count, i + 4)].map { $0.trimmingCharacters("(),;:.").lowercasedText })
                var value: String?
                if next.first.map({ Phrases.month($0) != nil }) == true {
                    value = nil
                } else if next.starts(with: ["per", "cent"]) {
                    value = "\(word) per cent"
                } else if word.hasSuffix("%") {
                    value = String(word)
                } else if next.first == "of" || next.starts(with: ["out", "of"]) {
                    let span = next.first == "of" ? (next.count > 1 && next[1] == "the" ? 3 : 2) : 3
                    if i + span < words.count {
                        value = words[i...(i + span)].joined(separator: " ").trimmingCharacters("(),;:.").description
                        i += span
                    }
                } else {
                    let noun = next.prefix { !stopWords.contains($0) && $0.first?.isLetter == true }
                    if !noun.isEmpty { value = ([String(word)] + noun).joined(separator: " ") }
                }
                if let value {
                    figures.append(
                        Figure(
                            value: value, sentence: String(sentence),
                            source: SourceLocation(file: file, line: lines.line(of: value, in: paragraph))))
                }
                i += 1
            }
        }
        return figures
    }
}
