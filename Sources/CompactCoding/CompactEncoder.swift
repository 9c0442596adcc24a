#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes an `Encodable` value as compact bytes that only ``CompactDecoder`` reads back,
/// decoding the same type: no field names (a struct's fields in the order its `encode(to:)`
/// writes them), integers as variable-length numbers, strings as UTF-8, each short one once
/// (a repeat is a reference to the first). Made for values kept between runs of the
/// same program, where reading them back must be cheaper than making them again.
///
/// An optional is written only through `encodeIfPresent` (as synthesised `Codable` does);
/// a value that writes `nil` any other way cannot be encoded (``encode(_:)`` throws).
public struct CompactEncoder: Sendable {
    public init() {}

    /// `value`'s bytes; throws for a value this format cannot hold.
    public func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let writer = CompactWriter()
        try writer.value(value)
        return writer.bytes
    }
}

/// The bytes written so far, and the strings already written (by their UTF-8 bytes:
/// `String`'s `==` would take two spellings of "é" for one): what a ``CompactCodable``
/// value writes its fields to.
public final class CompactWriter {
    var bytes: [UInt8] = []
    private var strings: [UTF8Key: Int] = [:]

    init() {
        bytes.reserveCapacity(1 << 16)
        strings.reserveCapacity(256)
    }

    func unsigned(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// Zig-zag: small negative numbers stay short.
    func signed(_ value: Int64) { unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }

    /// `word` at its full width, little-endian.
    public func fixed<Word: FixedWidthInteger>(_ word: Word) {
        withUnsafeBytes(of: word.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// 1 for true, 0 for false.
    public func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// 0, the length and the bytes for a new string; its number + 1 for a repeat. Only
    /// strings of up to ``repeatLimit`` bytes are numbered (paths, names, questions and the
    /// reasons of facts repeat, prose does not; hashing it would cost more than it saves).
    func string(_ value: String) {
        let length = value.utf8.count
        guard length <= CompactWriter.repeatLimit else {
            unsigned(0)
            unsigned(UInt64(length))
            bytes.append(contentsOf: value.utf8)
            return
        }
        let key = UTF8Key(value)
        if let number = strings[key] {
            unsigned(UInt64(number) + 1)
            return
        }
        strings[key] = strings.count
        unsigned(0)
        unsigned(UInt64(length))
        bytes.append(contentsOf: value.utf8)
    }

    /// The longest string written once and then referred to: long enough for a text's
    /// path (which every location names: a path of more than 64 bytes, once the limit,
    /// was a new string at every fact), a key question, a provenance's reason, a
    /// diagnostic repeated in one text; each repeat read back is the one string, not a
    /// copy. Changing it changes the bytes: the models file's format line goes with it.
    static let repeatLimit = 256

    /// A value of any `Encodable` type: written by itself where it is ``CompactCodable``,
    /// else through its `Encoder` containers.
    func value<Value: Encodable>(_ value: Value) throws {
        if let compact = value as? any CompactCodable { return try compact.write(compact: self) }
        try value.encode(to: EncodingCursor(self))
    }

    /// A value written as nothing, or 0: it cannot be read back.
    static func noNil(_ path: [any CodingKey]) -> EncodingError {
        EncodingError.invalidValue(
            Optional<Int>.none as Any,
            .init(codingPath: path, debugDescription: "a nil outside encodeIfPresent cannot be written compactly"))
    }
}

/// A string compared and hashed by its UTF-8 bytes.
private struct UTF8Key: Hashable {
    let text: String
    init(_ text: String) { self.text = text }
    /// Byte for byte, compared on the strings' contiguous UTF-8 (`memcmp`, not an element
    /// at a time: every repeated path and name is compared so when it is written).
    static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        var (a, b) = (a.text, b.text)
        return a.withUTF8 { a in
            b.withUTF8 { b in
                a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
            }
        }
    }
    func hash(into hasher: inout Hasher) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable {
            hasher.combine(bytes: UnsafeRawBufferPointer($0))
        }
        if hashed == nil { Array(text.utf8).withUnsafeBytes { hasher.combine(bytes: $0) } }
    }
}

/// The `Encoder` every value is given: its containers write to the one writer, in order.
struct EncodingCursor: Encoder {
    let writer: CompactWriter
    init(_ writer: CompactWriter) { self.writer = writer }
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedWriter(writer: writer))
    }
    func unkeyedContainer() -> any UnkeyedEncodingContainer { UnkeyedWriter(writer) }
    func singleValueContainer() -> any SingleValueEncodingContainer { SingleWriter(writer: writer) }
}

struct SingleWriter: SingleValueEncodingContainer {
    let writer: CompactWriter
    var codingPath: [any CodingKey] { [] }
    func encodeNil() throws { throw CompactWriter.noNil(codingPath) }
    func encode(_ value: Bool) throws { writer.bool(value) }
    func encode(_ value: String) throws { writer.string(value) }
    func encode(_ value: Double) throws { writer.fixed(value.bitPattern) }
    func encode(_ value: Float) throws { writer.fixed(value.bitPattern) }
    func encode(_ value: Int) throws { writer.signed(Int64(value)) }
    func encode(_ value: Int8) throws { writer.signed(Int64(value)) }
    func encode(_ value: Int16) throws { writer.signed(Int64(value)) }
    func encode(_ value: Int32) throws { writer.signed(Int64(value)) }
    func encode(_ value: Int64) throws { writer.signed(value) }
    func encode(_ value: UInt) throws { writer.unsigned(UInt64(value)) }
    func encode(_ value: UInt8) throws { writer.unsigned(UInt64(value)) }
    func encode(_ value: UInt16) throws { writer.unsigned(UInt64(value)) }
    func encode(_ value: UInt32) throws { writer.unsigned(UInt64(value)) }
    func encode(_ value: UInt64) throws { writer.unsigned(value) }
    func encode<T: Encodable>(_ value: T) throws { try writer.value(value) }
}

/// An array's elements: their count (4 bytes, counted up as each is written), then each.
struct UnkeyedWriter: UnkeyedEncodingContainer {
    let writer: CompactWriter
    private let slot: Int

    init(_ writer: CompactWriter) {
        self.writer = writer
        slot = writer.bytes.count
        writer.fixed(UInt32(0))
    }

    var codingPath: [any CodingKey] { [] }
    var count: Int {
        Int(writer.bytes[slot]) | Int(writer.bytes[slot + 1]) << 8 | Int(writer.bytes[slot + 2]) << 16
            | Int(writer.bytes[slot + 3]) << 24
    }

    /// Counts one more element, then gives the single-value writer it is written with.
    private func next() -> SingleWriter {
        let counted = UInt32(count + 1)
        for index in 0..<4 { writer.bytes[slot + index] = UInt8(truncatingIfNeeded: counted >> (8 * index)) }
        return SingleWriter(writer: writer)
    }

    mutating func encodeNil() throws { throw CompactWriter.noNil(codingPath) }
    mutating func encode(_ value: Bool) throws { try next().encode(value) }
    mutating func encode(_ value: String) throws { try next().encode(value) }
    mutating func encode(_ value: Double) throws { try next().encode(value) }
    mutating func encode(_ value: Float) throws { try next().encode(value) }
    mutating func encode(_ value: Int) throws { try next().encode(value) }
    mutating func encode(_ value: Int8) throws { try next().encode(value) }
    mutating func encode(_ value: Int16) throws { try next().encode(value) }
    mutating func encode(_ value: Int32) throws { try next().encode(value) }
    mutating func encode(_ value: Int64) throws { try next().encode(value) }
    mutating func encode(_ value: UInt) throws { try next().encode(value) }
    mutating func encode(_ value: UInt8) throws { try next().encode(value) }
    mutating func encode(_ value: UInt16) throws { try next().encode(value) }
    mutating func encode(_ value: UInt32) throws { try next().encode(value) }
    mutating func encode(_ value: UInt64) throws { try next().encode(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try next().encode(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        KeyedEncodingContainer(KeyedWriter(writer: next().writer))
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { UnkeyedWriter(next().writer) }
    mutating func superEncoder() -> any Encoder { EncodingCursor(next().writer) }
}

/// A struct's fields in the order written, without their names; an optional one as 0
/// (nil) or 1 and its value.
struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: CompactWriter
    var codingPath: [any CodingKey] { [] }
    private var single: SingleWriter { SingleWriter(writer: writer) }

    private func present<T>(_ value: T?, _ write: (T) throws -> Void) rethrows {
        writer.bool(value != nil)
        if let value { try write(value) }
    }

    mutating func encodeNil(forKey key: Key) throws { throw CompactWriter.noNil(codingPath + [key]) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try single.encode(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { try single.encode(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try single.encode(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try single.encode(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try single.encode(value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try single.encode(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try single.encode(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try single.encode(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try single.encode(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try single.encode(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try single.encode(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try single.encode(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try single.encode(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try single.encode(value) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try single.encode(value) }

    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try present(value, single.encode) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try present(value, single.encode) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try present(value, single.encode) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try present(value, single.encode) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try present(value, single.encode) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try present(value, single.encode) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try present(value, single.encode) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try present(value, single.encode) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try present(value, single.encode) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try present(value, single.encode) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try present(value, single.encode) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try present(value, single.encode) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try present(value, single.encode) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try present(value, single.encode) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        try present(value, single.encode)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        KeyedEncodingContainer(KeyedWriter<NestedKey>(writer: writer))
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { UnkeyedWriter(writer) }
    mutating func superEncoder() -> any Encoder { EncodingCursor(writer) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { EncodingCursor(writer) }
}
