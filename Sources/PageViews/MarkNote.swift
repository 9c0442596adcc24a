import InspectionModel
import MarkdownPages
import ParallelWork

/// The note that explains a marked figure: one a page shows as a footnote
/// (`[^computed-1a2b3c4d]: Computed: the text states no score; …`), which every mark of
/// that figure on the page refers to. A figure is marked wherever it is shown when
/// sitegen computed, corrected or inferred it (its `Provenance`); the note says how and
/// why, and links the lines it rests on.
public struct MarkNote: Sendable, Encodable {
    /// The footnote's label: the kind and a digest of the file and reason, so the same
    /// fact gives the same label on every page and different facts different ones.
    public var label: String
    /// `Computed`, `Corrected` or `Inferred`.
    public var kind: String
    public var reason: String
    /// The lines it rests on (`line 14`), linked.
    public var lines: [Link]

    /// The Markdown footnote reference of a fact with this provenance.
    static func reference(_ provenance: Provenance, file: String) -> String { "[^\(label(provenance, file: file))]" }

    static func label(_ provenance: Provenance, file: String) -> String {
        // FNV-1a, 32 bits (short, stable across runs and platforms) of the file, a line
        // break and the reason, read on their contiguous bytes without joining them.
        var (file, reason) = (file, provenance.reason)
        var hash = file.withUTF8 { fnv1a(0x811C_9DC5, $0) }
        hash = (hash ^ UInt32(UInt8(ascii: "\n"))) &* 0x0100_0193
        hash = reason.withUTF8 { fnv1a(hash, $0) }
        let hex = String(hash, radix: 16)
        return "\(provenance.kind.rawValue)-" + String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// `hash` followed by `bytes`.
    private static func fnv1a(_ hash: UInt32, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash = hash
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return hash
    }

    init(_ provenance: Provenance, label: String, linker: Linker) {
        self.label = label
        kind = provenance.kind.rawValue.prefix(1).uppercased() + provenance.kind.rawValue.dropFirst()
        reason = provenance.reason
        lines = provenance.lines.map { Link(text: "line \($0.line)", href: linker.source("", at: $0).href) }
    }

    /// The notes of every marked fact of these inspections and letters, each once, in
    /// the order of the facts. A page lists them all; cmark-gfm prints only the
    /// footnotes the page refers to, numbered in the order it refers to them.
    static func notes(for inspections: [Inspection], letters: [RegionalInspection] = [], linker: Linker) -> [MarkNote] {
        notes(forEach: [inspections], letters: letters, linker: linker)
    }

    /// The notes of every PDU's inspections as a page at the site's root lists them, made
    /// once when first asked for: the home page and the trends page list the same notes with
    /// the same links (both pages are in the same folder), so the first to ask makes them.
    static func rootNotes(map: SiteMap) -> Deferred<[MarkNote]> {
        Deferred { notes(forEach: map.pdus.map(\.inspections), linker: Linker(page: SiteMap.indexPath, map: map)) }
    }

    /// The notes of the inspections of `lists`, one list after the other (each PDU's, say:
    /// not copied into one list first), or of the last of each list only when `latestOnly`
    /// (each PDU's latest), and of `letters`, as ``notes(for:letters:linker:)``.
    static func notes(
        forEach lists: [[Inspection]], latestOnly: Bool = false, letters: [RegionalInspection] = [], linker: Linker
    ) -> [MarkNote] {
        var seen = Set<String>()
        var notes: [MarkNote] = []
        func add(_ provenance: Provenance?, _ file: String) {
            guard let provenance else { return }
            let label = label(provenance, file: file)
            guard seen.insert(label).inserted else { return }
            notes.append(MarkNote(provenance, label: label, linker: linker))
        }
        // Each inspection's facts read in place in its list (the inspection not copied whole).
        func addNotes(of list: [Inspection], at index: Int) {
            add(list[index].published.provenance, list[index].published.source.file)
            add(list[index].score.provenance, list[index].score.source.file)
            for standard in list[index].standards { add(standard.provenance, standard.source.file) }
            for recommendation in list[index].recommendations {
                add(recommendation.provenance, recommendation.source.file)
            }
        }
        for letter in letters { add(letter.date.provenance, letter.date.source.file) }
        for list in lists {
            for index in latestOnly ? list.indices.suffix(1) : list.indices { addNotes(of: list, at: index) }
        }
        return notes
    }
}

extension MarkNote: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("label", label)
        object.add("kind", kind)
        object.add("reason", reason)
        try object.add("lines", lines)
    }
}
