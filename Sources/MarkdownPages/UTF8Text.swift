/// Text a view hands a template as its UTF-8 bytes, so that a large fragment (a page's HTML
/// content) goes into the page without being made a `String` and validated again: the
/// bytes come from Strings or from cmark-gfm, and are valid UTF-8.
///
/// A template treats it as the same text in a `String`: `{{{body}}}` writes the bytes,
/// `{{body}}` escapes them, and a section over it renders once with it pushed. Encoded by
/// any other encoder, and shown by swift-mustache, it is that `String`.
public struct UTF8Text: Hashable, Sendable, Encodable, CustomStringConvertible {
    /// The text's bytes: valid UTF-8.
    public var bytes: ArraySlice<UInt8>

    /// The text of `bytes`, which must be valid UTF-8 (they are not checked).
    public init(_ bytes: ArraySlice<UInt8>) { self.bytes = bytes }

    /// The text as a `String`.
    public var description: String { String(decoding: bytes, as: UTF8.self) }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
