import SourceAndOutput

/// A report text on disk as the build knows it after reading it once: where it is, the
/// path diagnostics name, and the digest of its bytes, but not the bytes. The steps that
/// need them (the parse, the text's pages) read the file again, and take it only if it
/// still has that digest, so a build never holds every text at once. A text whose stamp
/// the build cache recorded, older than its manifest, is not read at all: its recorded
/// digest is taken (``BuildCache/recordedText(_:stamp:)``).
struct TextFile: ReportText {
    /// The path diagnostics and source locations name (`Content/reports/leeds-2024.txt`).
    var path: String
    /// Where the file is read from.
    var file: String
    /// The digest of the bytes read first.
    var digest: ContentDigest
    /// The number of bytes read first.
    var size: Int
    /// The file's stamp, taken before it was read (so that a change while it is read
    /// changes its time after the stamp); nil for a link or anything but a regular file,
    /// and for a file changed too recently for its stamp to be trusted.
    var stamp: FileStamp?

    /// What a build recorded of a text for the next one: its stamp, digest and size.
    struct Record: Hashable, Sendable {
        var stamp: FileStamp
        var digest: ContentDigest
        var size: Int
    }

    /// The file at `file`: when `recorded` has its stamp, the recorded digest, unread;
    /// else read, digested and let go. A file that cannot be read is its error
    /// diagnostic, naming `path`. A stamp not older than `settled` (``FileStamp/settledTime()``,
    /// taken before) is not kept, so the text is not recorded and the next build reads it:
    /// a change made within the same tick of the file system's clock would keep its time.
    static func read(
        _ file: String, shownAs path: String, recorded: BuildCache?, settled: (seconds: Int, nanoseconds: Int)
    ) -> Result<TextFile, Unreadable> {
        let stamp = FileStamp(path: file).flatMap { $0.isOlder(than: settled) ? $0 : nil }
        if let stamp, let record = recorded?.recordedText(file, stamp: stamp) {
            return .success(TextFile(path: path, file: file, digest: record.digest, size: record.size, stamp: stamp))
        }
        return bytes(of: file, shownAs: path).map {
            TextFile(path: path, file: file, digest: ContentDigest($0), size: $0.count, stamp: stamp)
        }
    }

    /// What the build cache records of this text; nil when it has no stamp.
    var record: Record? {
        stamp.map { Record(stamp: $0, digest: digest, size: size) }
    }

    /// The text's bytes, read again; throws when they cannot be read or are no longer the
    /// bytes read first (the file changed during the build).
    func source() throws(Unreadable) -> ContentSource {
        let bytes = try Self.bytes(of: file, shownAs: path).get()
        guard ContentDigest(bytes) == digest else {
            throw Unreadable(path: path, reason: "the file changed during the build; build again")
        }
        return ContentSource(path: path, bytes: bytes)
    }

    /// The bytes of the file at `file`, or why they cannot be read.
    private static func bytes(of file: String, shownAs path: String) -> Result<[UInt8], Unreadable> {
        #if DEBUG
        reads.note(file)
        #endif
        return FileReading.contents(of: file).mapError { Unreadable(path: path, failure: $0) }
    }

    /// A text that could not be read, or changed since it was first read.
    struct Unreadable: Error, Sendable {
        var path: String
        var reason: String

        init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }

        /// The file at `path` could not be read.
        init(path: String, failure: FileReading.Failure) {
            self.init(path: path, reason: "cannot read file: \(failure.reason)")
        }

        /// The error diagnostic that says so, at the text's first line.
        var diagnostic: Diagnostic {
            Diagnostic(.error, reason, at: SourceLocation(file: path, line: 1))
        }
    }
}
