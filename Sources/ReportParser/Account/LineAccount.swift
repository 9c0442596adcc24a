/// What became of each line the parser read as prose, recorded by the reader that used it:
/// the lines the paragraph builder was given, the lines whose words went into the model,
/// and the lines set aside on purpose with the reason. A line read but neither kept nor set
/// aside was dropped unseen; ``ProseAccount`` checks the kept ones against the model.
///
/// Only ``ProseAccount`` reads it: an account that is not `recording` (a build's parse)
/// keeps nothing, and costs nothing.
struct LineAccount: Sendable {
    let recording: Bool
    /// Each line read as prose, by number: its normalised text.
    private(set) var read: [Int: String] = [:]
    private(set) var kept: Set<Int> = []
    /// Why a line was set aside, by number.
    private(set) var setAside: [Int: String] = [:]
    /// Words dropped from a block on purpose: the address and title of a Markdown link split
    /// over lines (its text is kept).
    private(set) var droppedWords: Set<String> = []

    init(recording: Bool = true) { self.recording = recording }

    mutating func read(_ line: TextLine) {
        if recording, !line.isBlank { read[line.number] = line.text }
    }

    mutating func kept(_ block: Block) {
        guard recording else { return }
        kept.formUnion(block.lines)
    }

    mutating func setAside(_ lines: some Sequence<Int>, _ reason: String) {
        guard recording else { return }
        for line in lines where setAside[line] == nil { setAside[line] = reason }
    }

    mutating func setAside(_ block: Block, _ reason: String) {
        setAside(block.lines, reason)
    }

    /// Lines kept, then left out of the model after all (with a diagnostic saying so).
    mutating func withdraw(_ lines: [Int], _ reason: String) {
        guard recording else { return }
        kept.subtract(lines)
        setAside(lines, reason)
    }

    /// Records the words of `text` that `kept` no longer has.
    mutating func dropped(from text: String, leaving kept: String) {
        guard recording else { return }
        var remaining = Dictionary(ProseAccount.words(kept).map { ($0, 1) }, uniquingKeysWith: +)
        for word in ProseAccount.words(text) {
            if let count = remaining[word], count > 0 { remaining[word] = count - 1 } else { droppedWords.insert(word) }
        }
    }
}
