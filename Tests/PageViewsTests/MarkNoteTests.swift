import InspectionModel
import ParallelWork
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

/// The home page and the trends page share their notes (``MarkNote/rootNotes(map:)``): each is what its
/// own linker makes of every PDU's inspections; the list of PDUs' notes, of the latest only,
/// are those of a list of each PDU's latest inspection.
@Suite struct SharedMarkNotesTests {
    static func described(_ notes: [MarkNote]) -> [String] {
        notes.map { "\($0.label) \($0.kind) \($0.reason) \($0.lines.map { "\($0.text) \($0.href)" })" }
    }

    @Test func theRootPagesNotesAreThoseOfTheirOwnLinkers() throws {
        let map = SeedSite.map
        let lists = map.pdus.map(\.inspections)
        for page in [SiteMap.indexPath, SiteMap.trendsPath] {
            let own = MarkNote.notes(forEach: lists, linker: Linker(page: page, map: map))
            #expect(!own.isEmpty)
            #expect(Self.described(MarkNote.rootNotes(map: map).wait()) == Self.described(own), "\(page)")
        }
        let site = Site(corpus: SeedSite.corpus)
        let index = try #require(site.pages.first { $0.path == SiteMap.indexPath }?.view as? IndexPage)
        let trends = try #require(site.pages.first { $0.path == SiteMap.trendsPath }?.view as? TrendsPage)
        #expect(Self.described(index.markNotes) == Self.described(trends.markNotes))
        #expect(Self.described(trends.markNotes) == Self.described(TrendsPage(map: map).markNotes))
    }

    @Test func theLatestOnlyAreTheNotesOfEachPDUsLatest() {
        let map = SeedSite.map
        let linker = Linker(page: SiteMap.pdusPath, map: map)
        #expect(map.pdus.contains { $0.inspections.count > 1 })
        let latest = MarkNote.notes(forEach: map.pdus.map(\.inspections), latestOnly: true, linker: linker)
        #expect(Self.described(latest) == Self.described(MarkNote.notes(for: map.pdus.map(\.latest), linker: linker)))
        #expect(
            Self.described(latest)
                != Self.described(MarkNote.notes(forEach: map.pdus.map(\.inspections), linker: linker)))
    }
}
