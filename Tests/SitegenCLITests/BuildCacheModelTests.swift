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

    /// Where the index of a cache file (``CachedBlobs``) starts: after the last entry's bytes.
    func indexStart(_ file: [UInt8]) -> Int {
        let count = file.suffix(4).reversed().reduce(0) { $0 << 8 | Int($1) }
        return file.count - 4 - 36 * count
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
        #expect(recorded.starts(with: Array("sitegen models 1\n".utf8)))
        try expectCleanRebuild(folder, unchanged: 5)
        #expect(try models(folder) == recorded, "nothing new to record: the file is left as it was")
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
        #expect(try models(folder) == recorded, "the damaged document is recorded again")
        // The first two documents' keys swapped: each one's bytes are under the other's key.
        var swapped = recorded
        let index = indexStart(recorded)
        for offset in 0..<16 { swapped.swapAt(index + offset, index + 36 + offset) }
        try replaceModels(folder, with: swapped)
        try expectCleanRebuild(folder, unchanged: 3)
        // Cut short, or not a models file at all: nothing read back.
        try replaceModels(folder, with: Array(recorded.dropLast()))
        try expectCleanRebuild(folder, unchanged: 0)
        try replaceModels(folder, with: Array("sitegen models 2\n".utf8) + recorded.dropFirst(17))
        try expectCleanRebuild(folder, unchanged: 0)
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
