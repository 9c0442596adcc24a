/// The normalised text of a document's lines by number, to find which line of a
/// paragraph a fact is printed on.
struct SourceLines {
    private let text: [Int: String]

    init(_ lines: [TextLine]) {
        text = Dictionary(lines.map { ($0.number, $0.text) }, uniquingKeysWith: { first, _ in first })
    }

    /// Only the lines `blocks` were made from: `line(of:in:)` reads no other, so for these
    /// blocks it answers as over all `lines`.
    init(_ lines: [TextLine], of blocks: [Block]) {
        // The blocks' line numbers as a table by number (no line's number hashed).
        var taken = [Bool](repeating: false, count: (blocks.lazy.flatMap(\.lines).max() ?? -1) + 1)
        for block in blocks { for number in block.lines where number >= 0 { taken[number] = true } }
        self.init(lines.filter { $0.number >= 0 && $0.number < taken.count && taken[$0.number] })
    }

    /// The first line of the block on which `words` are printed (ignoring case and how
    /// space runs), or the block's first line.
    func line(of words: String, in block: Block) -> Int {
        let needle = words.lowercasedText
        if needle.isPlainASCII {
            return block.lines.first { text[$0]?.collapsingSpaces.containsPhrase(ignoringCase: needle) == true }
                ?? block.line
        }
        return block.lines.first { text[$0]?.collapsingSpaces.lowercasedText.contains(needle) == true } ?? block.line
    }
}
