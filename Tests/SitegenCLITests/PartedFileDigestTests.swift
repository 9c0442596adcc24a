import Foundation
import Testing

@testable import SitegenCLI

/// The digest the build cache records for a file made in parts is made of its parts'
/// digests and sizes, so that a part kept from the old file is copied (in the kernel where
/// it can be) without being read or digested again; the digest still tells any changed
/// byte, and an old file that no longer has its stamp is checked part by part.
@Suite struct PartedFileDigestTests {
    let cache = BuildCacheTests()
    let parted = ["data/inspections.json", "data/key-questions.csv", "data/standards.csv"]

    @Test func aFileMadeInPartsIsRecordedWithTheDigestOfItsPartsWhichTellsAnyChangedByte() throws {
        let folder = try cache.project()
        defer { folder.remove() }
        #expect(PartedFileCacheTests().build(folder).status == 0)  // parts of one inspection (PDU) each
        let recorded = try #require(BuildCache.load(for: folder.path + "/Output"))
        for path in parted {
            let entry = try #require(recorded.entries[path])
            let parts = try #require(recorded.parts[path])
            let file = folder.path + "/Output/" + path
            let bytes = try #require(FileManager.default.contents(atPath: file).map(Array.init))
            #expect(parts.count > 1 && parts.reduce(0) { $0 + $1.size } == bytes.count)
            var hasher = ContentDigest.Hasher()
            for part in parts {
                hasher.combine(
                    part: ContentDigest(Array(bytes[part.offset..<part.offset + part.size])), size: part.size)
            }
            #expect(entry.digest == hasher.finalize())
            #expect(ContentDigest(file: file, parts: parts) == entry.digest)
            #expect(entry.digest != ContentDigest(bytes), "not the digest of the bytes")
            // One byte changed at the start, middle or end of any part changes the digest.
            for part in parts {
                for offset in [part.offset, part.offset + part.size / 2, part.offset + part.size - 1] {
                    var changed = bytes
                    changed[offset] ^= 0x20
                    try Data(changed).write(to: URL(fileURLWithPath: file))
                    #expect(ContentDigest(file: file, parts: parts) != entry.digest, "\(path) at \(offset)")
                }
            }
            try Data(bytes).write(to: URL(fileURLWithPath: file))
            #expect(ContentDigest(file: file, parts: parts) == entry.digest)
            // Parts that are not the file's bytes one after another, from start to end: no digest.
            #expect(ContentDigest(file: file, parts: Array(parts.dropFirst())) == nil)
            #expect(ContentDigest(file: file, parts: Array(parts.dropLast())) == nil)
        }
    }

    /// A file made in parts whose stamp is no longer the recorded one is read and checked
    /// part by part: with its bytes unchanged the output is still up to date; with one byte
    /// changed it is made again, and the output is a clean build's.
    @Test func aFileMadeInPartsWithAnotherStampIsCheckedByItsParts() throws {
        let folder = try cache.project()
        defer { folder.remove() }
        #expect(cache.build(folder).status == 0)
        let before = cache.snapshot(folder)
        let file = folder.path + "/Output/data/inspections.json"
        let bytes = try #require(FileManager.default.contents(atPath: file))
        try FileManager.default.removeItem(atPath: file)
        try bytes.write(to: URL(fileURLWithPath: file))  // the same bytes, another inode and time
        let again = cache.build(folder)
        #expect(again.status == 0 && again.console.standardOutput.contains("Up to date"))
        var changed = Array(bytes)
        changed[changed.count / 2] ^= 0x20
        try Data(changed).write(to: URL(fileURLWithPath: file))
        let rebuilt = cache.build(folder)
        #expect(rebuilt.status == 0 && rebuilt.console.standardOutput.contains("Built Output"))
        #expect(cache.snapshot(folder) == before)
    }

    /// A part of the old file goes into the new one whole, copied in the kernel on the same
    /// file system and by reading and writing across file systems; a file cut short since
    /// is an error, never fewer bytes.
    @Test func aPartOfTheOldFileIsCopiedWholeOrTheWriteFails() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bytes = (0..<(PartBytes.chunkSize * 2 + 1000)).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        try Data(bytes).write(to: URL(fileURLWithPath: folder.path + "/old"))
        let old = try #require(OpenFile(folder.path + "/old"))
        let range = 10..<bytes.count - 5
        let digest = ContentDigest(Array(bytes[range]))
        let shared = "/dev/shm"
        let outputs = [folder.path + "/Out"] + (FileManager.default.fileExists(atPath: shared) ? [shared] : [])
        for parent in outputs {
            let output = parent == shared ? shared + "/sitegen-copy-\(getpid())" : parent
            defer { OutputWriter.removeTree(output) }
            let staged = try StagedOutput(directory: output)
            var stream = try staged.begin("data/part.txt")
            try staged.append(.previous(old, range), digest: digest, to: &stream)
            try staged.append(.made([1, 2, 3]), digest: nil, to: &stream)
            try staged.end(stream, inputKey: nil)
            var hasher = ContentDigest.Hasher()
            hasher.combine(part: digest, size: range.count)
            hasher.combine(part: ContentDigest([1, 2, 3]), size: 3)
            #expect(staged.written.entries["data/part.txt"]?.digest == hasher.finalize())
            #expect(staged.written.entries["data/part.txt"]?.size == range.count + 3)
            try staged.commit()
            let written = FileManager.default.contents(atPath: output + "/data/part.txt").map(Array.init)
            #expect(written == Array(bytes[range]) + [1, 2, 3], "\(parent)")
        }
        #if os(Linux)
        let target = open(folder.path + "/copy", O_WRONLY | O_CREAT | O_EXCL, 0o644)
        #expect(KernelCopy.copy(range, of: old.descriptor, to: target) == range.count, "in the kernel")
        close(target)
        #expect(FileManager.default.contents(atPath: folder.path + "/copy").map(Array.init) == Array(bytes[range]))
        #endif
        #expect(truncate(folder.path + "/old", off_t(PartBytes.chunkSize)) == 0)
        let staged = try StagedOutput(directory: folder.path + "/Cut")
        defer { staged.discard() }
        var stream = try staged.begin("data/part.txt")
        #expect(throws: OutputWriter.Failure.self) {
            try staged.append(.previous(old, range), digest: digest, to: &stream)
        }
        #expect(stream.size == 0)
    }
}
