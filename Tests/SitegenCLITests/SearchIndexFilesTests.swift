import Foundation
import PageViews
import Testing

@testable import SitegenCLI

/// The search index is written as files of its own, a chunk of PDUs (or regions) each, and
/// a list of them: with the build cache, a chunk whose input key did not change is taken
/// from the old output (linked), the others are made, and the output is always the bytes
/// of a clean build. The seeds' chunks are one PDU or region each.
@Suite struct SearchIndexFilesTests {
    let parts = PartedFileCacheTests()

    /// The paths of the chunks the list in `folder`'s output names, in order.
    func listed(_ folder: TemporaryFolder) throws -> [String] {
        let list = try #require(folder.read("Output/" + SearchIndex.path))
        return list.split(separator: "\n").filter { $0.hasPrefix("\"") }.map { $0.trimmingCharacters(in: ["\"", ","]) }
    }

    @Test func aChangedReportRemakesOnlyTheChunksThatShowIt() throws {
        let folder = try BuildCacheTests().project()
        defer { folder.remove() }
        #expect(parts.build(folder).status == 0)
        let chunks = try listed(folder)
        #expect(
            Set(chunks) == Set(folder.files(under: "Output/search-index").map { "search-index/" + $0 }),
            "the list names every chunk written")
        #expect(chunks.count == 5 + 3 && chunks.first == "search-index/pdus-brighton-and-east-sussex.js")
        #expect(
            chunks.suffix(3) == [
                "search-index/regions-east-midlands.js", "search-index/regions-kent-surrey-and-sussex.js",
                "search-index/regions-yorkshire-and-the-humber.js",
            ])
        let york = try #require(folder.read("Content/reports/york-2024.txt"))
        try folder.write("Content/reports/york-2024.txt", york.replacingOccurrences(of: "\t35%", with: "\t36%"))
        let rebuilt = parts.build(folder)
        #expect(rebuilt.status == 0)
        // York's chunk and its region's were made; every other chunk was taken.
        let shown = ["search-index/pdus-york.js", "search-index/regions-yorkshire-and-the-humber.js"]
        #expect(rebuilt.seen.taken.value.filter { $0.hasPrefix("search-index/") } == Set(chunks).subtracting(shown))
        #expect(try listed(folder) == chunks)
        #expect(parts.matchesACleanBuild(folder))
    }

    /// A chunk edited by hand in the old output is made again, not taken.
    @Test func aChunkChangedInTheOldOutputIsMadeAgain() throws {
        let folder = try BuildCacheTests().project()
        defer { folder.remove() }
        #expect(parts.build(folder).status == 0)
        let chunks = try listed(folder)
        let leeds = "Output/search-index/pdus-leeds.js"
        let script = try #require(folder.read(leeds))
        try folder.write(leeds, script.replacingOccurrences(of: "Leeds", with: "Lewes"))
        let rebuilt = parts.build(folder)
        #expect(rebuilt.status == 0)
        #expect(
            rebuilt.seen.taken.value.filter { $0.hasPrefix("search-index/") }
                == Set(chunks).subtracting(["search-index/pdus-leeds.js"]))
        #expect(folder.read(leeds) == script)
        #expect(parts.matchesACleanBuild(folder))
    }
}
