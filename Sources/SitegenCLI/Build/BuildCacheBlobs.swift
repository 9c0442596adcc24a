import Foundation
import ParallelWork

/// A file of the build cache that keeps byte strings by key, for what a build can read back
/// instead of making again (``ParsedModels``). Each entry's bytes
/// are recorded with the digest of them and their key: bytes that do not match it (damaged,
/// or moved to another key) are not given back. A missing or damaged file holds nothing.
///
/// The file: its format line, every entry's bytes one after another, then the index (for
/// each entry its key and digest, 16 bytes each, and its length, 4 bytes), then the number
/// of entries (4 bytes): written as the entries are made, without holding them all. It is
/// read an entry at a time, when asked for: a build that reads back every entry holds what
/// it made of them, not the file too.
struct CachedBlobs: Sendable {
    private static let entrySize = 36

    /// The file, open, and where each entry's bytes are in it, by key.
    private let file: OpenFile?
    private let entries: [ContentDigest: (range: Range<Int>, digest: ContentDigest)]

    static let empty = CachedBlobs(file: nil, entries: [:])

    /// The entries of the file at `path`, whose first line must be `formatLine`.
    static func load(_ path: String, formatLine: String) -> CachedBlobs {
        let format = Array((formatLine + "\n").utf8)
        guard let file = OpenFile(path), file.size >= format.count + 4, file.read(0..<format.count) == format,
            let last = file.read(file.size - 4..<file.size)
        else { return .empty }
        let count = Int(UInt32(littleEndian: last.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }))
        guard (file.size - format.count - 4) / entrySize >= count else { return .empty }
        let index = file.size - 4 - count * entrySize
        guard let indexBytes = file.read(index..<file.size - 4) else { return .empty }
        var entries: [ContentDigest: (range: Range<Int>, digest: ContentDigest)] = [:]
        let valid = indexBytes.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
            func word<Word: FixedWidthInteger>(_ offset: Int, _ type: Word.Type) -> Word {
                Word(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Word.self))
            }
            var offset = format.count
            for entry in 0..<count {
                let at = entry * entrySize
                let length = Int(word(at + 32, UInt32.self))
                guard length <= index - offset else { return false }
                entries[ContentDigest(high: word(at, UInt64.self), low: word(at + 8, UInt64.self))] = (
                    offset..<offset + length,
                    ContentDigest(high: word(at + 16, UInt64.self), low: word(at + 24, UInt64.self))
                )
                offset += length
            }
            return offset == index
        }
        return valid ? CachedBlobs(file: file, entries: entries) : .empty
    }

    /// The bytes recorded under `key`, if they are intact.
    func bytes(of key: ContentDigest) -> [UInt8]? {
        guard let entry = entries[key], let bytes = file?.read(entry.range) else { return nil }
        return Self.digest(of: bytes, key: key) == entry.digest ? bytes : nil
    }

    /// The bytes recorded under `key` and their recorded digest, unchecked: for copying an
    /// entry this build already read back through ``bytes(of:)``.
    func recorded(_ key: ContentDigest) -> (bytes: [UInt8], digest: ContentDigest)? {
        guard let entry = entries[key], let bytes = file?.read(entry.range) else { return nil }
        return (bytes, entry.digest)
    }

    /// Whether the file holds exactly the entries of `keys` (then it need not be written again).
    func holdsExactly(_ keys: Set<ContentDigest>) -> Bool {
        keys.count == entries.count && keys.allSatisfy { entries[$0] != nil }
    }

    /// The digest recorded with an entry's bytes: of the bytes and their key.
    private static func digest(of bytes: [UInt8], key: ContentDigest) -> ContentDigest {
        ContentDigest("\(key) \(bytes.withUnsafeBytes { ContentDigest(buffer: $0) })")
    }

    /// Writes the file at `path`, replaced atomically, with the entries `entry` gives for
    /// `0..<count` (nil: none; an entry copied from this file with its recorded digest),
    /// made on every core a batch at a time and written in order; of two with the same
    /// key, the first. A failure only costs the next build its shortcuts.
    static func save(
        count: Int, to path: String, formatLine: String, parallelism: Parallelism,
        entry: @Sendable (Int) -> (key: ContentDigest, bytes: [UInt8], digest: ContentDigest?)?
    ) {
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: temporary, contents: Data((formatLine + "\n").utf8)),
            let handle = FileHandle(forWritingAtPath: temporary)
        else { return }
        do {
            _ = try handle.seekToEnd()
            var index = Data()
            func append<Word: FixedWidthInteger>(_ word: Word) {
                withUnsafeBytes(of: word.littleEndian) { index.append(contentsOf: $0) }
            }
            var written: Set<ContentDigest> = []
            for batch in stride(from: 0, to: count, by: 64).map({ $0..<min($0 + 64, count) }) {
                for case (let key, let bytes, let recorded)? in Array(batch).parallelMap(parallelism, entry)
                where written.insert(key).inserted {
                    try handle.write(contentsOf: bytes)
                    let digest = recorded ?? digest(of: bytes, key: key)
                    for word in [key.high, key.low, digest.high, digest.low] { append(word) }
                    append(UInt32(bytes.count))
                }
            }
            append(UInt32(written.count))
            try handle.write(contentsOf: index)
            try handle.close()
            guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporary)
        }
    }
}
