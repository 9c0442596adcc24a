import InspectionModel
import SourceAndOutput

/// The invariant "no word of prose lost": every word of every line the parser read as prose
/// is in the model's text, or the line was set aside on purpose (a table a reader took, a
/// list label, a footnote, the standard's definition, …), or a diagnostic names the word,
/// or an error refused the whole document.
/// The fuzzer (`make fuzz`) and the tests check it on any text.
public struct ProseAccount: Sendable {
    /// A word of a line read as prose that is nowhere in the model or the diagnostics.
    public struct LostWord: Hashable, Sendable, CustomStringConvertible {
        public var line: Int
        public var word: String
        /// Whether the line was never accounted for (neither kept nor set aside by any reader).
        public var lineUnaccounted: Bool

        public var description: String {
            "line \(line): '\(word)'"
                + (lineUnaccounted ? " (the line was dropped unseen)" : " (missing from the model)")
        }
    }

    /// What the parser made of the text.
    public let document: CorpusParser.Document
    /// The number of lines read as prose, kept in the model, and set aside.
    public let linesRead: Int, linesKept: Int, linesSetAside: Int
    /// The words lost, in line order.
    public let lost: [LostWord]

    /// Parses `source` and accounts for each line read as prose.
    public init(_ source: ContentSource) {
        var log = DiagnosticLog(file: source.path, accountingForProse: true)
        document = CorpusParser.parseDocument(source, log: &log)
        let account = log.account
        var known = Set<String>()
        for inspection in document.inspections { Self.collectWords(of: inspection, into: &known) }
        for region in document.regions { Self.collectWords(of: region, into: &known) }
        for diagnostic in document.diagnostics { known.formUnion(Self.words(diagnostic.message)) }
        // A document refused with an error (no publication date, say) publishes nothing, and
        // the error says why: none of its words is lost unseen.
        let refused =
            document.inspections.isEmpty && document.regions.isEmpty
            && document.diagnostics.contains { $0.severity == .error }
        lost = refused ? [] : Self.lostWords(account, known: known.union(account.droppedWords))
        linesRead = account.read.count
        linesKept = account.kept.intersection(account.read.keys).count
        linesSetAside = account.read.keys.filter { account.setAside[$0] != nil && !account.kept.contains($0) }.count
    }

    /// The words of the lines in `account` that are neither in `known` (the words of the
    /// model, the diagnostics and those dropped on purpose) nor on a line set aside; a line no reader accounted for
    /// loses all its words.
    static func lostWords(_ account: LineAccount, known: Set<String>) -> [LostWord] {
        var lost: [LostWord] = []
        for (number, text) in account.read.sorted(by: { $0.key < $1.key }) {
            if account.kept.contains(number) {
                for word in words(text.withoutFootnoteMarks) where !known.contains(word) {
                    lost.append(LostWord(line: number, word: word, lineUnaccounted: false))
                }
            } else if account.setAside[number] == nil {
                lost += words(text).map { LostWord(line: number, word: $0, lineUnaccounted: true) }
            }
        }
        return lost
    }

    /// The words of a text: runs of letters, lower-cased (digits, punctuation and symbols
    /// are not words; a number's digits may be rewritten, as `1.` into an item's number).
    static func words(_ text: String) -> [String] {
        text.split { !$0.isLetter }.map { $0.lowercased() }
    }

    /// Every word of every string held anywhere in `value` (read by reflection, so a new
    /// field of the model is seen without change here).
    private static func collectWords(of value: Any, into words: inout Set<String>) {
        if let text = value as? String {
            words.formUnion(Self.words(text))
            return
        }
        for child in Mirror(reflecting: value).children {
            collectWords(of: child.value, into: &words)
        }
    }
}
