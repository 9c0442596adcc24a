/// A view model as the values a template can read, built once per page without
/// reflection (``TemplateValueEncoder``) and read by ``CompiledTemplate``.
///
/// It holds what swift-mustache would see in the view's ``ViewSnapshot``: a struct or class
/// is an ``object(_:)`` of its stored properties (a nil optional left out), an array a
/// ``list(_:)`` (nil elements left out), a `Bool` a ``bool(_:)``, and every other value
/// (string, number, enum with raw values) its `String(describing:)`, the text Mustache
/// writes for it, in ``text(_:)``, or a ``UTF8Text``'s bytes in ``utf8(_:)``. Those values
/// also behave alike in a section: each is pushed on the context stack and has no fields.
enum TemplateValue: Sendable {
    case text(String)
    /// Text as its UTF-8 bytes (``UTF8Text``), written as the same text in ``text(_:)`` would be.
    case utf8(ArraySlice<UInt8>)
    case bool(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// The field `name` of an object; nil for any other value (Mustache's lookup on a string,
    /// number or array finds nothing either).
    func field(_ name: String) -> TemplateValue? {
        guard case .object(let fields) = self else { return nil }
        return fields[name]
    }
}

/// Builds a ``TemplateValue`` from an `Encodable` view model: its synthesized (compiled)
/// `encode(to:)` visits every stored property, so no `Mirror` is needed.
enum TemplateValueEncoder {
    /// Why a value cannot be encoded: a nested container or super-encoder, which
    /// synthesized conformances never ask for, so ``TemplateSet`` renders with Mustache.
    struct Unsupported: Error {}

    /// The value of `value`; nil for nothing (a nil optional). Scalars are read here, so
    /// that the containers need no overload per type (`encode(_: some Encodable)` stands
    /// for each of them).
    static func value(of value: some Encodable) throws -> TemplateValue? {
        switch value {
        case let text as String: return .text(text)
        case let text as UTF8Text: return .utf8(text.bytes)
        case let flag as Bool: return .bool(flag)
        case let number as any BinaryInteger: return .text(String(describing: number))
        case let number as any BinaryFloatingPoint: return .text(String(describing: number))
        case let enumeration as any RawRepresentable where Mirror(reflecting: enumeration).displayStyle == .enum:
            // Mustache writes the case, where `Encodable` would give the raw value.
            return .text(String(describing: enumeration))
        default:
            let encoder = TreeEncoder()
            try value.encode(to: encoder)
            if encoder.unsupported { throw Unsupported() }
            return encoder.value
        }
    }
}

/// The `Encoder` of one value: collects what `encode(to:)` writes into a keyed (object),
/// unkeyed (list) or single-value container.
private final class TreeEncoder: Encoder {
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var fields: [String: TemplateValue]?
    var items: [TemplateValue]?
    var single: TemplateValue?
    /// Set when `encode(to:)` asked for something this encoder does not build.
    var unsupported = false

    var value: TemplateValue? {
        if let fields { return .object(fields) }
        if let items { return .list(items) }
        return single
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if fields == nil { fields = [:] }
        return KeyedEncodingContainer(ObjectContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if items == nil { items = [] }
        return ListContainer(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(encoder: self) }

    /// An encoder whose output is dropped, after marking this one unsupported.
    func unsupportedEncoder() -> TreeEncoder {
        unsupported = true
        return TreeEncoder()
    }
}

/// An object's fields; a nil value (a nil optional) leaves the field out.
private struct ObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) {}
    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        encoder.fields![key.stringValue] = try TemplateValueEncoder.value(of: value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        encoder.unsupportedEncoder().container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        encoder.unsupportedEncoder().unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { encoder.unsupportedEncoder() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder.unsupportedEncoder() }
}

/// A list's elements; a nil element is left out.
private struct ListContainer: UnkeyedEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { [] }
    var count: Int { encoder.items!.count }

    mutating func encodeNil() {}
    mutating func encode(_ value: some Encodable) throws {
        if let value = try TemplateValueEncoder.value(of: value) { encoder.items!.append(value) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        encoder.unsupportedEncoder().container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        encoder.unsupportedEncoder().unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { encoder.unsupportedEncoder() }
}

/// A value written as one (a raw-value type's raw value, a wrapper's wrapped value).
private struct SingleContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() { encoder.single = nil }
    mutating func encode(_ value: some Encodable) throws { encoder.single = try TemplateValueEncoder.value(of: value) }
}
