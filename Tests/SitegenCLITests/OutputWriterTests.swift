import Foundation
import ParallelWork
import SourceAndOutput
import Testing

@_spi(Testing) @testable import SitegenCLI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct OutputWriterTests {
    @Test func createsMissingParentsAndWritesBytesExactly() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bytes: [UInt8] = [0, 1, 2, 0xFF, 0x0A]
        try OutputWriter.commit([ExportFile(path: "a/b/c.bin", contents: bytes)], to: folder.path + "/deep/er/Out")
        let written = try #require(FileManager.default.contents(atPath: folder.path + "/deep/er/Out/a/b/c.bin"))
        #expect([UInt8](written) == bytes)
        #expect(folder.exists("deep/er/Out/.sitegen-output"))
        #expect(folder.entries() == ["deep"])
    }

    // A combining mark after a slash makes one `Character` of both: paths are read on their bytes.
    @Test(arguments: [
        "", "/etc/passwd", "../escape.txt", "a/../../b", "a//b", "./a", "a/", "/\u{301}x", "a/\u{301}/../../b",
    ])
    func rejectsInvalidPaths(path: String) throws {
        #expect(!StagedOutput.isClean(path))
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(throws: OutputWriter.Failure.invalidPath(path)) {
            try OutputWriter.commit([ExportFile(path: path, text: "x")], to: folder.path + "/Out")
        }
        #expect(folder.entries().isEmpty)
    }

    @Test(arguments: ["index.html", "a/b/c.txt", "...", ".hidden/x", "a/..b/c.", "é/\u{301}x", "a/.../b"])
    func acceptsCleanRelativePaths(path: String) throws {
        #expect(StagedOutput.isClean(path))
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try OutputWriter.commit([ExportFile(path: path, text: "x")], to: folder.path + "/Out")
        #expect(folder.read("Out/" + path) == "x")
    }

    @Test func rejectsConflictingPaths() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(throws: OutputWriter.Failure.conflictingPath("a.txt")) {
            try OutputWriter.commit(
                [ExportFile(path: "a.txt", text: "1"), ExportFile(path: "a.txt", text: "2")],
                to: folder.path + "/Out")
        }
        #expect(throws: OutputWriter.Failure.conflictingPath("data")) {
            try OutputWriter.commit(
                [ExportFile(path: "data", text: "1"), ExportFile(path: "data/x.json", text: "2")],
                to: folder.path + "/Out")
        }
        #expect(throws: OutputWriter.Failure.conflictingPath(".sitegen-output")) {
            try OutputWriter.commit([ExportFile(path: ".sitegen-output", text: "1")], to: folder.path + "/Out")
        }
        #expect(folder.entries().isEmpty)
    }

    @Test func refusesAFileInPlaceOfTheFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Out", "a file")
        #expect(throws: OutputWriter.Failure.notAFolder(folder.path + "/Out")) {
            try OutputWriter.commit([ExportFile(path: "x", text: "x")], to: folder.path + "/Out")
        }
        #expect(folder.read("Out") == "a file")
    }

    @Test func replacesAnEmptyFolderAndCleansUpAbandonedStaging() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path + "/Out", withIntermediateDirectories: false)
        // Left by a build that was killed: pid 2^31-1 is not a running process.
        try folder.write(".Out.tmp-2147483647/half.txt")
        try folder.write(".Out.old-2147483647/old.txt")
        try folder.write(".Out.tmp-notapid/keep.txt")
        try OutputWriter.commit([ExportFile(path: "x.txt", text: "x")], to: folder.path + "/Out")
        #expect(folder.files(under: "Out") == [".sitegen-output", "x.txt"])
        #expect(folder.entries() == [".Out.tmp-notapid", "Out"])
    }

    @Test func replacesAnExistingOutputByOneExchange() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let calls = Locked(0)
        let exchange: OutputWriter.Exchange = { a, b in
            calls.withLock { $0 += 1 }; return OutputWriter.systemExchange(a, b)
        }
        try OutputWriter.commit(
            [ExportFile(path: "old.txt", text: "old")], to: folder.path + "/Out", exchange: exchange)
        #expect(calls.value == 0)
        try OutputWriter.commit(
            [ExportFile(path: "new/page.txt", text: "new")], to: folder.path + "/Out", exchange: exchange)
        #expect(calls.value == 1)
        #expect(folder.files(under: "Out") == [".sitegen-output", "new/page.txt"])
        #expect(folder.read("Out/new/page.txt") == "new")
        #expect(folder.entries() == ["Out"])
    }

    @Test func theSystemExchangeSwapsTwoFolders() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a/one.txt", "1")
        try folder.write("b/two.txt", "2")
        let code = OutputWriter.systemExchange(folder.path + "/a", folder.path + "/b")
        #expect(code == 0)
        #expect(folder.files(under: "a") == ["two.txt"])
        #expect(folder.files(under: "b") == ["one.txt"])
        #expect(OutputWriter.systemExchange(folder.path + "/a", folder.path + "/missing") == ENOENT)
    }

    @Test(arguments: [ENOSYS, EINVAL, ENOTSUP])
    func fallsBackToTwoRenamesWhereExchangeIsUnsupported(code: Int32) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let unsupported: OutputWriter.Exchange = { _, _ in code }
        try OutputWriter.commit(
            [ExportFile(path: "old.txt", text: "old")], to: folder.path + "/Out", exchange: unsupported)
        try OutputWriter.commit(
            [ExportFile(path: "new.txt", text: "new")], to: folder.path + "/Out", exchange: unsupported)
        #expect(folder.files(under: "Out") == [".sitegen-output", "new.txt"])
        #expect(folder.entries() == ["Out"])
    }

    @Test func aFailedExchangeLeavesTheOldOutput() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try OutputWriter.commit([ExportFile(path: "old.txt", text: "old")], to: folder.path + "/Out")
        #expect(throws: OutputWriter.Failure.self) {
            try OutputWriter.commit(
                [ExportFile(path: "new.txt", text: "new")], to: folder.path + "/Out",
                exchange: { _, _ in EIO })
        }
        #expect(folder.files(under: "Out") == [".sitegen-output", "old.txt"])
        #expect(folder.entries() == ["Out"])
    }

    @Test func refusesAFolderSitegenDidNotWrite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Out/mine.txt", "precious")
        #expect(throws: OutputWriter.Failure.notSitegenOutput(folder.path + "/Out")) {
            try OutputWriter.commit([ExportFile(path: "x", text: "x")], to: folder.path + "/Out")
        }
        #expect(folder.files(under: "Out") == ["mine.txt"])
        #expect(folder.entries() == ["Out"])
    }

    @Test func aSetAsideOutputIsRestoredBeforeAnythingElse() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A build killed between the two renames of the fallback: no `Out`, the old output aside.
        try folder.write(".Out.old-2147483647/.sitegen-output")
        try folder.write(".Out.old-2147483647/old.txt", "old")
        try folder.write(".Out.tmp-2147483647/new.txt", "new")
        // Even a build that then fails leaves the restored output in place.
        #expect(throws: OutputWriter.Failure.self) {
            try OutputWriter.commit(
                [ExportFile(path: "x.txt", text: "x")], to: folder.path + "/Out",
                exchange: { _, _ in EIO })
        }
        #expect(folder.files(under: "Out") == [".sitegen-output", "old.txt"])
        #expect(folder.entries() == ["Out"])
    }

    @Test func aSetAsideOutputNamedWithThisProcesssIdIsRestoredNotDeleted() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // Left by an earlier process that had the same id.
        let own = ProcessInfo.processInfo.processIdentifier
        try folder.write(".Out.old-\(own)/.sitegen-output")
        try folder.write(".Out.old-\(own)/old.txt", "old")
        #expect(throws: OutputWriter.Failure.self) {
            try OutputWriter.commit(
                [ExportFile(path: "x.txt", text: "x")], to: folder.path + "/Out",
                exchange: { _, _ in EIO })
        }
        #expect(folder.files(under: "Out") == [".sitegen-output", "old.txt"])
        #expect(folder.entries() == ["Out"])
    }

    @Test func theNewestOfSeveralSetAsideOutputsIsRestored() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(".Out.old-2147483646/older.txt")
        try folder.write(".Out.old-2147483647/newer.txt")
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_000)],
            ofItemAtPath: folder.path + "/.Out.old-2147483646")
        OutputWriter.recoverAbandoned(in: folder.path, name: "Out")
        #expect(folder.files(under: "Out") == ["newer.txt"])
        #expect(folder.entries() == ["Out"])
    }

    @Test func theFoldersOfRunningProcessesAreLeftAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let parent = getppid()
        try folder.write(".Out.old-\(parent)/old.txt")
        try folder.write(".Out.tmp-\(parent)/half.txt")
        try OutputWriter.commit([ExportFile(path: "x.txt", text: "x")], to: folder.path + "/Out")
        #expect(folder.entries() == [".Out.old-\(parent)", ".Out.tmp-\(parent)", "Out"])
    }

    @Test(arguments: [Parallelism.serial, .allCores])
    func aTreeIsDeletedWithoutFollowingItsLinks(parallelism: Parallelism) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let kept = try folder.write("elsewhere/kept.txt")
        for file in ["tree/a.txt", "tree/pdus/b.md", "tree/source/c.txt", "tree/source/deep/d.txt"] {
            _ = try folder.write(file)
        }
        #expect(symlink(folder.path + "/elsewhere", folder.path + "/tree/linked-folder") == 0)
        #expect(symlink(kept, folder.path + "/tree/source/linked-file") == 0)
        #expect(symlink(folder.path + "/elsewhere", folder.path + "/link-to-folder") == 0)

        #expect(OutputWriter.removeTree(folder.path + "/tree", parallelism: parallelism) == nil)
        #expect(OutputWriter.removeTree(folder.path + "/link-to-folder", parallelism: parallelism) == nil)
        #expect(folder.entries() == ["elsewhere"])
        #expect(folder.read("elsewhere/kept.txt") == "text\n")
        #expect(OutputWriter.removeTree(folder.path + "/missing", parallelism: parallelism) == nil)
    }

    @Test func aTreeWithAFolderItCannotWriteIsStillDeleted() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("tree/locked/a.txt")
        #expect(chmod(folder.path + "/tree/locked", 0o555) == 0)
        #expect(OutputWriter.removeTree(folder.path + "/tree", parallelism: .allCores) == nil)
        #expect(folder.entries().isEmpty)
    }

    @Test func leftoversAreRecognisedByName() {
        let found = OutputWriter.leftovers(
            among: ["Out", ".Out.tmp-12", ".Out.old-7", ".Out.tmp-x", ".Out.old--3", ".Other.tmp-5", ".Out.tmp-0"],
            name: "Out")
        #expect(
            found == [
                OutputWriter.Leftover(entry: ".Out.tmp-12", isSetAside: false, pid: 12),
                OutputWriter.Leftover(entry: ".Out.old-7", isSetAside: true, pid: 7),
            ])
    }

    #if DEBUG
    @Test func theTestPauseIsReadFromTheEnvironment() {
        #expect(OutputWriter.pauseAfterFiles(["SITEGEN_TEST_PAUSE_AFTER_FILES": "3"]) == 3)
        #expect(OutputWriter.pauseAfterFiles(["SITEGEN_TEST_PAUSE_AFTER_FILES": "0"]) == 0)
        #expect(OutputWriter.pauseAfterFiles(["SITEGEN_TEST_PAUSE_AFTER_FILES": "-1"]) == nil)
        #expect(OutputWriter.pauseAfterFiles(["SITEGEN_TEST_PAUSE_AFTER_FILES": "many"]) == nil)
        #expect(OutputWriter.pauseAfterFiles([:]) == nil)
    }
    #endif
}
