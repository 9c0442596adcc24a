import Foundation
import Testing

@testable import SitegenCLI

/// The build cache (`.sitegen-cache/` beside the output): a build with nothing changed does
/// nothing, a changed report remakes only what depends on it, and the output is always the
/// bytes a clean build gives.
@Suite struct BuildCacheTests {
    /// A folder with the real content and templates.
    func project() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: repository + "/Content", toPath: folder.path + "/Content")
        try FileManager.default.copyItem(atPath: repository + "/Templates", toPath: folder.path + "/Templates")
        return folder
    }

    func build(_ folder: TemporaryFolder, _ extra: [String] = []) -> (status: Int32, console: CapturedConsole) {
        let console = CapturedConsole()
        let environment = SitegenEnvironment(console: console.console, currentDirectory: folder.path, clock: { 0 })
        return (Sitegen.execute(["build"] + extra, environment: environment), console)
    }

    /// Every file of `output`, by path.
    func snapshot(_ folder: TemporaryFolder, _ output: String = "Output") -> [String: String?] {
        Dictionary(uniqueKeysWithValues: folder.files(under: output).map { ($0, folder.read(output + "/" + $0)) })
    }

    @Test func aBuildWithNothingChangedDoesNothingAndSaysTheSame() throws {
        let folder = try project()
        defer { folder.remove() }
        let first = build(folder)
        #expect(first.status == 0)
        #expect(folder.exists(".sitegen-cache/Output/manifest"))
        let before = snapshot(folder)
        let second = build(folder)
        #expect(second.status == 0)
        #expect(
            second.console.standardOutput.contains(
                "Up to date: Output was built from these very inputs, in 0.00 s: 5 documents, 6 inspections, 1 region, 0 errors, 3 warnings, 16 notes\n"
            ))
        #expect(!second.console.standardOutput.contains("parse "))
        #expect(second.console.standardError == first.console.standardError, "the diagnostics are printed again")
        #expect(snapshot(folder) == before)
    }

    @Test func aChangedReportRemakesWhatDependsOnItAndMatchesACleanBuild() throws {
        let folder = try project()
        defer { folder.remove() }
        #expect(build(folder).status == 0)
        let york = try #require(folder.read("Content/reports/york-2024.txt"))
        let line = "Does planning focus sufficiently on keeping other people safe?\t35%"
        #expect(york.contains(line))
        try folder.write(
            "Content/reports/york-2024.txt", york.replacingOccurrences(of: line, with: String(line.dropLast(3)) + "36%")
        )
        let rebuilt = build(folder)
        #expect(rebuilt.status == 0)
        // Pages that do not show York's planning figure are taken from the old output.
        let unchanged = try #require(
            rebuilt.console.standardOutput.split(separator: "(").last.flatMap { Int($0.prefix { $0.isNumber }) })
        #expect(unchanged > 20)
        #expect(try #require(folder.read("Output/pdus/york.html")).contains(">36%</a>"))
        #expect(build(folder, ["--no-cache", "--output", "Clean"]).status == 0)
        #expect(snapshot(folder) == snapshot(folder, "Clean"))
    }

    @Test func aHandEditedOutputFileIsRemadeNotKept() throws {
        let folder = try project()
        defer { folder.remove() }
        #expect(build(folder).status == 0)
        let original = folder.read("Output/pdus/leeds.html")
        try folder.write("Output/pdus/leeds.html", "edited by hand")
        try folder.write("Output/extra.html", "left over")
        let rebuilt = build(folder)
        #expect(rebuilt.status == 0)
        #expect(rebuilt.console.standardOutput.contains("Built Output"))
        #expect(folder.read("Output/pdus/leeds.html") == original)
        #expect(!folder.exists("Output/extra.html"))
    }

    /// A file of the old output is taken unread only when its stamp is the one recorded
    /// and older than the manifest; a stamp as new as the manifest (a same-size edit in
    /// the tick of the clock the file was written in keeps its time) makes it read.
    @Test func aFileIsTakenUnreadOnlyWhenItsStampIsRecordedAndOlderThanTheManifest() throws {
        let folder = try project()
        defer { folder.remove() }
        #expect(build(folder).status == 0)
        let cache = try #require(BuildCache.load(for: folder.path + "/Output"))
        let path = folder.path + "/Output/pdus/leeds.html"
        let entry = try #require(cache.entries["pdus/leeds.html"])
        let manifest = try #require(cache.manifestStamp)
        let stamp = try #require(FileStamp(path: path))
        #expect(entry.stamp == stamp, "recorded as written")
        #expect(stamp.isOlder(than: manifest))
        #expect(cache.stamp(of: path, holding: entry) == stamp)
        let original = try #require(folder.read("Output/pdus/leeds.html"))
        let edited = original.replacingOccurrences(of: "Leeds", with: "Leedz")
        #expect(edited != original && edited.utf8.count == original.utf8.count)
        // Other bytes, with the recorded size and time: taken on the stamp alone.
        try overwrite(path, with: edited, time: stamp)
        #expect(cache.stamp(of: path, holding: entry) == stamp)
        // The same, recorded in the manifest's tick: read, and found changed.
        try overwrite(path, with: edited, time: manifest)
        var racy = entry
        racy.stamp = FileStamp(path: path)
        #expect(racy.stamp != nil && cache.stamp(of: path, holding: racy) == nil)
        // A build finds it changed (its time is no longer the recorded one) and makes it again.
        #expect(build(folder).status == 0)
        #expect(folder.read("Output/pdus/leeds.html") == original)
    }

    /// Writes `text` over the file at `path` in place (same inode) and sets its time to `time`'s.
    private func overwrite(_ path: String, with text: String, time: FileStamp) throws {
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
        let times = [timespec(tv_sec: time.seconds, tv_nsec: time.nanoseconds)]
        #expect(utimensat(AT_FDCWD, path, times + times, 0) == 0)
    }

    @Test func aTemplateChangeOrNoCacheMakesEveryPageAfresh() throws {
        let folder = try project()
        defer { folder.remove() }
        #expect(build(folder).status == 0)
        let layout = try #require(folder.read("Templates/layout.html.mustache"))
        try folder.write(
            "Templates/layout.html.mustache",
            layout.replacingOccurrences(of: "<main id=\"content\"", with: "<main data-edited id=\"content\""))
        let rebuilt = build(folder)
        #expect(rebuilt.status == 0)
        #expect(folder.read("Output/pdus/leeds.html")?.contains("<main data-edited id=\"content\"") == true)
        try FileManager.default.removeItem(atPath: folder.path + "/.sitegen-cache")
        #expect(build(folder, ["--no-cache"]).status == 0)
        #expect(!folder.exists(".sitegen-cache"))
    }
}

/// Building on every core gives the bytes a build on one thread gives.
@Suite struct ParallelBuildTests {
    @Test func aParallelBuildEqualsASerialOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // Three renamed copies of each seed: enough jobs for every thread.
        for copy in 1...3 {
            try FileManager.default.copyItem(
                atPath: repository + "/Content/reports", toPath: folder.path + "/Content/copy\(copy)")
        }
        try FileManager.default.copyItem(atPath: repository + "/Templates", toPath: folder.path + "/Templates")
        let environment = SitegenEnvironment(console: CapturedConsole().console, currentDirectory: folder.path)
        #expect(
            Sitegen.execute(["build", "--quiet", "--no-cache", "--output", "Parallel"], environment: environment) == 0)
        #expect(
            Sitegen.execute(
                ["build", "--quiet", "--no-cache", "--serial", "--output", "Serial"], environment: environment) == 0)
        let files = folder.files(under: "Parallel")
        #expect(files.count > 60)
        #expect(folder.files(under: "Serial") == files)
        for file in files {
            #expect(folder.read("Parallel/" + file) == folder.read("Serial/" + file), "\(file) differs")
        }
    }
}
