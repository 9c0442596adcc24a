import SourceAndOutput

/// Where the build puts each file as soon as it is made: the staging folder of the output
/// (``StagedOutput``), a comparison with the output (``OutputCheck``), or memory.
protocol FileSink: Sendable {
    /// Takes `file`, made from `inputKey` (nil: from its own bytes).
    func add(_ file: ExportFile, inputKey: ContentDigest?) throws
    /// Takes the file at `path` as the previous build made it from `inputKey`, if it can;
    /// false when the caller must make the file.
    func reuse(_ path: String, inputKey: ContentDigest) throws -> Bool
    /// Starts the file at `path`, to be given in parts, in order, by ``append(_:digest:to:)``,
    /// and ended by ``end(_:inputKey:)``: a large file is never held whole.
    func begin(_ path: String) throws -> FileStream
    /// Takes the next part of a file begun with ``begin(_:)``, whose digest is `digest` when
    /// known (a part of the old file always comes with its recorded digest).
    func append(_ part: PartBytes, digest: ContentDigest?, to stream: inout FileStream) throws
    /// Ends a file begun with ``begin(_:)``, made from `inputKey` (nil: from its own bytes).
    func end(_ stream: FileStream, inputKey: ContentDigest?) throws
    /// The bytes of `part` of the file at `path` as the previous build wrote them, if they
    /// are still there with its digest; nil when the part must be made.
    func previousBytes(of part: BuildCache.Part, in path: String) -> PartBytes?
    /// Records the parts of the file at `path` (made in parts) with their input keys, for the next build.
    func record(_ parts: [BuildCache.Part], of path: String)
}

extension FileSink {
    func add(_ file: ExportFile) throws { try add(file, inputKey: nil) }
    func reuse(_ path: String, inputKey: ContentDigest) throws -> Bool { false }
    func previousBytes(of part: BuildCache.Part, in path: String) -> PartBytes? { nil }
    func record(_ parts: [BuildCache.Part], of path: String) {}

    /// By default the parts' bytes are kept, and the file is added whole at the end.
    func begin(_ path: String) throws -> FileStream { FileStream(path: path) }
    func append(_ part: PartBytes, digest: ContentDigest?, to stream: inout FileStream) throws {
        try part.forEachChunk(of: stream.path) { bytes in
            stream.count(bytes)
            stream.kept += bytes
        }
    }
    func end(_ stream: FileStream, inputKey: ContentDigest?) throws {
        try add(ExportFile(path: stream.path, contents: stream.kept), inputKey: inputKey)
    }
}

/// A file a ``FileSink`` takes in parts: its path, the digest and size of what it took so
/// far, and where the sink puts them (an open file, memory, or nowhere). The digest is of
/// the bytes (``count(_:)``) or, for a sink that records the parts (``StagedOutput``), of
/// the parts' digests and sizes (``count(part:size:)``).
struct FileStream: Sendable {
    let path: String
    /// The open file the sink writes the pieces to, if any.
    var descriptor: Int32?
    /// The pieces so far, for a sink that keeps them.
    var kept: [UInt8] = []
    /// For ``StagedOutput``: how many bytes at the start of the file are the old output's
    /// recorded file's, part for part, and left unwritten until a part differs (then copied
    /// from it), or the file ends as the old one (then linked); nil once written.
    var unwritten: Int?
    /// For ``StagedOutput``: whether the open file held an old copy, written over from its
    /// start (and cut to ``size`` when it ends).
    var writesOver = false
    /// The number of parts taken so far (``count(part:size:)``).
    private(set) var partCount = 0
    private var hasher = ContentDigest.Hasher()
    private(set) var size = 0

    init(path: String, descriptor: Int32? = nil) {
        self.path = path
        self.descriptor = descriptor
    }

    /// Adds `bytes` to the digest and the size.
    mutating func count(_ bytes: [UInt8]) {
        hasher.combine(bytes)
        size += bytes.count
    }

    /// Adds a part of `size` bytes whose digest is `digest` to the digest (see
    /// ``ContentDigest/Hasher/combine(part:size:)``) and the size.
    mutating func count(part digest: ContentDigest, size: Int) {
        hasher.combine(part: digest, size: size)
        self.size += size
        partCount += 1
    }

    /// The digest of every piece so far.
    var digest: ContentDigest { hasher.finalize() }
}
