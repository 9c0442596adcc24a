import InspectionModel
import Testing

@testable import PageViews

/// `sortedByIndex(by:)` gives exactly `sorted(by:)`'s order, ties included.
@Suite struct SortedByIndexTests {
    /// Many ties, in every arrangement the sort's insertion and merge runs meet: the elements
    /// equal by the comparison keep `sorted(by:)`'s order, told apart by their tags.
    @Test func tiesKeepTheOrderOfSorted() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 3, 19, 20, 21, 64, 65, 300, 1_000] {
            let items = (0..<count).map { (key: Int.random(in: 0..<7, using: &generator), tag: $0) }
            let byIndex = items.sortedByIndex { $0.key < $1.key }.map(\.tag)
            #expect(byIndex == items.sorted { $0.key < $1.key }.map(\.tag), "\(count) items")
            let descending = items.sortedByIndex { $0.key > $1.key }.map(\.tag)
            #expect(descending == items.sorted { $0.key > $1.key }.map(\.tag), "\(count) items")
            let positions = items.indices.filter { _ in Bool.random(using: &generator) }
            let someByIndex = items.sortedByIndex(at: positions) { $0.key < $1.key }.map(\.tag)
            #expect(someByIndex == positions.map { items[$0] }.sortedByIndex { $0.key < $1.key }.map(\.tag))
            for first in [0, 1, 10, count] {
                let prefix = items.sortedByIndex(first: first) { $0.key > $1.key }.map(\.tag)
                #expect(prefix == Array(descending.prefix(first)), "the first \(first) of \(count) items")
            }
        }
    }

    /// The seeds' inspections, as the site map and the region pages order them.
    @Test func seedInspectionsInTheOrderOfSorted() {
        let inspections = SeedSite.corpus.inspections
        #expect(inspections.count == 6)
        let byIndex = inspections.sortedByIndex(by: SiteMap.chronologically)
        #expect(byIndex == inspections.sorted(by: SiteMap.chronologically))
        #expect(
            byIndex.map(\.pdu.value) == [
                "Derby City", "Leicester, Leicestershire, and Rutland", "Brighton and East Sussex", "Leeds", "York",
                "Derby City",
            ])
        #expect(byIndex.map(\.pdu.value) != inspections.map(\.pdu.value), "the seeds are read in another order")
    }
}
