import Foundation
import Testing

@testable import SitegenCLI

/// sitegen's own digest taken from the build cache's record while the executable's stamp
/// is the recorded one (``ExecutableDigest``): a changed executable is never taken for the
/// old one, and a damaged record is not used.
@Suite struct ExecutableDigestTests {
    /// A time a minute from now: every stamp of the test's files is settled by it.
    let settled = (seconds: time(nil) + 60, nanoseconds: 0)

    /// A folder with an "executable" of `size` bytes of `byte`, and where its record goes.
    func executable(_ byte: UInt8, size: Int = 100_000) throws -> (TemporaryFolder, file: String, record: String) {
        let folder = try TemporaryFolder()
        let file = folder.path + "/sitegen"
        #expect(FileManager.default.createFile(atPath: file, contents: Data(repeating: byte, count: size)))
        return (folder, file, folder.path + "/executable")
    }

    /// The record's first line with its digest put for `digest`, and the check line that fits it.
    func claim(_ record: String, claiming digest: ContentDigest) throws -> String {
        let text = try String(contentsOfFile: record, encoding: .utf8)
        let first = try #require(text.split(separator: "\n").first)
        let claimed = first.dropLast(32) + digest.description
        return "\(claimed)\n\(ContentDigest(String(claimed)))\n"
    }

    @Test func aSettledExecutablesDigestIsRecordedAndThenTakenByItsStamp() throws {
        let (folder, file, record) = try executable(0x41)
        defer { folder.remove() }
        let real = try #require(ContentDigest(file: file))
        #expect(ExecutableDigest.of(file, record: record, settled: settled) == real)
        let text = try String(contentsOfFile: record, encoding: .utf8)
        #expect(text.split(separator: "\n").first?.hasSuffix(" \(real)") == true)

        // A record that claims another digest for this very stamp is believed: the file is not read.
        let claimed = ContentDigest("another sitegen")
        try claim(record, claiming: claimed).write(toFile: record, atomically: true, encoding: .utf8)
        #expect(ExecutableDigest.of(file, record: record, settled: settled) == claimed)
        #expect(ExecutableDigest.of(file, record: nil, settled: settled) == real, "no record: read")
    }

    @Test func anUnsettledStampIsNotRecorded() throws {
        let (folder, file, record) = try executable(0x42)
        defer { folder.remove() }
        let now = (seconds: time(nil) - 60, nanoseconds: 0)
        #expect(ExecutableDigest.of(file, record: record, settled: now) == ContentDigest(file: file))
        #expect(!FileManager.default.fileExists(atPath: record))
    }

    @Test func aChangedExecutableIsNeverTakenForTheOldOne() throws {
        let (folder, file, record) = try executable(0x43)
        defer { folder.remove() }
        let old = ExecutableDigest.of(file, record: record, settled: settled)
        var status = stat()
        #expect(stat(file, &status) == 0)
        // The same size and inode, its modification time put back: only its change time tells.
        usleep(20_000)
        let handle = try #require(FileHandle(forWritingAtPath: file))
        try handle.write(contentsOf: Data([0x44]))
        try handle.close()
        let times = [status.st_atim, status.st_mtim]
        #expect(utimensat(AT_FDCWD, file, times, 0) == 0)
        let new = try #require(ContentDigest(file: file))
        #expect(new != old)
        #expect(ExecutableDigest.of(file, record: record, settled: settled) == new)

        // Another file put in its place, whatever its times.
        let other = folder.path + "/other"
        #expect(FileManager.default.createFile(atPath: other, contents: Data(repeating: 0x45, count: 100_000)))
        #expect(utimensat(AT_FDCWD, other, times, 0) == 0)
        #expect(rename(other, file) == 0)
        #expect(ExecutableDigest.of(file, record: record, settled: settled) == ContentDigest(file: file))
        #expect(ContentDigest(file: file) != new)
    }

    @Test(arguments: ["check", "stamp", "cut", "empty"])
    func aDamagedRecordIsNotUsed(damage: String) throws {
        let (folder, file, record) = try executable(0x46)
        defer { folder.remove() }
        let real = ExecutableDigest.of(file, record: record, settled: settled)
        var text = try claim(record, claiming: ContentDigest("another sitegen"))
        switch damage {
        case "check": text = String(text.dropLast(2)) + (text.dropLast().last == "0" ? "1" : "0") + "\n"
        case "stamp": text = "9" + text
        case "cut": text = String(text.dropLast(10))
        default: text = ""
        }
        try text.write(toFile: record, atomically: true, encoding: .utf8)
        #expect(ExecutableDigest.of(file, record: record, settled: settled) == real, "\(damage)")
    }

    @Test func aBuildTakesTheRunningExecutablesDigest() throws {
        let folder = try BuildCacheTests().project()
        defer { folder.remove() }
        let cache = BuildCacheTests()
        #expect(cache.build(folder).status == 0)
        let inputs = BuildInputs(
            content: folder.path + "/Content", templates: folder.path + "/Templates", options: [],
            environment: SitegenEnvironment(console: CapturedConsole().console, currentDirectory: folder.path),
            parallelism: .serial, executableRecord: ExecutableDigest.record(for: folder.path + "/Output"))
        #expect(inputs.executable == ContentDigest(file: ExecutableDigest.path))
        let key = ParsedModels.key(of: "a.txt", digest: ContentDigest("a"), executable: inputs.executable)
        #expect(key != ParsedModels.key(of: "a.txt", digest: ContentDigest("a"), executable: ContentDigest("b")))
    }
}
