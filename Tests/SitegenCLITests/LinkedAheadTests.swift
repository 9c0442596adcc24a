import Foundation
import Testing

@testable import SitegenCLI

/// The old output's files are linked into the staging folder while the texts are parsed,
/// before the plan says which it takes (``LinkedAhead``): each recorded file that is still
/// the one recorded, not those made in parts; what the plan does not take is deleted again,
/// with the folders made only for it, so that the output is a clean build's.
@Suite struct LinkedAheadTests {
    let cache = BuildCacheTests()
    let parted: Set = [
        "data/inspections.csv", "data/inspections.json", "data/key-questions.csv", "data/recommendations.csv",
        "data/standards.csv",
    ]

    @Test func everyRecordedFileButThoseMadeInPartsIsLinkedWhenItIsTheOneRecorded() throws {
        let folder = try cache.project()
        defer { folder.remove() }
        #expect(cache.build(folder).status == 0)
        let output = folder.path + "/Output"
        let previous = try #require(BuildCache.load(for: output))
        #expect(Set(previous.parts.keys) == parted)
        let edited = try #require(folder.read("Output/pdus/leeds.md"))
        try folder.write("Output/pdus/leeds.md", edited + "edited by hand\n")
        let staging = folder.path + "/Staging"
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: false)
        let links = LinkedAhead.link(previous, from: output, into: staging)
        let expected = Set(previous.entries.keys).subtracting(parted).subtracting(["pdus/leeds.md"])
        #expect(expected.count > 40)
        #expect(Set(links.stamps.keys) == expected)
        for (path, stamp) in links.stamps {
            let old = try #require(FileStamp(path: output + "/" + path))
            #expect(stamp == old && FileStamp(path: staging + "/" + path) == old, "\(path): the old file, linked")
        }
        #expect(!folder.exists("Staging/pdus/leeds.md") && !folder.exists("Staging/data/inspections.json"))
        #expect(folder.exists("Staging/search-index.js"), "the search index is files of its own")
        #expect(
            links.folders == ["assets", "charts", "pdus", "regions", "search-index", "source", "trends"],
            "data/ is all parts")
    }

    /// A manifest naming a path outside the output (edited by hand) links nothing there.
    @Test func aPathThatIsNotCleanAndRelativeIsNotLinked() throws {
        let folder = try cache.project()
        defer { folder.remove() }
        #expect(cache.build(folder).status == 0)
        let output = folder.path + "/Output"
        var previous = try #require(BuildCache.load(for: output))
        let outside = try folder.write("Elsewhere/secret.txt", "secret\n")
        var entry = try #require(previous.entries["index.md"])
        entry.stamp = FileStamp(path: outside)
        for path in ["../Elsewhere/secret.txt", "pdus/../../Elsewhere/secret.txt", "pdus//x"] {
            previous.entries[path] = entry
        }
        try FileManager.default.createDirectory(
            atPath: folder.path + "/Staging/Inner", withIntermediateDirectories: true)
        let links = LinkedAhead.link(previous, from: output, into: folder.path + "/Staging/Inner")
        #expect(links.stamps["index.md"] != nil)
        #expect(links.stamps.keys.allSatisfy(StagedOutput.isClean))
        #expect(!folder.exists("Staging/Elsewhere") && !folder.exists("Staging/Inner/pdus/x"))
    }

    /// The links the plan does not take are deleted, and so is a folder that no file taken is in.
    @Test func theLinksNotTakenAndTheirFoldersAreDeletedBeforeAnythingIsMade() throws {
        let folder = try cache.project()
        defer { folder.remove() }
        #expect(cache.build(folder).status == 0)
        let output = folder.path + "/Output"
        let previous = try #require(BuildCache.load(for: output))
        let staged = try StagedOutput(directory: output, previous: previous)
        staged.linkAhead(parallelism: .allCores)
        let taken = previous.entries.filter { $0.key.hasPrefix("pdus/") || $0.key.hasPrefix("source/") }
        #expect(taken.count > 10)
        let files = taken.map { (path: $0.key, key: $0.value.inputKey) }
        #expect(staged.reuse(files, parallelism: .allCores) == Set(taken.keys))
        #expect(try !staged.reuse("index.html", inputKey: ContentDigest(Array("another key".utf8))))
        #expect(
            try !staged.reuse("pdus/leeds.md", inputKey: try #require(taken["pdus/leeds.md"]).inputKey), "taken once")
        try staged.dropLinksNotTaken()
        let staging = try #require(FileManager.default.subpaths(atPath: staged.staging))
        let folders = ["pdus", "source"]
        #expect(Set(staging) == Set(taken.keys).union([OutputWriter.markerName]).union(folders))
        #expect(staged.written.reused == taken.count)
        #expect(staged.written.entries.mapValues(\.digest) == taken.mapValues(\.digest))
        staged.discard()
        #expect(!FileManager.default.fileExists(atPath: staged.staging))
    }

    /// A rebuild after a report was deleted and one added (files linked ahead and then not
    /// taken, a file made where one was linked) gives a clean build's bytes, serial or not.
    @Test func aRebuildAfterAReportIsDeletedAndAddedIsACleanBuild() throws {
        let folder = try cache.project()
        defer { folder.remove() }
        #expect(cache.build(folder).status == 0)
        let york = try #require(folder.read("Content/reports/york-2024.txt"))
        try FileManager.default.removeItem(atPath: folder.path + "/Content/reports/york-2024.txt")
        #expect(cache.build(folder, ["--serial"]).status == 0)
        #expect(!folder.exists("Output/pdus/york.html"))
        try folder.write("Content/reports/york-2024.txt", york)
        #expect(cache.build(folder).status == 0)
        #expect(folder.exists("Output/pdus/york.html"))
        #expect(cache.build(folder, ["--no-cache", "--output", "Clean"]).status == 0)
        #expect(cache.snapshot(folder) == cache.snapshot(folder, "Clean"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasPrefix(".Output")
        }
        #expect(leftovers.isEmpty)
    }
}
