#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The tidying applied to every rendered page, so that template whitespace does not show in
/// the output and the same input always gives the same bytes.
enum PageNormalisation {
    /// `page` with `\n` line endings, no trailing spaces or tabs on any line, no blank lines
    /// at the start, runs of blank lines collapsed into one, and exactly one `\n` at the end
    /// (an all-blank page becomes empty). Applies inside fenced code blocks too.
    static func normalise(_ page: String) -> String {
        var page = page
        return String(decoding: page.withUTF8(normalise), as: UTF8.self)
    }

    /// ``normalise(_:)`` of the page's UTF-8 `bytes`, on the bytes (only ASCII bytes are
    /// removed, so valid UTF-8 stays valid).
    static func normalise(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var blankPending = false
        var start = 0
        /// Adds the line `start..<end` without its trailing spaces and tabs.
        func add(_ start: Int, _ end: Int) {
            var end = end
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            guard end > start else {
                blankPending = !result.isEmpty
                return
            }
            if blankPending { result.append(0x0A) }
            blankPending = false
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
            result.append(0x0A)
        }
        // A page without a CR (as nearly every page is) has its line breaks found by the C
        // library's `memchr`, which looks at many bytes at a time; another one byte by byte.
        let base = bytes.baseAddress
        let lineFeedsOnly = base.map { memchr($0, 0x0D, bytes.count) == nil } ?? true
        var index = 0
        while index < bytes.count {
            if lineFeedsOnly, let base {
                guard let found = memchr(base + index, 0x0A, bytes.count - index) else { break }
                index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            } else if bytes[index] != 0x0A && bytes[index] != 0x0D {
                index += 1
                continue
            }
            let byte = bytes[index]
            add(start, index)
            index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
            start = index
        }
        if start < bytes.count { add(start, bytes.count) }
        return result
    }

    /// `text` with every `\r\n` and `\r` turned into `\n`.
    static func unixLineEndings(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
        return lines(of: text).joined(separator: "\n")
    }

    /// The lines of `text`, split at `\n`, `\r\n` and `\r` (the last one may be empty).
    private static func lines(of text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    }
}
