import InspectionModel
import Testing

@testable import PageViews

/// The notes of lists of inspections, one list after the other, are those of the one list
/// they make.
@Suite struct MarkNoteTests {
    @Test func notesOfEachListAreTheNotesOfTheirJoinedList() {
        let map = SeedSite.map
        let linker = Linker(page: SiteMap.trendsPath, map: map)
        let lists = map.pdus.map(\.inspections) + [map.pdus[0].inspections]
        let described = { (notes: [MarkNote]) in notes.map { "\($0.label) \($0.kind) \($0.reason) \($0.lines)" } }
        let joined = MarkNote.notes(for: lists.flatMap { $0 }, linker: linker)
        #expect(!joined.isEmpty)
        #expect(described(MarkNote.notes(forEach: lists, linker: linker)) == described(joined))
        #expect(MarkNote.notes(forEach: [], linker: linker).isEmpty)
    }
}
