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
        var start = 0
        for index in bytes.indices where needsEscape(bytes[index]) {
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            switch bytes[index] {
            case UInt8(ascii: "&"): buffer.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): buffer.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): buffer.append(contentsOf: "&gt;".utf8)
            default: buffer.append(contentsOf: "&quot;".utf8)
            }
            start = index + 1
        }
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"")
    }
}
