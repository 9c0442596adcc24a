import CompactCoding
import Foundation
import ParallelWork

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file of the build cache that keeps byte strings by key, for what a build can read back
/// instead of making again (``ParsedModels``). Each entry's bytes
/// are recorded with the digest of them and their key: bytes that do not match it (damaged,
/// or moved to another key) are not given back. A missing or damaged file holds nothing.
///
/// The file: its format line, entries' bytes one after another, then the index (for each
/// entry its key and digest, 16 bytes each, where its bytes start, 8 bytes, and their
/// length, 4 bytes), then the number of entries (4 bytes) and the digest of the index and
/// that number (16 bytes). A build that records a few new entries **appends** them to the
/// file, with a new index and trailer, and leaves the bytes before untouched: the entries it
/// keeps are not copied, and a reader (or a build killed while appending) sees the last
/// complete index or a damaged file, never another entry's bytes. A file whose stamp is the
/// one the last build recorded once it had written it (``BuildCache/models``) is taken as
/// it was written: its entries' bytes are not digested again. Once the bytes no index
/// names grow past a quarter of those it does, the file is written again whole, replaced
/// atomically. It is mapped into memory whole (``OpenFile/mapped()``): an entry's pages are
/// read when first asked for, never copied, and what is decoded from an entry may keep a
/// part of them undecoded (an inspection's findings, until first read).
struct CachedBlobs: Sendable {
    private static let entrySize = 44
    private static let trailerSize = 20

    /// Where an entry's bytes are in the file, and their recorded digest.
    private struct Entry: Sendable {
        var range: Range<Int>
        var digest: ContentDigest
    }

    /// The file, open, its stamp when it was read, its bytes (mapped), where each entry's
    /// bytes are in it, by key, and whether it is the file as recorded (its entries' bytes
    /// are then not checked against their digests).
    private let file: OpenFile?
    let stamp: FileStamp?
    private let storage: CompactStorage?
    private let entries: [ContentDigest: Entry]
    private var isRecorded = false

    static let empty = CachedBlobs(file: nil, stamp: nil, storage: nil, entries: [:])

    /// The entries of the file at `path`, whose first line must be `formatLine`; taken
    /// unchecked when `isRecorded` says the file's stamp is the one recorded when it was
    /// written (the index and its digest are checked either way).
    static func load(
        _ path: String, formatLine: String, isRecorded: (FileStamp?) -> Bool = { _ in false }
    ) -> CachedBlobs {
        let format = Array((formatLine + "\n").utf8)
        guard let file = OpenFile(path), file.size >= format.count + trailerSize, let storage = file.mapped() else {
            return .empty
        }
        let bytes = storage.bytes
        func word<Word: FixedWidthInteger>(_ offset: Int, _ type: Word.Type) -> Word {
            Word(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Word.self))
        }
        let trailer = file.size - trailerSize
        let count = Int(word(trailer, UInt32.self))
        guard bytes.prefix(format.count).elementsEqual(format),
            (file.size - format.count - trailerSize) / entrySize >= count
        else { return .empty }
        let index = trailer - count * entrySize
        let recorded = ContentDigest(high: word(trailer + 4, UInt64.self), low: word(trailer + 12, UInt64.self))
        guard ContentDigest(buffer: UnsafeRawBufferPointer(rebasing: bytes[index..<trailer + 4])) == recorded else {
            return .empty
        }
        var entries: [ContentDigest: Entry] = [:]
        for at in stride(from: index, to: index + count * entrySize, by: entrySize) {
            let (start, length) = (Int(truncatingIfNeeded: word(at + 32, UInt64.self)), Int(word(at + 40, UInt32.self)))
            guard start >= format.count, start <= index, length <= index - start else { return .empty }
            entries[ContentDigest(high: word(at, UInt64.self), low: word(at + 8, UInt64.self))] = Entry(
                range: start..<start + length,
                digest: ContentDigest(high: word(at + 16, UInt64.self), low: word(at + 24, UInt64.self)))
        }
        var blobs = CachedBlobs(
            file: file, stamp: FileStamp(descriptor: file.descriptor), storage: storage, entries: entries)
        blobs.isRecorded = isRecorded(blobs.stamp)
        return blobs
    }

    /// Where the bytes recorded under `key` are, if they are intact (they have the entry's
    /// digest, or the file is the one recorded): in the file's storage (mapped), which
    /// whatever is decoded from them may keep.
    func bytes(of key: ContentDigest) -> (storage: CompactStorage, range: Range<Int>)? {
        guard let entry = entries[key], let storage else { return nil }
        guard !isRecorded else { return (storage, entry.range) }
        let bytes = UnsafeRawBufferPointer(rebasing: storage.bytes[entry.range])
        return Self.digest(of: bytes, key: key) == entry.digest ? (storage, entry.range) : nil
    }

    /// Whether the file's index names `key` (its bytes are not read, nor checked).
    func holds(_ key: ContentDigest) -> Bool { entries[key] != nil }

    /// Whether the file holds exactly the entries of `keys` (then it need not be written again).
    func holdsExactly(_ keys: Set<ContentDigest>) -> Bool {
        keys.count == entries.count && keys.allSatisfy { entries[$0] != nil }
    }

    /// The digest recorded with an entry's bytes: of the bytes and their key.
    private static func digest(of bytes: UnsafeRawBufferPointer, key: ContentDigest) -> ContentDigest {
        ContentDigest("\(key) \(ContentDigest(buffer: bytes))")
    }

    /// What to record under a key: the entry this file holds for it (which this build read
    /// back through ``bytes(of:)``, so it is intact), or new bytes.
    enum Blob: Sendable {
        case kept
        case made([UInt8])
    }

    /// Records the entries `keys` at `path`: under each key, what `blob` gives for its
    /// number (nil: nothing), made on every core a batch at a time and written in order; of
    /// two with the same key, the first. Appended to this file when it is still the one at
    /// `path` and mostly named by its index; else the file is written again whole, replaced
    /// atomically. A failure only costs the next build its shortcuts. The stamp of the file
    /// written, for the next build to know it by (nil when it could not be written).
    @discardableResult
    func save(
        _ keys: [ContentDigest], to path: String, formatLine: String, parallelism: Parallelism,
        blob: @Sendable (Int) -> Blob?
    ) -> FileStamp? {
        if let file, let stamp, let appending = appendTarget(path, file: file, stamp: stamp, keys: keys) {
            defer { close(appending) }
            let writer = BlobWriter(descriptor: appending, offset: file.size)
            guard write(keys, to: writer, appending: true, parallelism: parallelism, blob) else { return nil }
            return FileStamp(descriptor: appending)
        }
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        unlink(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        var writer = BlobWriter(descriptor: descriptor, offset: 0)
        let written =
            Array((formatLine + "\n").utf8).withUnsafeBytes { writer.append($0) }
            && write(keys, to: writer, appending: false, parallelism: parallelism, blob)
        let stamp = written ? FileStamp(descriptor: descriptor) : nil
        close(descriptor)
        guard let stamp, rename(temporary, path) == 0 else {
            unlink(temporary)
            return nil
        }
        return stamp
    }

    /// The file at `path` open for appending, when it is still this file (the same stamp)
    /// and the bytes its index would no longer name are few; nil to write it again whole.
    private func appendTarget(_ path: String, file: OpenFile, stamp: FileStamp, keys: [ContentDigest]) -> Int32? {
        let kept = Set(keys).reduce(0) { $0 + (entries[$1]?.range.count ?? 0) }
        guard (file.size - kept) * 4 <= kept else { return nil }
        let descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        guard FileStamp(descriptor: descriptor) == stamp else {
            close(descriptor)
            return nil
        }
        return descriptor
    }

    /// Writes the entries and then the index and trailer through `writer`, the kept entries
    /// named where they are when `appending`, else copied; whether all was written.
    private func write(
        _ keys: [ContentDigest], to writer: BlobWriter, appending: Bool, parallelism: Parallelism,
        _ blob: @Sendable (Int) -> Blob?
    ) -> Bool {
        var writer = writer
        var index: [UInt8] = []
        func append<Word: FixedWidthInteger>(_ word: Word) {
            withUnsafeBytes(of: word.littleEndian) { index.append(contentsOf: $0) }
        }
        func record(_ key: ContentDigest, _ digest: ContentDigest, _ range: Range<Int>) {
            for word in [key.high, key.low, digest.high, digest.low, UInt64(range.lowerBound)] { append(word) }
            append(UInt32(range.count))
        }
        var written: Set<ContentDigest> = []
        // A new entry is made and digested on every core; only the writes are in order.
        @Sendable func made(_ number: Int) -> (blob: Blob?, digest: ContentDigest?) {
            let made = blob(number)
            guard case .made(let bytes) = made else { return (made, nil) }
            return (made, bytes.withUnsafeBytes { Self.digest(of: $0, key: keys[number]) })
        }
        for batch in stride(from: 0, to: keys.count, by: 64).map({ $0..<min($0 + 64, keys.count) }) {
            for (number, (made, digest)) in zip(batch, Array(batch).parallelMap(parallelism, made))
            where made != nil && written.insert(keys[number]).inserted {
                let key = keys[number]
                if case .kept = made, let old = entries[key] {
                    if appending {
                        record(key, old.digest, old.range)
                        continue
                    }
                    guard let storage else { return false }
                    let start = writer.offset
                    guard writer.append(UnsafeRawBufferPointer(rebasing: storage.bytes[old.range])) else {
                        return false
                    }
                    record(key, old.digest, start..<writer.offset)
                } else if case .made(let bytes) = made, let digest {
                    let start = writer.offset
                    guard bytes.withUnsafeBytes({ writer.append($0) }) else { return false }
                    record(key, digest, start..<writer.offset)
                } else {
                    written.remove(key)
                }
            }
        }
        append(UInt32(written.count))
        let digest = ContentDigest(index)
        append(digest.high)
        append(digest.low)
        return index.withUnsafeBytes { writer.append($0) }
    }
}

/// Writes bytes one after another into an open file from an offset.
private struct BlobWriter {
    let descriptor: Int32
    var offset: Int

    /// Writes `bytes` at the offset, and moves it past them; false when they could not all be written.
    mutating func append(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var done = 0
        while done < bytes.count {
            let result = pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { return false }
            done += result
        }
        offset += done
        return true
    }
}
