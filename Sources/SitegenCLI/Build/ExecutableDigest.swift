import Foundation
import ParallelWork

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The digest of sitegen's own executable (a new build of sitegen is a new input of every
/// page and parse), taken from a record in the build cache (`.sitegen-cache/<output
/// name>/executable`) while the executable's stamp is the recorded one, instead of reading
/// its 20 MB again (90 MB with the Swift runtime linked in, as `make install` builds it).
///
/// The stamp is what `stat` says of the file: device, inode, size, modification time and
/// change time (to the nanosecond). Writing to the file changes its modification time and
/// its change time, putting another file in its place its inode, and no program can set a
/// change time: a changed executable never has the old one's stamp. A stamp is recorded
/// only when both its times are settled (``FileStamp/settledTime()``), and only when the
/// file had it both before and after it was read. A record whose check line is not the
/// digest of its first line is damaged, and not used. Within one process (`build --watch`,
/// the tests) a file is read once per stamp.
enum ExecutableDigest {
    /// The running sitegen executable's path.
    static let path = Bundle.main.executablePath ?? CommandLine.arguments[0]

    /// The record's file for the output folder `output`.
    static func record(for output: String) -> String { BuildCache.folder(of: output) + "/executable" }

    /// The digest of the file at `path` (its path's digest when it cannot be read): the one
    /// in `record` when the file's stamp is the recorded one; else read, and recorded there
    /// when its stamp is settled by `settled` (nil `record`: neither read nor written).
    static func of(
        _ path: String, record: String?, settled: (seconds: Int, nanoseconds: Int) = FileStamp.settledTime()
    ) -> ContentDigest {
        guard let handle = FileHandle(forReadingAtPath: path) else { return ContentDigest(path) }
        defer { try? handle.close() }
        let before = stamp(of: handle.fileDescriptor)
        if let record, let before, let recorded = recorded(in: record, stamp: before) { return recorded }
        let known = before.flatMap { before in read.withLock { $0[before.text] } }
        guard let digest = known ?? ContentDigest(reading: handle) else { return ContentDigest(path) }
        // A file changed while it was read has no stamp for its digest.
        guard let before, known != nil || stamp(of: handle.fileDescriptor) == before else { return digest }
        read.withLock { $0[before.text] = digest }
        if let record, before.isSettled(settled) { write(digest, stamp: before, to: record) }
        return digest
    }

    /// The digests this process read, by the file's stamp.
    private static let read = Locked<[String: ContentDigest]>([:])

    /// The stamp of the open file (``FileStamp``) with its change time:
    /// `device:inode:size:modified:changed`, times as `seconds.nanoseconds`.
    private struct Stamp: Equatable {
        var file: FileStamp
        var changed: (seconds: Int, nanoseconds: Int)

        var text: String { "\(file.description):\(changed.seconds).\(changed.nanoseconds)" }

        static func == (left: Stamp, right: Stamp) -> Bool { left.file == right.file && left.changed == right.changed }

        /// Whether both its times are before `settled`.
        func isSettled(_ settled: (seconds: Int, nanoseconds: Int)) -> Bool {
            file.isOlder(than: settled) && changed < settled
        }
    }

    private static func stamp(of descriptor: Int32) -> Stamp? {
        FileStamp.withChangeTime(descriptor: descriptor).map { Stamp(file: $0.stamp, changed: $0.changed) }
    }

    /// The record's two lines: the stamp and the digest, then the digest of that line.
    private static func lines(_ digest: ContentDigest, stamp: Stamp) -> String {
        let first = "\(stamp.text) \(digest)"
        return "\(first)\n\(ContentDigest(first))\n"
    }

    /// The digest `record` holds for a file of stamp `stamp`; nil when it holds another
    /// stamp, is damaged, or cannot be read.
    private static func recorded(in record: String, stamp: Stamp) -> ContentDigest? {
        guard case .success(let bytes) = FileReading.contents(of: record) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let digestStart = text.lastIndex(of: " "),
            let digest = ContentDigest(hex: text.utf8[text.index(after: digestStart)...].prefix(32)),
            text == lines(digest, stamp: stamp)
        else { return nil }
        return digest
    }

    /// Records `digest` for a file of stamp `stamp` at `record` (replaced whole, atomically;
    /// nothing when its folder does not exist: the cache's first build makes it).
    private static func write(_ digest: ContentDigest, stamp: Stamp, to record: String) {
        let temporary = record + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(lines(digest, stamp: stamp).utf8))
        else { return }
        if rename(temporary, record) != 0 { unlink(temporary) }
    }
}
