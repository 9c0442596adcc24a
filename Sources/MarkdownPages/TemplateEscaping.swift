import Mustache

/// How `{{name}}` escapes a value: Markdown (our ``MarkdownContentType``), Mustache's `HTML`
/// (by ``MustacheHTMLEscaping``, on the bytes), or another content type's own `escapeText`
/// (Mustache's `TEXT`, or one registered elsewhere).
enum Escaping: Sendable {
    case markdown
    /// Mustache's `HTML`, kept to escape what ``MustacheHTMLEscaping`` cannot.
    case html(any MustacheContentType)
    case other(any MustacheContentType)

    init(_ contentType: any MustacheContentType) {
        if contentType is MarkdownContentType {
            self = .markdown
        } else if String(reflecting: type(of: contentType)) == "Mustache.HTMLContentType" {
            self = .html(contentType)
        } else {
            self = .other(contentType)
        }
    }

    /// `text` escaped, written at the end of `output`.
    func append(_ text: String, to output: inout [UInt8]) {
        switch self {
        case .markdown: MarkdownEscaping.append(text, to: &output)
        case .html(let contentType):
            if !MustacheHTMLEscaping.append(text, to: &output) {
                output.append(contentsOf: contentType.escapeText(text).utf8)
            }
        case .other(let contentType): output.append(contentsOf: contentType.escapeText(text).utf8)
        }
    }
}

/// Mustache's `HTML` escaping, on the UTF-8 bytes: swift-mustache's `htmlEscape` replaces each
/// character that is `<`, `>`, `&`, `"` or `'` by `&lt;`, `&gt;`, `&amp;`, `&quot;`, `&#39;`,
/// comparing characters (grapheme clusters), so a `<` followed by a combining mark is another
/// character and stays. A byte between ASCII bytes (or the ends) is a character of its own
/// (no ASCII character extends another or is a prefix), so the bytes give Mustache's text
/// wherever every such byte stands between ASCII bytes; elsewhere ``append(_:to:)`` declines.
enum MustacheHTMLEscaping {
    /// Writes `text` escaped at the end of `output` and returns true; or writes nothing and
    /// returns false when a byte to escape stands next to a non-ASCII byte.
    static func append(_ text: String, to output: inout [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let start = output.count
            var written = 0
            for (index, byte) in bytes.enumerated() {
                let entity: StaticString
                switch byte {
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = "&#39;"
                default: continue
                }
                guard index == 0 || bytes[index - 1] < 0x80, index + 1 == bytes.count || bytes[index + 1] < 0x80 else {
                    output.removeSubrange(start...)
                    return false
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[written..<index]))
                output.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                written = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[written...]))
            return true
        }
    }
}

extension Escaping {
    /// Its kind's name, as a set's compiled form keeps it (``TemplateSet/Compiled``); nil for
    /// another of Mustache's content types, which cannot be kept.
    var kind: String? {
        switch self {
        case .markdown: "markdown"
        case .html: "html"
        case .other: nil
        }
    }

    /// The escaping of the kind named `kind`: Mustache's `HTML` is ``CompiledTemplate/defaultEscaping``'s
    /// (the same content type, which holds nothing); nil for another name.
    init?(kind: String) {
        if kind == "markdown" {
            self = .markdown
        } else if kind == "html", let html = CompiledTemplate.defaultEscaping, case .html = html {
            self = html
        } else {
            return nil
        }
    }
}

/// As its kind's name (``kind``); another of Mustache's content types cannot be kept (encoding throws).
extension Escaping: Codable {
    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let escaping = Escaping(kind: try container.decode(String.self)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "an escaping that cannot be kept")
        }
        self = escaping
    }

    func encode(to encoder: any Encoder) throws {
        guard let kind else {
            throw EncodingError.invalidValue(
                kind as Any, .init(codingPath: encoder.codingPath, debugDescription: "not kept"))
        }
        var container = encoder.singleValueContainer()
        try container.encode(kind)
    }
}
