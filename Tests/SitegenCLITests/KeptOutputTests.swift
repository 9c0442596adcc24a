import Foundation
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
