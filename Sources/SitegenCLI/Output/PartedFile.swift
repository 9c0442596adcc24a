import ParallelWork

/// A file made in parts by separate jobs, on any threads and in any order: each part goes
/// to the sink as soon as every part before it has, so the file is written in order
/// without being held whole (only parts made before their turn wait, in memory). The
/// parts with an input key are recorded, with where they are in the file, for the next
/// build (see ``BuildCache/Part``).
final class PartedFile: Sendable {
    let path: String
    /// The input key of each part, in order (nil: none, without a cache).
    let partKeys: [ContentDigest?]
    private let sink: any FileSink
    private let inputKey: ContentDigest?
    private let state = Locked(State())

    private struct State: Sendable {
        var stream: FileStream?
        /// The number of the next part to write.
        var next = 0
        /// Parts made before their turn, by number, with their digests when they have a key.
        var early: [Int: (bytes: PartBytes, digest: ContentDigest?)] = [:]
        /// The parts written so far that have an input key.
        var recorded: [BuildCache.Part] = []
    }

    /// The file at `path`, made of parts with the input keys `partKeys` (at least one part),
    /// for `sink`, made from `inputKey` (nil: from its own bytes).
    init(path: String, partKeys: [ContentDigest?], sink: any FileSink, inputKey: ContentDigest?) {
        precondition(!partKeys.isEmpty, "a file has at least one part")
        self.path = path
        self.partKeys = partKeys
        self.sink = sink
        self.inputKey = inputKey
    }

    /// Takes part `number` (from 0), whose digest is `known` if given; writes it, and any
    /// parts after it that wait, when its turn has come, and ends the file with its last part.
    func put(_ number: Int, _ bytes: PartBytes, digest known: ContentDigest? = nil) throws {
        // Digested before the lock, so that parts are digested on several threads at once.
        let digest = partKeys[number] == nil ? nil : known ?? bytes.digest
        try state.withLock { state in
            state.early[number] = (bytes, digest)
            guard state.early[state.next] != nil else { return }
            var stream = try state.stream ?? sink.begin(path)
            state.stream = nil
            while let (part, digest) = state.early.removeValue(forKey: state.next) {
                if let key = partKeys[state.next], let digest {
                    state.recorded.append(
                        BuildCache.Part(inputKey: key, digest: digest, offset: stream.size, size: part.count))
                }
                try sink.append(part, digest: digest, to: &stream)
                state.next += 1
            }
            if state.next == partKeys.count {
                try sink.end(stream, inputKey: inputKey)
                sink.record(state.recorded, of: path)
            } else {
                state.stream = stream
            }
        }
    }
}

/// The bytes of one part of a file made in parts: made by this build, or the same bytes
/// still in the previous build's file, never held whole: copied in the kernel when written
/// (``StagedOutput``), or read a chunk at a time (so the memory they pass through is used again).
enum PartBytes: Sendable {
    case made([UInt8])
    /// The bytes in a range of the old output's file, recorded with their digest (see
    /// ``FileSink/recordedFile(_:)``).
    case previous(OpenFile, Range<Int>)

    /// How many bytes are read from the old file at a time.
    static let chunkSize = 1 << 18

    var count: Int {
        switch self {
        case .made(let bytes): bytes.count
        case .previous(_, let range): range.count
        }
    }

    /// The digest of the bytes (read for a part of the old file).
    var digest: ContentDigest? {
        switch self {
        case .made(let bytes): ContentDigest(bytes)
        case .previous(let file, let range): file.read(range).map(ContentDigest.init)
        }
    }

    /// Gives the bytes of a part of the file at `path` to `body` in order: whole, or a chunk
    /// of the old file at a time.
    /// - Throws: what `body` throws, and `OutputWriter.Failure` when the old file can no
    ///   longer be read (it was cut short since the build began).
    func forEachChunk(of path: String, _ body: ([UInt8]) throws -> Void) throws {
        switch self {
        case .made(let bytes): try body(bytes)
        case .previous(let file, let range):
            for start in stride(from: range.lowerBound, to: range.upperBound, by: Self.chunkSize) {
                guard let chunk = file.read(start..<min(start + Self.chunkSize, range.upperBound)) else {
                    throw OutputWriter.Failure.io("cannot read the old output's '\(path)' (changed during the build)")
                }
                try body(chunk)
            }
        }
    }
}
