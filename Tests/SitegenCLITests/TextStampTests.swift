import Foundation
import Testing

@testable import SitegenCLI

/// The build cache's record of each content text (`text` lines): a rebuild reads only the
/// texts whose stamp is not the recorded one, and its output is always a clean build's.
@Suite struct TextStampTests {
    let york = "Content/reports/york-2024.txt"
    let line = "Does planning focus sufficiently on keeping other people safe?\t35%"

    /// The seeds' project, its texts' times set a minute back: settled (``FileStamp/settledTime()``).
    func project() throws -> TemporaryFolder {
        let folder = try BuildCacheTests().project()
        let content = folder.path + "/Content"
        for file in folder.files(under: "Content") { setBack(content + "/" + file, by: 60) }
        return folder
    }

    /// Sets the times of the file at `path` `seconds` before now.
    func setBack(_ path: String, by seconds: Int) {
        let time = [timespec(tv_sec: time(nil) - seconds, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, path, time + time, 0) == 0)
    }

    func build(_ folder: TemporaryFolder, _ extra: [String] = []) -> Int32 {
        BuildCacheTests().build(folder, extra).status
    }

    /// The texts of `folder` a build with `extra` reads, by their path in it, and its status.
    func textsRead(by extra: [String] = [], in folder: TemporaryFolder) -> (read: Set<String>, status: Int32) {
        let content = folder.path + "/Content"
        let before = TextFile.reads.files(under: content)
        let status = build(folder, extra)
        let read = TextFile.reads.files(under: content).filter { before[$0.key] != $0.value }.keys
        return (Set(read.map { String($0.dropFirst(folder.path.count + 1)) }), status)
    }

    /// York's text with its planning figure changed, the same size.
    func editedYork(_ folder: TemporaryFolder) throws -> String {
        let text = try #require(folder.read(york))
        #expect(text.contains(line))
        return text.replacingOccurrences(of: line, with: String(line.dropLast(3)) + "36%")
    }

    /// Builds with the cache, then without it into `Clean`: the two outputs are the same bytes.
    func expectACleanBuildsOutput(_ folder: TemporaryFolder, _ comment: Comment) {
        #expect(build(folder, ["--no-cache", "--output", "Clean"]) == 0)
        let cache = BuildCacheTests()
        #expect(cache.snapshot(folder) == cache.snapshot(folder, "Clean"), comment)
        try? FileManager.default.removeItem(atPath: folder.path + "/Clean")
    }

    @Test func aRebuildAfterChangingOneTextReadsOnlyThatText() throws {
        let folder = try project()
        defer { folder.remove() }
        let first = textsRead(in: folder)
        #expect(first.status == 0)
        #expect(first.read.count == 5, "a build without a cache reads every text")
        let cache = try #require(BuildCache.load(for: folder.path + "/Output"))
        let recorded = try #require(cache.texts[folder.path + "/" + york])
        #expect(recorded.stamp == FileStamp(path: folder.path + "/" + york))
        #expect(recorded.digest == ContentDigest(Array(try #require(folder.read(york)).utf8)))
        #expect(cache.texts.count == 5)

        try folder.write(york, try editedYork(folder))
        setBack(folder.path + "/" + york, by: 30)
        let rebuilt = textsRead(in: folder)
        #expect(rebuilt.status == 0)
        #expect(rebuilt.read == [york])
        #expect(try #require(folder.read("Output/pdus/york.html")).contains(">36%</a>"))
        #expect(textsRead(in: folder).read.isEmpty, "nothing changed: nothing read")
        #expect(textsRead(by: ["--no-cache", "--output", "Clean"], in: folder).read.count == 5)
        #expect(BuildCacheTests().snapshot(folder) == BuildCacheTests().snapshot(folder, "Clean"))
    }

    @Test func everyChangeToTheTextsGivesACleanBuildsOutput() throws {
        let folder = try project()
        defer { folder.remove() }
        #expect(build(folder) == 0)
        let path = folder.path + "/" + york
        let original = try #require(FileStamp(path: path))

        // Touched, not changed: read (its time changed), and the output is the same. The
        // time is set back, not forward: a time after the next manifest's would make the
        // text racy (read by every build), however fast the builds run.
        let earlier = [timespec(tv_sec: original.seconds - 10, tv_nsec: original.nanoseconds)]
        #expect(utimensat(AT_FDCWD, path, earlier + earlier, 0) == 0)
        #expect(textsRead(in: folder).read == [york])
        expectACleanBuildsOutput(folder, "touched")

        // Replaced by another file of the same size and time: its inode tells.
        let touched = try #require(FileStamp(path: path))
        _ = try folder.write("Content/reports/.york", try editedYork(folder))
        let times = [timespec(tv_sec: touched.seconds, tv_nsec: touched.nanoseconds)]
        #expect(
            utimensat(AT_FDCWD, path.replacingOccurrences(of: "york-2024.txt", with: ".york"), times + times, 0) == 0)
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.moveItem(atPath: folder.path + "/Content/reports/.york", toPath: path)
        let replaced = try #require(FileStamp(path: path))
        #expect(replaced.size == touched.size && replaced.seconds == touched.seconds && replaced.inode != touched.inode)
        #expect(textsRead(in: folder).read == [york])
        #expect(try #require(folder.read("Output/pdus/york.html")).contains(">36%</a>"))
        expectACleanBuildsOutput(folder, "replaced")

        // Added: only the new text is read.
        let leeds = try #require(folder.read("Content/reports/leeds-2024.txt"))
        _ = try folder.write("Content/reports/leeds-2025.txt", leeds.replacingOccurrences(of: "2024", with: "2025"))
        #expect(textsRead(in: folder).read == ["Content/reports/leeds-2025.txt"])
        expectACleanBuildsOutput(folder, "added")

        // Deleted: nothing is read.
        try FileManager.default.removeItem(atPath: folder.path + "/Content/reports/leeds-2025.txt")
        #expect(textsRead(in: folder).read.isEmpty)
        #expect(BuildCache.load(for: folder.path + "/Output")?.texts.count == 5)
        expectACleanBuildsOutput(folder, "deleted")
    }

    /// A text changed in the last two seconds may change again without a new time, so its
    /// stamp is not recorded: every build reads it until it settles, then none does.
    @Test func aTextChangedJustNowIsReadUntilItSettles() throws {
        let folder = try project()
        defer { folder.remove() }
        #expect(build(folder) == 0)
        try folder.write(york, try editedYork(folder))
        #expect(textsRead(in: folder).read == [york])
        #expect(BuildCache.load(for: folder.path + "/Output")?.texts[folder.path + "/" + york] == nil)
        #expect(textsRead(in: folder).read == [york], "not recorded: read again")
        #expect(try #require(folder.read("Output/pdus/york.html")).contains(">36%</a>"))
        // Settled: read by the next build, and recorded by the next that writes (a build
        // with nothing to write records nothing), here after Leeds gains a blank line.
        setBack(folder.path + "/" + york, by: 30)
        #expect(textsRead(in: folder).read == [york])
        let leeds = "Content/reports/leeds-2024.txt"
        try folder.write(leeds, try #require(folder.read(leeds)) + "\n")
        setBack(folder.path + "/" + leeds, by: 30)
        #expect(Set(textsRead(in: folder).read) == [york, leeds])
        #expect(textsRead(in: folder).read.isEmpty, "settled and recorded: not read")
        expectACleanBuildsOutput(folder, "changed just now")
    }

    /// A text changed in the manifest's tick of the clock keeps a stamp as new as the
    /// manifest's: it is read, however its stamp was recorded.
    @Test func aTextChangedInTheManifestsTickIsRead() throws {
        let folder = try project()
        defer { folder.remove() }
        #expect(build(folder) == 0)
        let path = folder.path + "/" + york
        let output = folder.path + "/Output"
        var cache = try #require(BuildCache.load(for: output))
        let recorded = try #require(cache.texts[path])
        #expect(cache.recordedText(path, stamp: recorded.stamp) == recorded, "older than the manifest: taken")

        // York edited in place (same inode and size), its time set to the manifest's, and
        // the manifest recording that very stamp with the old digest.
        let manifest = try #require(cache.manifestStamp)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data(try editedYork(folder).utf8))
        try handle.close()
        let times = [timespec(tv_sec: manifest.seconds, tv_nsec: manifest.nanoseconds)]
        #expect(utimensat(AT_FDCWD, path, times + times, 0) == 0)
        let racy = try #require(FileStamp(path: path))
        cache.texts[path]?.stamp = racy
        cache.save(for: output)
        let manifestPath = BuildCache.folder(of: output) + "/manifest"
        #expect(utimensat(AT_FDCWD, manifestPath, times + times, 0) == 0)
        let saved = try #require(BuildCache.load(for: output))
        #expect(saved.texts[path]?.stamp == racy && saved.manifestStamp.map(racy.isOlder) == false)
        #expect(saved.recordedText(path, stamp: racy) == nil)

        #expect(textsRead(in: folder).read == [york])
        #expect(try #require(folder.read("Output/pdus/york.html")).contains(">36%</a>"))
        expectACleanBuildsOutput(folder, "changed in the manifest's tick")
    }
}
