#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The manifest's bytes read in place, a line and a field at a time: no line or field is
/// copied into an array of its own (a manifest has thousands of lines, each of four or five
/// fields), and only paths and texts become strings (``BuildCache/load(for:)``).
struct ManifestReader {
    /// The bytes of one line, or of one field of it, without the newline.
    typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    private let bytes: UnsafeBufferPointer<UInt8>
    /// Where the next line starts.
    private var position: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        position = 0
    }

    /// The next line, without its newline (the last line may have none); nil at the end.
    mutating func line() -> Bytes? {
        guard position < bytes.count else { return nil }
        let end = self.end(ofLineAt: position)
        defer { position = Swift.min(end + 1, bytes.count) }
        return bytes[position..<end]
    }

    /// The next `count` lines as one run of bytes, with the newlines between them but not
    /// the last one; nil when fewer are left.
    mutating func lines(_ count: Int) -> Bytes? {
        let start = position
        var end = position
        for _ in 0..<count {
            guard position < bytes.count else { return nil }
            end = self.end(ofLineAt: position)
            position = Swift.min(end + 1, bytes.count)
        }
        return bytes[start..<end]
    }

    /// Where the line starting at `start` ends: its newline, or the end of the bytes
    /// (found by `memchr`, many bytes a step).
    private func end(ofLineAt start: Int) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress,
            let newline = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start)
        else { return bytes.count }
        return base.distance(to: newline.assumingMemoryBound(to: UInt8.self))
    }

    /// A line's space-separated fields, read as
    /// `line.split(separator: " ", maxSplits: n)` gives them: runs of spaces between fields
    /// and before the first count as one, and the rest of the line after the last field
    /// read (``rest()``, a path, which may hold spaces) starts after one space.
    struct Fields {
        private var line: Bytes

        init(_ line: Bytes) { self.line = line }

        /// The next field; nil when none is left.
        mutating func next() -> Bytes? {
            guard let start = line.firstIndex(where: { $0 != UInt8(ascii: " ") }) else {
                line = line[line.endIndex...]
                return nil
            }
            let end = line[start...].firstIndex(of: UInt8(ascii: " ")) ?? line.endIndex
            defer { line = line[end...] }
            return line[start..<end]
        }

        /// The rest of the line after the space that ends the last field read; nil when it is
        /// empty.
        mutating func rest() -> Bytes? {
            var rest = line
            if rest.first == UInt8(ascii: " ") { rest = rest.dropFirst() }
            line = line[line.endIndex...]
            return rest.isEmpty ? nil : rest
        }
    }
}
