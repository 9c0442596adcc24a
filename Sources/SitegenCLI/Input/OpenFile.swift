import CompactCoding

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file open for reading at any offset, from any thread (a link in its place is
/// not followed); closed with its last reference. What the build reads back: a part of a
/// file from the old output, in pieces; a file of the build cache (the parsed models, the
/// compiled templates), mapped whole (``mapped()``).
final class OpenFile: Sendable {
    let descriptor: Int32
    let size: Int

    /// The regular file at `path`, open; nil for anything else, or when it cannot be opened.
    init?(_ path: String) {
        descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return nil
        }
        size = Int(status.st_size)
    }

    deinit { close(descriptor) }

    /// The bytes in `range`, or nil when they cannot all be read.
    func read(_ range: Range<Int>) -> [UInt8]? {
        guard range.lowerBound >= 0 else { return nil }
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: range.count) { buffer, count in
            var done = 0
            while done < range.count {
                let got = pread(
                    descriptor, buffer.baseAddress! + done, range.count - done, off_t(range.lowerBound + done))
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else { break }
                done += got
            }
            complete = done == range.count
            count = done
        }
        return complete ? bytes : nil
    }

    /// The whole file in memory: mapped read-only (the kernel's own pages, read when first
    /// touched, neither copied nor zeroed first), or read when it cannot be mapped; nil when
    /// neither works. The mapping outlives this object, for as long as anything holds it.
    ///
    /// Only for a file no program cuts short while it is mapped (reading a page past a new
    /// end would stop the program): the build cache's files are only ever appended to, or
    /// replaced whole by a rename, which leaves a mapping of the old file as it was.
    func mapped() -> CompactStorage? {
        guard size > 0 else { return CompactStorage(copying: []) }
        guard let start = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), start != MAP_FAILED else {
            return read(0..<size).map { CompactStorage(copying: $0) }
        }
        return CompactStorage(bytes: UnsafeRawBufferPointer(start: start, count: size)) {
            munmap(UnsafeMutableRawPointer(mutating: $0.baseAddress), $0.count)
        }
    }
}
