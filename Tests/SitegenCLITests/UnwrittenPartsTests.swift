import Foundation
import Testing

@testable import SitegenCLI

/// A file made in parts is written only from its first part that is not the old file's:
/// while its parts are the recorded old file's (digest, size and place), they are left
/// unwritten; a file that ends as the old one is then linked, not copied, and one with a
/// part of its own has the old file's first bytes copied first. A file cut short during the
/// build still fails it.
@Suite struct UnwrittenPartsTests {
    let cache = BuildCacheTests()
    let parted = [
        "data/inspections.csv", "data/inspections.json", "data/key-questions.csv", "data/recommendations.csv",
        "data/standards.csv",
    ]

    @Test func aFileWhosePartsAreAllTheOldOnesIsLinkedAndAChangedOneMatchesACleanBuild() throws {
        let folder = try cache.project()
        defer { folder.remove() }
        let parts = PartedFileCacheTests()
        #expect(parts.build(folder).status == 0)  // one inspection (PDU, region) a part
        let before = Dictionary(uniqueKeysWithValues: parted.map { ($0, folder.read("Output/" + $0)) })
        let inodes = try Dictionary(uniqueKeysWithValues: parted.map { ($0, try #require(inode(folder, $0))) })
        let york = try #require(folder.read("Content/reports/york-2024.txt"))
        try folder.write("Content/reports/york-2024.txt", york.replacingOccurrences(of: "\t35%", with: "\t36%"))
        #expect(parts.build(folder).status == 0)
        let changed = parted.filter { folder.read("Output/" + $0) != before[$0] }
        #expect(Set(changed) == ["data/inspections.json", "data/key-questions.csv"])
        for path in parted {
            #expect((inode(folder, path) == inodes[path]) == !changed.contains(path), "\(path): linked if unchanged")
        }
        // York's part of the JSON is not its first: the parts before it were copied when it came.
        let json = try #require(folder.read("Output/data/inspections.json"))
        #expect(try #require(json.range(of: "york-2024.txt")).lowerBound > json.index(json.startIndex, offsetBy: 1000))
        #expect(parts.matchesACleanBuild(folder))
    }

    /// The old file's parts left unwritten are copied when a part differs, or the file ends
    /// and cannot be linked; an old file cut short in between is an error, either way.
    @Test func anOldFileCutShortAfterItsPartsWereLeftUnwrittenFailsTheWrite() throws {
        for differs in [true, false] {
            let folder = try cache.project()
            defer { folder.remove() }
            #expect(PartedFileCacheTests().build(folder).status == 0)
            let output = folder.path + "/Output"
            let previous = try #require(BuildCache.load(for: output))
            let path = "data/inspections.json"
            let recorded = try #require(previous.parts[path])
            let staged = try StagedOutput(directory: output, previous: previous)
            defer { staged.discard() }
            var stream = try staged.begin(path)
            let old = try recorded.map { try #require(staged.previousBytes(of: $0, in: path)) }
            for (part, bytes) in zip(recorded, old).dropLast() {
                try staged.append(bytes, digest: part.digest, to: &stream)
            }
            #expect(stream.unwritten == stream.size && stream.size > 0, "left unwritten")
            #expect(truncate(output + "/" + path, off_t(recorded[1].offset)) == 0)
            let last = try #require(recorded.last)
            #expect(throws: OutputWriter.Failure.self) {
                if differs {
                    try staged.append(.made(Array("]}\n".utf8)), digest: nil, to: &stream)
                } else {
                    try staged.append(try #require(old.last), digest: last.digest, to: &stream)
                    #expect(stream.unwritten == stream.size, "every part the old file's")
                    try staged.end(stream, inputKey: nil)
                }
            }
        }
    }

    private func inode(_ folder: TemporaryFolder, _ path: String) -> UInt64? {
        FileStamp(path: folder.path + "/Output/" + path)?.inode
    }
}
