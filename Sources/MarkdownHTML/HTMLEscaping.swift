/// Escaping of text for HTML that sitegen writes itself (cmark-gfm and Mustache escape
/// their own output).
public enum HTMLEscaping {
    /// `text` with `&`, `<`, `>` and `"` as entities: safe in element content and in
    /// double-quoted attribute values.
    public static func escaped<S: StringProtocol>(_ text: S) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") }) else {
            return String(text)
        }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
