/// Escaping of text for HTML that sitegen writes itself (cmark-gfm and Mustache escape
/// their own output).
public enum HTMLEscaping {
    /// `text` with `&`, `<`, `>` and `"` as entities: safe in element content and in
    /// double-quoted attribute values.
    public static func escaped<S: StringProtocol>(_ text: S) -> String {
        var string = String(text)
        guard string.utf8.contains(where: needsEscape) else { return string }
        var result: [UInt8] = []
        result.reserveCapacity(string.utf8.count + 16)
        string.withUTF8 { append($0, to: &result) }
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends the UTF-8 `bytes`, escaped as ``escaped(_:)`` does, to `buffer`.
    public static func append(_ bytes: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8]) {
        var written = 0
        var index = firstToEscape(in: bytes, from: 0)
        while index < bytes.count {
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[written..<index]))
            switch bytes[index] {
            case UInt8(ascii: "&"): buffer.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): buffer.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): buffer.append(contentsOf: "&gt;".utf8)
            default: buffer.append(contentsOf: "&quot;".utf8)
            }
            written = index + 1
            index = firstToEscape(in: bytes, from: written)
        }
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[written...]))
    }

    /// The index of the first byte from `start` on that ``needsEscape(_:)``, or the end. Eight
    /// bytes are ruled out at a time (a text has few of these bytes), the rest one by one.
    private static func firstToEscape(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index + 8 <= bytes.count, !mayNeedEscape(base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
            }
        }
        while index < bytes.count, !needsEscape(bytes[index]) { index += 1 }
        return index
    }

    /// Whether one of the eight bytes of `word` may be one that ``needsEscape(_:)`` (exactly:
    /// false only when none is). `<` and `>` differ only in the bit 0x02, `"` and `&` only
    /// in the bit 0x04, so each pair is one comparison with that bit set.
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        /// Whether a byte of `word` is zero (exactly).
        func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & (ones &* 0x80) != 0 }
        return hasZeroByte((word | ones &* 0x02) ^ (ones &* 0x3E))
            || hasZeroByte((word | ones &* 0x04) ^ (ones &* 0x26))
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"")
    }
}
