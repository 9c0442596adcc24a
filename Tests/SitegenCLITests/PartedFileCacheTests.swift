import Foundation
import OpenData
import ParallelWork
import SourceAndOutput
import Testing

@testable import SitegenCLI

/// The files made in parts (the open data) with the build cache: a part
/// whose input key did not change is read back from the old file, any other part is made,
/// and the output is always the bytes a clean build gives. The seeds' parts are made one
/// inspection each (and the search index's chunks one PDU or region each: see
/// `SearchIndexFilesTests`), so that most of them outlive a change.
@Suite struct PartedFileCacheTests {
    /// What a build's render step saw: the parts of its files, and how many it read back.
    final class Seen: Sendable {
        let parts = Locked<[ExportParts]>([])
        let readBack = Locked(0)
        /// Of those, the parts left unread until written (their file is the one recorded).
        let unread = Locked(0)
        /// The files with input keys of their own (the search index's chunks) taken from the old output.
        let taken = Locked<Set<String>>([])
    }

    /// A sink that counts the parts the old output gives back, and passes everything on.
    struct CountingSink: FileSink {
        let inner: any FileSink
        let seen: Seen

        func add(_ file: ExportFile, inputKey: ContentDigest?) throws { try inner.add(file, inputKey: inputKey) }
        func reuse(_ path: String, inputKey: ContentDigest) throws -> Bool {
            let taken = try inner.reuse(path, inputKey: inputKey)
            if taken { _ = seen.taken.withLock { $0.insert(path) } }
            return taken
        }
        func begin(_ path: String) throws -> FileStream { try inner.begin(path) }
        func append(_ part: PartBytes, digest: ContentDigest?, to stream: inout FileStream) throws {
            try inner.append(part, digest: digest, to: &stream)
        }
        func end(_ stream: FileStream, inputKey: ContentDigest?) throws { try inner.end(stream, inputKey: inputKey) }
        func record(_ parts: [BuildCache.Part], of path: String) { inner.record(parts, of: path) }
        func previousBytes(of part: BuildCache.Part, in path: String) -> PartBytes? {
            let bytes = inner.previousBytes(of: part, in: path)
            if bytes != nil { seen.readBack.withLock { $0 += 1 } }
            if case .previous = bytes { seen.unread.withLock { $0 += 1 } }
            return bytes
        }
    }

    /// Builds `folder` with parts of one inspection (PDU, region) each; what the build saw.
    @discardableResult
    func build(_ folder: TemporaryFolder, _ arguments: [String] = []) -> (status: Int32, seen: Seen) {
        let seen = Seen()
        var environment = SitegenEnvironment(
            console: CapturedConsole().console, currentDirectory: folder.path, clock: { 0 })
        environment.render = { input in
            var input = input
            input.partSizes = .init(openDataInspections: 1, searchPDUs: 1)
            seen.parts.withLock { $0 = SiteRenderer.partedFiles(input) }
            input.sink = input.sink.map { CountingSink(inner: $0, seen: seen) }
            return try SiteRenderer.render(input)
        }
        return (Sitegen.execute(["build", "--quiet"] + arguments, environment: environment), seen)
    }

    /// Whether `folder`'s output is the bytes of a clean build (without the cache) of it.
    func matchesACleanBuild(_ folder: TemporaryFolder, _ arguments: [String] = []) -> Bool {
        try? FileManager.default.removeItem(atPath: folder.path + "/Clean")
        guard build(folder, arguments + ["--no-cache", "--output", "Clean"]).status == 0 else { return false }
        let cache = BuildCacheTests()
        return cache.snapshot(folder) == cache.snapshot(folder, "Clean")
    }

    /// The parts of the files made in parts.
    func partCount(_ seen: Seen) -> Int { seen.parts.value.reduce(0) { $0 + $1.parts.count } }

    @Test func aChangedReportRemakesOnlyThePartsThatShowItOnOneThreadAsOnAll() throws {
        let folder = try BuildCacheTests().project()
        defer { folder.remove() }
        let first = build(folder)
        #expect(first.status == 0 && first.seen.readBack.value == 0)
        let manifest = try #require(folder.read(".sitegen-cache/Output/manifest"))
        #expect(manifest.split(separator: "\n").count { $0.hasPrefix("part ") } == partCount(first.seen))
        let york = try #require(folder.read("Content/reports/york-2024.txt"))
        try folder.write("Content/reports/york-2024.txt", york.replacingOccurrences(of: "\t35%", with: "\t36%"))
        let rebuilt = build(folder, ["--serial"])
        #expect(rebuilt.status == 0)
        // Read back: every part that shows neither York's text nor the whole corpus's.
        let parts = rebuilt.seen.parts.value.flatMap(\.parts)
        let kept = parts.filter { $0.dependsOn.map { !$0.contains("Content/reports/york-2024.txt") } ?? false }
        #expect(parts.count > 30 && kept.count > 20)
        #expect(parts.count - kept.count == 5, "York's one part of each of the five files")
        #expect(rebuilt.seen.readBack.value == kept.count)
        #expect(rebuilt.seen.unread.value == kept.count, "the old files are the ones recorded")
        #expect(try #require(folder.read("Output/data/key-questions.csv")).contains(",36"))
        #expect(matchesACleanBuild(folder))
    }

    @Test func aReportAddedOrDeletedMatchesACleanBuild() throws {
        let folder = try BuildCacheTests().project()
        defer { folder.remove() }
        build(folder)
        let york = try #require(folder.read("Content/reports/york-2024.txt"))
        try folder.write("Content/reports/york-2022.txt", york.replacingOccurrences(of: "2024", with: "2022"))
        #expect(build(folder).status == 0)
        #expect(folder.read("Output/data/inspections.json")?.contains("york-2022.txt") == true)
        #expect(matchesACleanBuild(folder))
        try FileManager.default.removeItem(atPath: folder.path + "/Content/reports/derby-city-2025.txt")
        #expect(build(folder).status == 0)
        let chunks = folder.files(under: "Output/search-index").map { folder.read("Output/search-index/" + $0) ?? "" }
        #expect(chunks.count > 2 && !chunks.contains { $0.contains("derby-city-2025") })
        #expect(folder.read("Output/data/inspections.json")?.contains("derby-city-2025") == false)
        #expect(matchesACleanBuild(folder))
    }

    @Test func aTemplateOrAnOptionChangedRemakesEveryPart() throws {
        let folder = try BuildCacheTests().project()
        defer { folder.remove() }
        build(folder)
        let layout = try #require(folder.read("Templates/layout.html.mustache"))
        try folder.write("Templates/layout.html.mustache", layout + "\n")
        let edited = build(folder)
        #expect(edited.status == 0 && edited.seen.readBack.value == 0)
        #expect(matchesACleanBuild(folder))
        let withBase = build(folder, ["--base-url", "https://example.org/probation/"])
        #expect(withBase.status == 0 && withBase.seen.readBack.value == 0)
        #expect(matchesACleanBuild(folder, ["--base-url", "https://example.org/probation/"]))
    }

    @Test func aDamagedPartOfTheOldOutputIsMadeAgain() throws {
        let folder = try BuildCacheTests().project()
        defer { folder.remove() }
        let first = build(folder)
        // One byte changed inside the second part of each of two files, the size kept.
        let manifest = try #require(folder.read(".sitegen-cache/Output/manifest"))
        for path in ["data/inspections.json", "data/key-questions.csv"] {
            let line = try #require(
                manifest.split(separator: "\n").filter { $0.hasSuffix(" " + path) }.dropFirst().first)
            let fields = line.split(separator: " ")
            let offset = try #require(Int(fields[3]))
            var bytes = try #require(FileManager.default.contents(atPath: folder.path + "/Output/" + path))
            bytes[offset + 5] = bytes[offset + 5] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
            try bytes.write(to: URL(fileURLWithPath: folder.path + "/Output/" + path))
        }
        let rebuilt = build(folder)
        #expect(rebuilt.status == 0)
        #expect(rebuilt.seen.readBack.value == partCount(first.seen) - 2)
        // Those two files were written since: their other parts are read and digested.
        let otherFiles = first.seen.parts.value.filter {
            !["data/inspections.json", "data/key-questions.csv"].contains($0.path)
        }
        #expect(rebuilt.seen.unread.value == otherFiles.reduce(0) { $0 + $1.parts.count })
        #expect(matchesACleanBuild(folder))
    }

    /// A part of the old file is written a chunk at a time, in order, and a file cut short
    /// since is an error, never fewer bytes.
    @Test func aPreviousPartIsReadInChunks() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bytes = (0..<(PartBytes.chunkSize * 2 + 1000)).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        try Data(bytes).write(to: URL(fileURLWithPath: folder.path + "/old"))
        let file = try #require(OpenFile(folder.path + "/old"))
        let range = 10..<bytes.count - 5
        var chunks: [[UInt8]] = []
        try PartBytes.previous(file, range).forEachChunk(of: "old") { chunks.append($0) }
        #expect(
            chunks.map(\.count) == [PartBytes.chunkSize, PartBytes.chunkSize, range.count - 2 * PartBytes.chunkSize])
        #expect(Array(chunks.joined()) == Array(bytes[range]))
        #expect(PartBytes.previous(file, range).digest == ContentDigest(Array(bytes[range])))
        #expect(truncate(folder.path + "/old", off_t(PartBytes.chunkSize)) == 0)
        #expect(throws: OutputWriter.Failure.self) {
            try PartBytes.previous(file, range).forEachChunk(of: "old") { _ in }
        }
    }
}
