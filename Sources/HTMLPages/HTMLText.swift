/// Escaping of text for HTML written by sitegen itself (not by cmark-gfm or Mustache).
enum HTMLText {
    /// `text` with `&`, `<`, `>` and `"` as entities: safe in element content and in
    /// double-quoted attribute values.
    static func escaped(_ text: Substring) -> String {
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

    static func escaped(_ text: String) -> String { escaped(text[...]) }
}
