import Foundation
import SourceAndOutput
import Testing

@testable import SitegenCLI

/// The old output kept in the build cache after a rebuild, as the next build's staging
/// folder (``KeptOutput``): it shares the output's unchanged files, what it holds is never
/// trusted, and a build that remakes most files deletes the old output instead.
@Suite struct KeptOutputTests {
    let cache = BuildCacheTests()
    let kept = ".sitegen-cache/Output/previous-output"

    /// Moves York's first key-question percentage by one: a one-report change.
    func editYork(_ folder: TemporaryFolder, _ percent: String) throws {
        let text = try #require(folder.read("Content/reports/york-2024.txt"))
        let line = "Does assessment focus sufficiently on engaging the person on probation?\t"
        let edited = try #require(
            text.range(of: line + "70%") ?? text.range(of: line + "71%") ?? text.range(of: line + "72%"))
        try folder.write("Content/reports/york-2024.txt", text.replacingCharacters(in: edited, with: line + percent))
    }

    func inode(_ folder: TemporaryFolder, _ relative: String) -> UInt64? {
        FileStamp(path: folder.path + "/" + relative)?.inode
    }

    /// Every file and folder under `relative`.
    func paths(_ folder: TemporaryFolder, _ relative: String) -> Set<String> {
        Set(FileManager.default.subpaths(atPath: folder.path + "/" + relative) ?? [])
    }

    @Test func aRebuildKeepsTheOldOutputSharingItsUnchangedFiles() throws {
        let folder = try cache.project()
        defer { folder.remove() }
        #expect(cache.build(folder).status == 0)
        #expect(!folder.exists(kept), "a first build has no old output")
        let oldYork = try #require(folder.read("Output/source/york-2024.txt"))
        try editYork(folder, "71%")
        #expect(cache.build(folder).status == 0)
        #expect(folder.exists(kept))
        let index = try #require(inode(folder, "Output/index.html"))
        #expect(inode(folder, kept + "/index.html") == index, "an unchanged file is one file, linked")
        #expect(folder.read(kept + "/source/york-2024.txt") == oldYork, "a changed file's old bytes are kept")
        #expect(folder.read("Output/source/york-2024.txt")?.contains("probation?\t71%") == true)
        #expect(inode(folder, kept + "/source/york-2024.txt") != inode(folder, "Output/source/york-2024.txt"))
        #expect(folder.entries().filter { $0.hasPrefix(".Output") }.isEmpty, "no staging folder left")
    }

    @Test func whatTheKeptFolderHoldsIsNeverTrusted() throws {
        let folder = try cache.project()
        defer { folder.remove() }
        #expect(cache.build(folder).status == 0)
        try editYork(folder, "71%")
        #expect(cache.build(folder).status == 0)
        // Files and folders the old output does not have, a file of other bytes in place of
        // an unchanged one, one missing, a file where a folder is, and a hand-edited output file.
        try folder.write(kept + "/pdus/stray.html", "<script>alert(1)</script>\n")
        try folder.write(kept + "/stray/inner/file.txt")
        try FileManager.default.removeItem(atPath: folder.path + "/" + kept + "/index.html")
        try folder.write(kept + "/index.html", "not the index\n")
        try FileManager.default.removeItem(atPath: folder.path + "/" + kept + "/pdus/leeds.html")
        try FileManager.default.removeItem(atPath: folder.path + "/" + kept + "/search-index")
        try folder.write(kept + "/search-index", "a file, not a folder\n")
        let leeds = try #require(folder.read("Output/pdus/leeds.md"))
        try folder.write("Output/pdus/leeds.md", leeds + "edited by hand\n")
        try editYork(folder, "72%")
        #expect(cache.build(folder).status == 0)
        #expect(cache.build(folder, ["--no-cache", "--output", "Clean"]).status == 0)
        #expect(cache.snapshot(folder) == cache.snapshot(folder, "Clean"))
        #expect(paths(folder, "Output") == paths(folder, "Clean"), "the same files and folders, none left over")
        #expect(!folder.exists(kept + "/stray") && !folder.exists(kept + "/pdus/stray.html"))
        #expect(folder.read(kept + "/index.html") == folder.read("Output/index.html"))
        #expect(folder.entries().filter { $0.hasPrefix(".Output") }.isEmpty)
    }

    /// The kept copy of a file made in parts (the open data) is written over in place, and
    /// cut to its new size; one with another link is left as it is, and a new file made.
    @Test func aKeptCopyOfAFileMadeInPartsIsWrittenOverUnlessItHasAnotherLink() throws {
        let folder = try cache.project()
        defer { folder.remove() }
        let data = "/data/inspections.json"
        #expect(cache.build(folder).status == 0)
        try editYork(folder, "71%")
        #expect(cache.build(folder).status == 0)
        let keptCopy = try #require(inode(folder, kept + data))
        #expect(keptCopy != inode(folder, "Output" + data))
        // Longer than the new file: what is past its end must go.
        let handle = try #require(FileHandle(forWritingAtPath: folder.path + "/" + kept + data))
        handle.seekToEndOfFile()
        handle.write(Data(repeating: UInt8(ascii: "x"), count: 100_000))
        handle.closeFile()
        try editYork(folder, "72%")
        #expect(cache.build(folder).status == 0)
        #expect(inode(folder, "Output" + data) == keptCopy, "the kept copy, written over")
        #expect(cache.build(folder, ["--no-cache", "--output", "Clean"]).status == 0)
        #expect(cache.snapshot(folder) == cache.snapshot(folder, "Clean"))

        // A kept copy with other permissions, or not a regular file, is replaced.
        let keptPath = folder.path + "/" + kept + data
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: keptPath)
        let other = try #require(inode(folder, kept + data))
        try editYork(folder, "71%")
        #expect(cache.build(folder).status == 0)
        #expect(inode(folder, "Output" + data) != other)
        #expect(
            try FileManager.default.attributesOfItem(atPath: folder.path + "/Output" + data)[.posixPermissions] as? Int
                == FileManager.default.attributesOfItem(atPath: folder.path + "/Output/index.html")[.posixPermissions]
                as? Int)
        try FileManager.default.removeItem(atPath: keptPath)
        #expect(mkfifo(keptPath, 0o644) == 0)
        try editYork(folder, "72%")
        #expect(cache.build(folder).status == 0, "a FIFO in its place is not waited on")
        #expect(cache.build(folder, ["--no-cache", "--output", "Clean1"]).status == 0)
        #expect(cache.snapshot(folder) == cache.snapshot(folder, "Clean1"))

        // The next kept copy linked from elsewhere: that link keeps its bytes.
        let elsewhere = folder.path + "/elsewhere.json"
        try FileManager.default.linkItem(atPath: folder.path + "/" + kept + data, toPath: elsewhere)
        let before = try Data(contentsOf: URL(fileURLWithPath: elsewhere))
        try editYork(folder, "71%")
        #expect(cache.build(folder).status == 0)
        #expect(inode(folder, "Output" + data) != FileStamp(path: elsewhere)?.inode)
        #expect(try Data(contentsOf: URL(fileURLWithPath: elsewhere)) == before)
        #expect(cache.build(folder, ["--no-cache", "--output", "Clean2"]).status == 0)
        #expect(cache.snapshot(folder) == cache.snapshot(folder, "Clean2"))
    }

    /// A kept copy of a file made in parts that the build does not make again is deleted
    /// before the exchange, with its folder when nothing else is in it.
    @Test func aKeptFileMadeInPartsThatTheBuildDoesNotMakeIsDeletedWithItsFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.path + "/Output"
        let first = try StagedOutput(directory: output)
        var stream = try first.begin("data/x.json")
        try first.append(.made(Array("{}\n".utf8)), digest: nil, to: &stream)
        try first.end(stream, inputKey: nil)
        try first.add(ExportFile(path: "b.txt", contents: Array("b\n".utf8)), inputKey: ContentDigest("b"))
        try first.commit()
        let previous = BuildCache(
            buildKey: ContentDigest("key"), diagnostics: "", summary: "", entries: first.written.entries,
            parts: [
                "data/x.json": [
                    BuildCache.Part(
                        inputKey: ContentDigest("x"), digest: ContentDigest(Array("{}\n".utf8)), offset: 0, size: 3)
                ]
            ])
        let keptFolder = KeptOutput.folder(of: output)
        try folder.write(".sitegen-cache/Output/previous-output/data/x.json", "{}\n")

        let second = try StagedOutput(directory: output, previous: previous, kept: keptFolder)
        second.linkAhead(parallelism: .serial)
        #expect(second.reuse([("b.txt", ContentDigest("b"))], parallelism: .serial) == ["b.txt"])
        try second.dropLinksNotTaken()
        try second.commit()
        #expect(paths(folder, "Output") == ["b.txt", OutputWriter.markerName])
    }

    @Test func aBuildThatRemakesMostFilesDeletesTheOldOutput() throws {
        #expect(KeptOutput.isWorthKeeping(reused: 3549, of: 3557), "a one-report rebuild of 1,000 texts")
        #expect(KeptOutput.isWorthKeeping(reused: 50, of: 100))
        #expect(!KeptOutput.isWorthKeeping(reused: 49, of: 100))
        #expect(!KeptOutput.isWorthKeeping(reused: 0, of: 3557), "a template changed, or --no-cache")
        let folder = try cache.project()
        defer { folder.remove() }
        #expect(cache.build(folder).status == 0)
        try editYork(folder, "71%")
        #expect(cache.build(folder).status == 0)
        #expect(folder.exists(kept))
        // Without the cache every file is made afresh: the old output is deleted, and the
        // kept folder is left to the next build that uses the cache.
        #expect(cache.build(folder, ["--no-cache"]).status == 0)
        #expect(folder.entries().filter { $0.hasPrefix(".Output") }.isEmpty, "the old output deleted")
        try editYork(folder, "72%")
        #expect(cache.build(folder).status == 0)
        #expect(cache.build(folder, ["--no-cache", "--output", "Clean"]).status == 0)
        #expect(cache.snapshot(folder) == cache.snapshot(folder, "Clean"))
        #expect(paths(folder, "Output") == paths(folder, "Clean"))
    }
}
