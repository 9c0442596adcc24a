import Foundation
import OpenData
import Testing
@testable import SitegenCLI

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

    @Test(arguments: ["", "/etc/passwd", "../escape.txt", "a/../../b", "a//b", "./a", "a/"])
    func rejectsInvalidPaths(path: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(throws: OutputWriter.Failure.invalidPath(path)) {
            try OutputWriter.commit([ExportFile(path: path, text: "x")], to: folder.path + "/Out")
        }
        #expect(folder.entries().isEmpty)
    }

    @Test func rejectsConflictingPaths() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(throws: OutputWriter.Failure.conflictingPath("a.txt")) {
            try OutputWriter.commit([ExportFile(path: "a.txt", text: "1"), ExportFile(path: "a.txt", text: "2")],
                                    to: folder.path + "/Out")
        }
        #expect(throws: OutputWriter.Failure.conflictingPath("data")) {
            try OutputWriter.commit([ExportFile(path: "data", text: "1"), ExportFile(path: "data/x.json", text: "2")],
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
}
