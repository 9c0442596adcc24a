#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files made in parts (``PartedFile``): begun, appended to part by part and ended in
/// the staging folder, the old output's parts copied in the kernel or, while the file is
/// the old one so far, left unwritten.
extension StagedOutput {
    /// Creates the file at `path` in the staging folder, to be written in pieces; while its
    /// parts are the recorded old file's, they are left unwritten (``FileStream/unwritten``).
    /// A copy of the file that a kept old output left there (``LinkedAhead``) is written
    /// over instead, from its start, and cut to its new size when it ends: writing over a
    /// file's pages costs less than freeing them and taking new ones (the open data's
    /// 48 MB, at N = 1,000: 28 ms against 57, in memory).
    func begin(_ path: String) throws -> FileStream {
        try makeFolders(for: path)
        let file = staging + "/" + path
        let reopened = reopen(file)
        var stream = FileStream(path: path, descriptor: try reopened ?? Self.create(file))
        stream.writesOver = reopened != nil
        if previous?.parts[path] != nil, recordedFile(path) != nil { stream.unwritten = 0 }
        return stream
    }

    /// Writes `part` into the file: one of the old file's, copied in the kernel where it can
    /// be (``KernelCopy``), so neither read nor digested here. The file's digest is made of
    /// its parts' digests (``FileStream/count(part:size:)``): the recorded one for a part of
    /// the old file, which is the recorded file (``previousBytes(of:in:)``). While each part
    /// so far has the digest, size and place of the old file's part, nothing is written: a
    /// file all of whose parts are the old file's is then linked (``end(_:inputKey:)``), and
    /// one whose part differs has the old file's first bytes copied first.
    /// - Throws: `OutputWriter.Failure` when the write fails, or the old file was cut short.
    func append(_ part: PartBytes, digest: ContentDigest?, to stream: inout FileStream) throws {
        guard let descriptor = stream.descriptor, let digest = digest ?? part.digest else {
            throw OutputWriter.Failure.io("cannot write '\(staging)/\(stream.path)': a part could not be read")
        }
        let old = previous?.parts[stream.path].flatMap {
            $0.indices.contains(stream.partCount) ? $0[stream.partCount] : nil
        }
        if let unwritten = stream.unwritten, let old, old.digest == digest, old.offset == unwritten,
            old.size == part.count
        {
            stream.unwritten = unwritten + part.count
        } else {
            try writeUnwritten(&stream)
            try writePart(part, to: descriptor, path: stream.path)
        }
        stream.count(part: digest, size: part.count)
    }

    /// Writes the old file's first bytes that `stream` left unwritten (copied from the file
    /// opened when the file began: ``recordedFile(_:)``).
    private func writeUnwritten(_ stream: inout FileStream) throws {
        guard let unwritten = stream.unwritten, let descriptor = stream.descriptor else { return }
        stream.unwritten = nil
        guard unwritten > 0 else { return }
        guard let file = recordedFile(stream.path) else {
            throw OutputWriter.Failure.io("cannot read the old output's '\(stream.path)'")
        }
        try writePart(.previous(file, 0..<unwritten), to: descriptor, path: stream.path)
    }

    /// Writes `part` at the end of the open file `descriptor` (at `path` in the staging
    /// folder): a part of the old file copied in the kernel where it can be, the rest (or
    /// all) read and written a chunk at a time.
    private func writePart(_ part: PartBytes, to descriptor: Int32, path: String) throws {
        var rest = part
        if case .previous(let file, let range) = part {
            let copied = KernelCopy.copy(range, of: file.descriptor, to: descriptor)
            rest = .previous(file, range.lowerBound + copied..<range.upperBound)
        }
        try rest.forEachChunk(of: path) { try Self.writeAll($0, to: descriptor, path: staging + "/" + path) }
    }

    /// Closes the file; when the old output has the same bytes, its copy takes the new one's
    /// place (else what was left unwritten is written first).
    func end(_ stream: FileStream, inputKey: ContentDigest?) throws {
        var stream = stream
        let (path, digest) = (stream.path, stream.digest)
        var entry = BuildCache.Entry(inputKey: inputKey ?? digest, digest: digest, size: stream.size)
        let linked = staging + "/" + path + ".sitegen-old"
        var reused = false
        if let old = previous?.entries[path], old.digest == digest,
            let stamp = linkFromOldOutput(path, holding: old, to: linked)
        {
            reused = rename(linked, staging + "/" + path) == 0
            if reused { entry.stamp = stamp } else { unlink(linked) }
        }
        if let descriptor = stream.descriptor {
            defer { close(descriptor) }
            if !reused {
                try writeUnwritten(&stream)
                if stream.writesOver, ftruncate(descriptor, off_t(stream.size)) != 0 {
                    throw OutputWriter.ioFailure("cannot write", staging + "/" + path)
                }
                entry.stamp = FileStamp(descriptor: descriptor)
            }
        }
        record(path, entry, reused: reused)
    }

    func record(_ parts: [BuildCache.Part], of path: String) {
        state.withLock { $0.written.parts[path] = parts }
    }

    /// The bytes of `part` of the old output's file at `path` (a regular file only), if
    /// they still have the part's digest: left unread, to be read as they are written, when
    /// the file is the one recorded (``BuildCache/isRecorded(_:for:)``; the file is opened
    /// once for all its parts), else read and digested.
    func previousBytes(of part: BuildCache.Part, in path: String) -> PartBytes? {
        let range = part.offset..<part.offset + part.size
        if let file = recordedFile(path), range.lowerBound >= 0, range.upperBound <= file.size {
            return .previous(file, range)
        }
        guard let file = OpenFile(target + "/" + path), let bytes = file.read(range) else { return nil }
        return ContentDigest(bytes) == part.digest ? .made(bytes) : nil
    }

    /// The old output's file at `path`, open, when it is the very file the previous build
    /// recorded (by its stamp); nil otherwise. Opened on the first call for `path`.
    private func recordedFile(_ path: String) -> OpenFile? {
        recordedFiles.withLock { files in
            if let known = files[path] { return known }
            let file = OpenFile(target + "/" + path).flatMap { file -> OpenFile? in
                guard let previous, let entry = previous.entries[path],
                    previous.isRecorded(FileStamp(descriptor: file.descriptor), for: entry)
                else { return nil }
                return file
            }
            files[path] = .some(file)
            return file
        }
    }
}
