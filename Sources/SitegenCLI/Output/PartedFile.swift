import ParallelWork

/// A file made in parts by separate jobs, on any threads and in any order: each part goes
/// to the sink as soon as every part before it has, so the file is written in order
/// without being held whole (only parts made before their turn wait, in memory).
final class PartedFile: Sendable {
    let path: String
    let partCount: Int
    private let sink: any FileSink
    private let inputKey: ContentDigest?
    private let state = Locked(State())

    private struct State: Sendable {
        var stream: FileStream?
        /// The number of the next part to write.
        var next = 0
        /// Parts made before their turn, by number.
        var early: [Int: [UInt8]] = [:]
    }

    /// The file at `path`, made of `partCount` parts (at least one), for `sink`, made from
    /// `inputKey` (nil: from its own bytes).
    init(path: String, partCount: Int, sink: any FileSink, inputKey: ContentDigest?) {
        precondition(partCount > 0, "a file has at least one part")
        self.path = path
        self.partCount = partCount
        self.sink = sink
        self.inputKey = inputKey
    }

    /// Takes part `number` (from 0); writes it, and any parts after it that wait, when its
    /// turn has come, and ends the file with its last part.
    func put(_ number: Int, _ bytes: [UInt8]) throws {
        try state.withLock { state in
            state.early[number] = bytes
            guard state.early[state.next] != nil else { return }
            var stream = try state.stream ?? sink.begin(path)
            state.stream = nil
            while let part = state.early.removeValue(forKey: state.next) {
                try sink.append(part, to: &stream)
                state.next += 1
            }
            if state.next == partCount {
                try sink.end(stream, inputKey: inputKey)
            } else {
                state.stream = stream
            }
        }
    }
}
