import Foundation

/// A file of the build cache that keeps byte strings by key, for what a build can read back
/// instead of making again (``ParsedModels``, ``InspectionFragments``). Each entry's bytes
/// are recorded with the digest of them and their key: bytes that do not match it (damaged,
/// or moved to another key) are not given back. A missing or damaged file holds nothing.
///
/// The file: its format line, the number of entries (4 bytes), then for each its key and
/// digest (16 bytes each) and length (4 bytes), then their bytes one after another. It is
/// mapped, not read: only the entries asked for are touched.
struct CachedBlobs: Sendable {
    private static let entrySize = 36

    /// The file's bytes (mapped) and where each entry's bytes are in it, by key.
    private let file: Data
    private let entries: [ContentDigest: (range: Range<Int>, digest: ContentDigest)]

    private init(file: Data, entries: [ContentDigest: (range: Range<Int>, digest: ContentDigest)]) {
        self.file = file
        self.entries = entries
    }

    static let empty = CachedBlobs(file: Data(), entries: [:])

    var count: Int { entries.count }

    /// The entries of the file at `path`, whose first line must be `formatLine`.
    static func load(_ path: String, formatLine: String) -> CachedBlobs {
        let format = Array((formatLine + "\n").utf8)
        guard let file = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
            return .empty
        }
        var entries: [ContentDigest: (range: Range<Int>, digest: ContentDigest)] = [:]
        let valid = file.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
            let start = format.count + 4
            guard bytes.count >= start, bytes.prefix(format.count).elementsEqual(format) else { return false }
            func word<Word: FixedWidthInteger>(_ offset: Int, _ type: Word.Type) -> Word {
                Word(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Word.self))
            }
            let count = Int(word(format.count, UInt32.self))
            guard (bytes.count - start) / entrySize >= count else { return false }
            var offset = start + count * entrySize
            for entry in 0..<count {
                let at = start + entry * entrySize
                let length = Int(word(at + 32, UInt32.self))
                guard length <= bytes.count - offset else { return false }
                entries[ContentDigest(high: word(at, UInt64.self), low: word(at + 8, UInt64.self))] = (
                    offset..<offset + length,
                    ContentDigest(high: word(at + 16, UInt64.self), low: word(at + 24, UInt64.self))
                )
                offset += length
            }
            return offset == bytes.count
        }
        return valid ? CachedBlobs(file: file, entries: entries) : .empty
    }

    /// The bytes recorded under `key`, if they are intact.
    func bytes(of key: ContentDigest) -> Data? {
        guard let entry = entries[key] else { return nil }
        let bytes = file[entry.range]
        return Self.digest(of: bytes, key: key) == entry.digest ? bytes : nil
    }

    /// Whether the file holds exactly the entries of `keys` (then it need not be written again).
    func holdsExactly(_ keys: Set<ContentDigest>) -> Bool {
        keys.count == entries.count && keys.allSatisfy { entries[$0] != nil }
    }

    /// The digest recorded with an entry's bytes: of the bytes and their key.
    private static func digest(of bytes: Data, key: ContentDigest) -> ContentDigest {
        ContentDigest("\(key) \(bytes.withUnsafeBytes { ContentDigest(buffer: $0) })")
    }

    /// Writes `entries` (the last of two with the same key) as the file at `path`, replaced
    /// atomically; a failure only costs the next build its shortcuts.
    static func save(_ entries: [(key: ContentDigest, bytes: Data)], to path: String, formatLine: String) {
        var unique: [ContentDigest: Data] = [:]
        for (key, bytes) in entries { unique[key] = bytes }
        let sorted = unique.sorted { ($0.key.high, $0.key.low) < ($1.key.high, $1.key.low) }
        var header = Data((formatLine + "\n").utf8)
        func append<Word: FixedWidthInteger>(_ word: Word) {
            withUnsafeBytes(of: word.littleEndian) { header.append(contentsOf: $0) }
        }
        append(UInt32(sorted.count))
        for (key, bytes) in sorted {
            let digest = digest(of: bytes, key: key)
            for word in [key.high, key.low, digest.high, digest.low] { append(word) }
            append(UInt32(bytes.count))
        }
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: temporary, contents: header),
            let handle = FileHandle(forWritingAtPath: temporary)
        else { return }
        do {
            _ = try handle.seekToEnd()
            for (_, bytes) in sorted { try handle.write(contentsOf: bytes) }
            try handle.close()
            guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
        }
    }
}
