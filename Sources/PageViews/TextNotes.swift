import MarkdownPages
import SourceAndOutput

/// One document's part of a page's "Notes on the texts": every diagnostic sitegen gave
/// while reading it (its repairs, inferences and contradictions), each linked to its line
/// in the published text.
public struct TextNotes: Sendable, Encodable {
    /// The text as a whole.
    public var document: Link
    public var notes: [Note]
    public var hasNotes: Bool

    /// One diagnostic.
    public struct Note: Sendable, Encodable {
        /// `line 14`, linked to that line.
        public var line: Link
        /// `warning`, `note` or `error`.
        public var severity: String
        public var message: String
    }

    /// The notes of each of `files` (content paths), in order, each file once.
    static func of(_ files: [String], map: SiteMap, linker: Linker) -> [TextNotes] {
        var seen = Set<String>()
        return files.filter { seen.insert($0).inserted }.map { file in
            let document = linker.document(SourceLocation(file: file, line: 1))
            let notes = (map.diagnostics[file] ?? []).map { diagnostic in
                let line = diagnostic.location.line
                return Note(
                    line: Link(text: "line \(line)", href: "\(document.href)#L\(line)"),
                    severity: diagnostic.severity.rawValue, message: diagnostic.message)
            }
            return TextNotes(document: document, notes: notes, hasNotes: !notes.isEmpty)
        }
    }
}

extension TextNotes: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        try object.add("document", document)
        try object.add("notes", notes)
        object.add("hasNotes", hasNotes)
    }
}

extension TextNotes.Note: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        try object.add("line", line)
        object.add("severity", severity)
        object.add("message", message)
    }
}
