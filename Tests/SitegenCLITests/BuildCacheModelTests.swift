import Foundation
import Testing

@testable import SitegenCLI

/// The parsed models in the build cache: a build that reads them back gives the bytes
/// and the diagnostics of a clean build, and damaged or misplaced models are parsed again.
extension BuildCacheTests {
    /// How many texts the build's parse line says were read back: `parse    5 texts, 4 of them unchanged in …`.
    func unchangedTexts(_ console: CapturedConsole) -> Int? {
        let line = console.standardOutput.split(separator: "\n").first { $0.hasPrefix("parse ") }
        return line?.split(separator: ", ").last.flatMap { Int($0.prefix { $0.isNumber }) }
    }

    /// Builds `folder` again after a file of the output is removed (so the build is not up to date).
    func rebuild(_ folder: TemporaryFolder) throws -> (status: Int32, console: CapturedConsole) {
        try FileManager.default.removeItem(atPath: folder.path + "/Output/index.html")
        return build(folder)
    }

    /// The models file of `folder`'s output (or another file of its cache).
    func models(_ folder: TemporaryFolder, _ name: String = "models") throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder.path + "/.sitegen-cache/Output/" + name)))
    }

    func replaceModels(_ folder: TemporaryFolder, _ name: String = "models", with bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: folder.path + "/.sitegen-cache/Output/" + name))
    }

    /// Where the index of a cache file (``CachedBlobs``) starts: after the last entry's bytes,
    /// 44 bytes an entry before the number of entries (4 bytes) and the index's digest (16).
    func indexStart(_ file: [UInt8]) -> Int {
        let count = file.dropLast(16).suffix(4).reversed().reduce(0) { $0 << 8 | Int($1) }
        return file.count - 20 - 44 * count
    }

    /// The key of the last entry of a cache file's index (York's, in the models file of ``project()``).
    func lastKey(_ file: [UInt8]) -> ContentDigest {
        let entry = file.count - 20 - 44
        func word(_ at: Int) -> UInt64 { (0..<8).reduce(0) { $0 | UInt64(file[at + $1]) << ($1 * 8) } }
        return ContentDigest(high: word(entry), low: word(entry + 8))
    }

    /// `file` with the digest of its index written again for what the index now holds (as
    /// if the file had been written so), so that a change to an entry of the index is not
    /// caught by that digest.
    func resealed(_ file: [UInt8]) -> [UInt8] {
        let digest = ContentDigest(Array(file[indexStart(file)..<file.count - 16]))
        return file.dropLast(16)
            + [digest.high, digest.low].flatMap { word in
                (0..<8).map { UInt8(truncatingIfNeeded: word >> ($0 * 8)) }
            }
    }

    /// Rebuilds and expects `unchanged` texts read back and the clean build's files and diagnostics.
    func expectCleanRebuild(
        _ folder: TemporaryFolder, unchanged: Int, sourceLocation: SourceLocation = #_sourceLocation
    )
        throws
    {
        let rebuilt = try rebuild(folder)
        #expect(rebuilt.status == 0, sourceLocation: sourceLocation)
        #expect(unchangedTexts(rebuilt.console) == unchanged, sourceLocation: sourceLocation)
        let clean = build(folder, ["--no-cache", "--output", "Clean"])
        #expect(clean.status == 0, sourceLocation: sourceLocation)
        #expect(rebuilt.console.standardError == clean.console.standardError, sourceLocation: sourceLocation)
        #expect(rebuilt.console.standardError.contains("warning:"), sourceLocation: sourceLocation)
        #expect(snapshot(folder) == snapshot(folder, "Clean"), sourceLocation: sourceLocation)
    }

    @Test func aBuildFromStoredModelsGivesTheCleanBuildsBytesAndDiagnostics() throws {
        let folder = try project()
        defer { folder.remove() }
        let first = build(folder)
        #expect(first.status == 0)
        #expect(unchangedTexts(first.console) == 0)
        let recorded = try models(folder)
        #expect(recorded.starts(with: Array("sitegen models 4\n".utf8)))
        try expectCleanRebuild(folder, unchanged: 5)
        #expect(try models(folder) == recorded, "nothing new to record: the file is left as it was")
    }

    /// The parsed documents are recorded beside the checks and the render, on a thread of
    /// their own, and waited for: their phase line comes after the render's, before the
    /// output is written; a build whose render fails waits for them too (without the line),
    /// and leaves them recorded whole for the next build.
    @Test func theModelsAreRecordedBesideTheRenderAndWaitedForWhenItFails() throws {
        let folder = try project()
        defer { folder.remove() }
        let console = CapturedConsole()
        let failing = SitegenEnvironment(
            console: console.console, currentDirectory: folder.path,
            render: { _ in throw SiteRenderer.Failure(diagnostics: []) }, clock: { 0 })
        #expect(Sitegen.execute(["build"], environment: failing) == 1)
        #expect(!folder.exists("Output"))
        let failedPhases = console.standardOutput.split(separator: "\n").map { $0.prefix { $0 != " " } }
        #expect(failedPhases == ["read", "parse", "checks"], "a failed build prints no record line, but waits for it")
        let recorded = try models(folder)
        #expect(recorded.starts(with: Array("sitegen models 4\n".utf8)))

        let next = build(folder)
        #expect(next.status == 0)
        #expect(unchangedTexts(next.console) == 5, "every document read back")
        let phases = next.console.standardOutput.split(separator: "\n").map { $0.prefix { $0 != " " } }
        #expect(phases == ["read", "parse", "checks", "render", "record", "write", "Built"])
        #expect(try models(folder) == recorded)
    }

    @Test func aChangedTextIsParsedAgainAndTheOthersReadBack() throws {
        let folder = try project()
        defer { folder.remove() }
        #expect(build(folder).status == 0)
        let york = try #require(folder.read("Content/reports/york-2024.txt"))
        try folder.write("Content/reports/york-2024.txt", york.replacingOccurrences(of: "\t35%", with: "\t36%"))
        try expectCleanRebuild(folder, unchanged: 4)
        try expectCleanRebuild(folder, unchanged: 5)
    }

    @Test func damagedOrMisplacedModelsAreParsedAgainNeverTrusted() throws {
        let folder = try project()
        defer { folder.remove() }
        #expect(build(folder).status == 0)
        let recorded = try models(folder)
        // The last document's last byte changed.
        var damaged = recorded
        damaged[indexStart(recorded) - 1] ^= 0x01
        try replaceModels(folder, with: damaged)
        try expectCleanRebuild(folder, unchanged: 4)
        try expectCleanRebuild(folder, unchanged: 5)  // the damaged document was recorded again
        // The first two documents' keys swapped (the index's digest made for it): each
        // one's bytes are under the other's key.
        var swapped = recorded
        let index = indexStart(recorded)
        for offset in 0..<16 { swapped.swapAt(index + offset, index + 44 + offset) }
        try replaceModels(folder, with: resealed(swapped))
        try expectCleanRebuild(folder, unchanged: 3)
        // The same without the digest made again: the index is damaged, nothing read back.
        try replaceModels(folder, with: swapped)
        try expectCleanRebuild(folder, unchanged: 0)
        // Cut short, or not a models file at all: nothing read back.
        try replaceModels(folder, with: Array(recorded.dropLast()))
        try expectCleanRebuild(folder, unchanged: 0)
        try replaceModels(folder, with: Array("sitegen models 9\n".utf8) + recorded.dropFirst(17))
        try expectCleanRebuild(folder, unchanged: 0)
    }

    /// The manifest records the models file's stamp as the build left it, appended to or
    /// not; while the file has it, its entries are taken without their digests.
    @Test func theManifestRecordsTheModelsFilesStampAndItsEntriesAreThenTakenUnchecked() throws {
        let folder = try project()
        defer { folder.remove() }
        #expect(build(folder).status == 0)
        let output = folder.path + "/Output"
        let path = ParsedModels.path(for: output)
        let recorded = try #require(BuildCache.load(for: output)?.models)
        #expect(FileStamp(path: path) == recorded)
        let firstYorkKey = try lastKey(models(folder))
        #expect(ParsedModels.load(for: output, previous: BuildCache.load(for: output)).document(firstYorkKey) != nil)
        let york = try #require(folder.read("Content/reports/york-2024.txt"))
        try folder.write("Content/reports/york-2024.txt", york.replacingOccurrences(of: "\t35%", with: "\t36%"))
        try expectCleanRebuild(folder, unchanged: 4)
        let appended = try #require(BuildCache.load(for: output)?.models)
        #expect(appended != recorded && FileStamp(path: path) == appended, "the file appended to, its new stamp")

        // York's last byte changed: found so by its digest, unless the file is taken as recorded.
        var damaged = try models(folder)
        damaged[indexStart(damaged) - 1] ^= 0x01
        try replaceModels(folder, with: damaged)
        let checked = CachedBlobs.load(path, formatLine: ParsedModels.formatLine)
        let unchecked = CachedBlobs.load(path, formatLine: ParsedModels.formatLine) { _ in true }
        let yorkKey = lastKey(damaged)
        #expect(yorkKey != firstYorkKey, "York's text changed: another key")
        #expect(checked.holds(yorkKey) && checked.bytes(of: yorkKey) == nil)
        #expect(unchecked.bytes(of: yorkKey) != nil)
        let previous = try #require(BuildCache.load(for: output))
        #expect(!previous.isRecorded(FileStamp(path: path), as: previous.models), "written since: another stamp")
    }

    /// A text the file does not name is parsed while the others are read back; a recorded
    /// document whose bytes are damaged is found so only when read, and parsed after: each
    /// in its text's place.
    @Test func aChangedTextAndADamagedModelAreEachParsedInTheirPlace() throws {
        let folder = try project()
        defer { folder.remove() }
        #expect(build(folder).status == 0)
        var damaged = try models(folder)
        damaged[17 + 4] ^= 0x01  // in the first document's bytes (York's are the last)
        try replaceModels(folder, with: damaged)
        let york = try #require(folder.read("Content/reports/york-2024.txt"))
        try folder.write("Content/reports/york-2024.txt", york.replacingOccurrences(of: "\t35%", with: "\t36%"))
        try expectCleanRebuild(folder, unchanged: 3)
        try expectCleanRebuild(folder, unchanged: 5)
    }

    /// Version 3 wrote an inspection's findings in line (version 4 writes them apart): a
    /// file of it is parsed again, never read as version 4, and written again whole.
    @Test func aModelsFileOfVersion3IsParsedAgain() throws {
        let folder = try project()
        defer { folder.remove() }
        #expect(build(folder).status == 0)
        let recorded = try models(folder)
        try replaceModels(folder, with: Array("sitegen models 3\n".utf8) + recorded.dropFirst(17))
        try expectCleanRebuild(folder, unchanged: 0)
        #expect(try models(folder) == recorded)
        try expectCleanRebuild(folder, unchanged: 5)
    }

    @Test func aModelsFileOfTheFormerFormatIsRecordedAgain() throws {
        let folder = try project()
        defer { folder.remove() }
        #expect(build(folder).status == 0)
        let recorded = try models(folder)
        // Version 1: the same entries, then an index of 36 bytes an entry (no offsets), then the count.
        let index = indexStart(recorded)
        let count = (recorded.count - 20 - index) / 44
        var former = Array("sitegen models 1\n".utf8) + recorded[17..<index]
        for start in stride(from: index, to: index + 44 * count, by: 44) {
            let keyAndDigest: ArraySlice<UInt8> = recorded[start..<start + 32]
            let length: ArraySlice<UInt8> = recorded[start + 40..<start + 44]
            former += keyAndDigest
            former += length
        }
        former += recorded[recorded.count - 20..<recorded.count - 16]
        try replaceModels(folder, with: former)
        try expectCleanRebuild(folder, unchanged: 0)
        #expect(try models(folder) == recorded, "written again whole, in the new format")
        try expectCleanRebuild(folder, unchanged: 5)
    }

    @Test func aChangedTextsModelIsAppendedUntilTheFileIsMostlyOldEntries() throws {
        let folder = try project()
        defer { folder.remove() }
        #expect(build(folder).status == 0)
        let york = try #require(folder.read("Content/reports/york-2024.txt"))
        #expect(york.contains("\t35%"))
        var (appended, rewritten) = (0, 0)
        for percent in 36...39 {
            let before = try models(folder)
            try folder.write(
                "Content/reports/york-2024.txt", york.replacingOccurrences(of: "\t35%", with: "\t\(percent)%"))
            try expectCleanRebuild(folder, unchanged: 4)
            let after = try models(folder)
            // What a build with no cache at all records for these texts.
            try? FileManager.default.removeItem(atPath: folder.path + "/.sitegen-cache/Fresh")
            #expect(build(folder, ["--output", "Fresh"]).status == 0)
            let fresh = try models(folder, "../Fresh/models")
            if after.count > before.count, after.starts(with: before) {
                appended += 1
                // Only the changed document and a new index were written, after the old bytes.
                #expect(after.count - before.count < fresh.count / 2)
            } else {
                rewritten += 1
                #expect(after == fresh, "written again whole, as a clean build writes it")
            }
            try expectCleanRebuild(folder, unchanged: 5)
        }
        #expect(appended > 0)
        #expect(rewritten > 0)
        // A build killed while appending leaves the first bytes of an entry after the
        // index, not a sealed index, at the end: nothing is read back, and all recorded again.
        let whole = try models(folder)
        try replaceModels(folder, with: whole + whole[17..<117])
        try expectCleanRebuild(folder, unchanged: 0)
        #expect(try models(folder) == whole)
        try expectCleanRebuild(folder, unchanged: 5)
    }

    @Test func checkReadsStoredModelsButRecordsNothing() throws {
        let folder = try project()
        defer { folder.remove() }
        #expect(build(folder).status == 0)
        try FileManager.default.removeItem(atPath: folder.path + "/.sitegen-cache/Output/models")
        let check = build(folder, ["--check"])
        #expect(check.status == 0)
        #expect(!folder.exists(".sitegen-cache/Output/models"))
    }
}
