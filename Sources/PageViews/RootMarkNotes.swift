import ParallelWork

/// The notes of every PDU's inspections as a page at the site's root lists them: the home
/// page and the trends page list the same notes, with the same links (both pages are in the
/// same folder), so the first of them to ask makes them and the other is given them.
final class RootMarkNotes: Sendable {
    private let map: SiteMap
    private let notes = Locked<[MarkNote]?>(nil)

    init(map: SiteMap) { self.map = map }

    /// ``MarkNote/notes(forEach:latestOnly:letters:linker:)`` of every PDU's inspections, PDU by PDU,
    /// linked from the root; made once (a second page asking meanwhile waits for them).
    var value: [MarkNote] {
        notes.withLock { notes in
            if let notes { return notes }
            let made = MarkNote.notes(
                forEach: map.pdus.map(\.inspections), linker: Linker(page: SiteMap.indexPath, map: map))
            notes = made
            return made
        }
    }
}
