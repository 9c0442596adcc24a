#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes copied from one open file to another inside the kernel, never through this
/// process's memory: Linux's `copy_file_range(2)`, which a file system may also do by
/// sharing blocks. What a one-report rebuild uses to carry the unchanged parts of the old
/// output's files made in parts (``PartBytes/previous(_:_:)``) into the new ones.
enum KernelCopy {
    /// Copies up to `range.count` bytes from `range.lowerBound` of the open file `source` to
    /// the open file `destination`, at its offset (which moves past them); the number of
    /// bytes copied, from the start of `range`. Fewer than asked (none where the system
    /// cannot copy in the kernel, e.g. between two file systems, or when `source` ends
    /// before the range does): the caller copies the rest itself, by reading and writing,
    /// and so finds out whether `source` was cut short.
    static func copy(_ range: Range<Int>, of source: Int32, to destination: Int32) -> Int {
        guard let copyFileRange, range.lowerBound >= 0 else { return 0 }
        var offset = Int64(range.lowerBound)
        while offset < range.upperBound {
            let copied = copyFileRange(source, &offset, destination, nil, range.upperBound - Int(offset), 0)
            if copied < 0 && errno == EINTR { continue }
            guard copied > 0 else { break }
        }
        return Int(offset) - range.lowerBound
    }

    private typealias CopyFileRange =
        @convention(c) (
            Int32, UnsafeMutablePointer<Int64>?, Int32, UnsafeMutablePointer<Int64>?, Int, UInt32
        ) -> Int

    /// `copy_file_range` from the C library, which Swift's `Glibc` module does not declare
    /// (it is a GNU extension); nil where there is none.
    private static let copyFileRange: CopyFileRange? = {
        #if os(Linux)
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "copy_file_range") else { return nil }
        return unsafeBitCast(symbol, to: CopyFileRange.self)
        #else
        return nil
        #endif
    }()
}
