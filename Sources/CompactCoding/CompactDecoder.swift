/// Reads back a value ``CompactEncoder`` wrote, as the same type. Bytes of another type,
/// cut short or damaged make it throw (or, where the damage still reads as a value, give a
/// wrong value): it never reads outside the bytes it is given. Callers that must not trust
/// damaged bytes check a digest of them first.
public struct CompactDecoder: Sendable {
    public init() {}

    /// The value of type `type` that all of `bytes` hold.
    public func decode<Value: Decodable>(_ type: Value.Type, from bytes: UnsafeRawBufferPointer) throws -> Value {
        let reader = CompactReader(bytes)
        let value = try reader.value(Value.self)
        guard reader.position == bytes.count else { throw reader.damaged("bytes left over") }
        return value
    }

    /// The value of type `type` that all of `bytes` hold, read by itself (the same bytes
    /// and value as the `Decodable` form above, without asking the runtime whether
    /// `type` is ``CompactCodable``).
    public func decode<Value: CompactCodable>(_ type: Value.Type, from bytes: UnsafeRawBufferPointer) throws -> Value {
        try read(Value.self, from: CompactReader(bytes))
    }

    /// The value of type `type` that the bytes of `storage` in `range` hold, read by itself;
    /// a value in it written apart (``CompactWriter/writeApart(_:)``) keeps its place in
    /// `storage`, not a copy, and is named by `origin` (where the bytes were read from)
    /// should it not decode.
    public func decode<Value: CompactCodable>(
        _ type: Value.Type, from storage: CompactStorage, range: Range<Int>, origin: String
    ) throws -> Value {
        try withExtendedLifetime(storage) {
            let bytes = UnsafeRawBufferPointer(rebasing: storage.bytes[range])
            return try read(
                Value.self, from: CompactReader(bytes, storage: storage, offset: range.lowerBound, origin: origin))
        }
    }

    private func read<Value: CompactCodable>(_ type: Value.Type, from reader: CompactReader) throws -> Value {
        let value = try Value(compact: reader)
        guard reader.position == reader.bytes.count else { throw reader.damaged("bytes left over") }
        return value
    }
}

/// The bytes being read, where, and the strings read so far (for repeats): what a
/// ``CompactCodable`` value reads its fields from.
///
/// Its reads are inlined into each value's `init(compact:)` (the model's types are in
/// other modules): a number of one byte, a repeated string, a count are a few
/// instructions there, not a call. `position` and `strings` are only ever used by the one
/// thread reading, one read at a time, so their accesses are not checked at run time for
/// exclusivity (a class's stored properties otherwise are, on every byte).
public final class CompactReader {
    @usableFromInline let bytes: UnsafeRawBufferPointer
    @usableFromInline @exclusivity(unchecked) var position = 0
    @usableFromInline @exclusivity(unchecked) var strings: [String] = []
    /// The storage `bytes` are in, from `offset`, when the caller gave it: where a value
    /// written apart keeps its bytes (else they are copied out).
    let storage: CompactStorage?
    let offset: Int
    /// Where the bytes were read from, for the failure of a value written apart.
    let origin: String

    init(
        _ bytes: UnsafeRawBufferPointer, storage: CompactStorage? = nil, offset: Int = 0,
        origin: String = "compact bytes"
    ) {
        self.bytes = bytes
        self.storage = storage
        self.offset = offset
        self.origin = origin
        strings.reserveCapacity(256)
    }

    /// The error for bytes that cannot be the value being read.
    public func damaged(_ why: String) -> DecodingError {
        DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "\(why) at byte \(position)"))
    }

    @inlinable func byte() throws -> UInt8 {
        guard position < bytes.count else { throw damaged("cut short") }
        defer { position &+= 1 }
        return bytes[position]
    }

    /// A variable-length number: its one byte where it is below 128 (most are), else
    /// ``longUnsigned()``.
    @inlinable func unsigned() throws -> UInt64 {
        if position < bytes.count, bytes[position] < 0x80 {
            defer { position &+= 1 }
            return UInt64(bytes[position])
        }
        return try longUnsigned()
    }

    /// A number of more than one byte (a line number past 127, a paragraph's length): its
    /// bytes read without moving `position` until the last, which has its top bit clear.
    @usableFromInline func longUnsigned() throws -> UInt64 {
        var (value, shift, at) = (UInt64(0), UInt64(0), position)
        while shift < 64 {
            guard at < bytes.count else { throw damaged("cut short") }
            let byte = bytes[at]
            at &+= 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 {
                position = at
                return value
            }
            shift &+= 7
        }
        throw damaged("a number too long")
    }

    @inlinable func signed() throws -> Int64 {
        let value = try unsigned()
        return Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1)))
    }

    @inlinable func integer<Integer: FixedWidthInteger>(_ type: Integer.Type) throws -> Integer {
        let value: Integer? =
            if Integer.isSigned { Integer(exactly: try signed()) } else { Integer(exactly: try unsigned()) }
        guard let value else { throw damaged("a number out of range for \(Integer.self)") }
        return value
    }

    /// How many bytes are left to read.
    @inlinable public var remaining: Int { bytes.count - position }

    /// A word of its full width, little-endian (an array's count, a `Double`'s bits).
    @inlinable public func fixed<Word: FixedWidthInteger>(_ type: Word.Type) throws -> Word {
        let size = MemoryLayout<Word>.size
        guard bytes.count - position >= size else { throw damaged("cut short") }
        defer { position &+= size }
        return Word(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: Word.self))
    }

    /// A byte that is 0 or 1.
    @inlinable public func bool() throws -> Bool {
        switch try byte() {
        case 0: false
        case 1: true
        default: throw damaged("not a Bool")
        }
    }

    /// A string: a repeat (its number + 1) is the string read before, else ``newString()``.
    @inlinable func string() throws -> String {
        let tag = try unsigned()
        guard tag == 0 else {
            guard tag <= strings.count else { throw damaged("a repeat of no string") }
            return strings[Int(truncatingIfNeeded: tag &- 1)]
        }
        return try newString()
    }

    /// A string's length and bytes, after its 0; numbered when it is short enough to be repeated.
    @usableFromInline func newString() throws -> String {
        let length = try unsigned()
        guard length <= UInt64(bytes.count - position) else { throw damaged("cut short") }
        let text = String(
            decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<position + Int(length)]), as: UTF8.self)
        position += Int(length)
        if length <= CompactWriter.repeatLimit { strings.append(text) }
        return text
    }

    /// A value of any `Decodable` type: read by itself where it is ``CompactCodable``, else
    /// through its `Decoder` containers.
    func value<Value: Decodable>(_ type: Value.Type) throws -> Value {
        if let compact = type as? any CompactCodable.Type { return try compact.init(compact: self) as! Value }
        return try Value(from: DecodingCursor(self))
    }
}

/// The `Decoder` every value is given: its containers read from the one reader, in order.
struct DecodingCursor: Decoder {
    let reader: CompactReader
    init(_ reader: CompactReader) { self.reader = reader }
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(KeyedReader(reader: reader))
    }
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { try UnkeyedReader(reader) }
    func singleValueContainer() -> any SingleValueDecodingContainer { SingleReader(reader: reader) }
}

struct SingleReader: SingleValueDecodingContainer {
    let reader: CompactReader
    var codingPath: [any CodingKey] { [] }
    /// Never nil: a nil is only ever written by `encodeIfPresent`.
    func decodeNil() -> Bool { false }
    func decode(_ type: Bool.Type) throws -> Bool { try reader.bool() }
    func decode(_ type: String.Type) throws -> String { try reader.string() }
    func decode(_ type: Double.Type) throws -> Double { Double(bitPattern: try reader.fixed(UInt64.self)) }
    func decode(_ type: Float.Type) throws -> Float { Float(bitPattern: try reader.fixed(UInt32.self)) }
    func decode(_ type: Int.Type) throws -> Int { try reader.integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try reader.integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try reader.integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try reader.integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try reader.integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try reader.integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.integer(type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try reader.value(type) }
}

struct UnkeyedReader: UnkeyedDecodingContainer {
    let reader: CompactReader
    let count: Int?
    private(set) var currentIndex = 0

    init(_ reader: CompactReader) throws {
        self.reader = reader
        count = Int(try reader.fixed(UInt32.self))
    }

    var codingPath: [any CodingKey] { [] }
    var isAtEnd: Bool { currentIndex >= count! }

    /// Counts one more element read, then gives the single-value reader it is read with.
    private mutating func next() throws -> SingleReader {
        guard !isAtEnd else { throw reader.damaged("past the end of an array") }
        currentIndex += 1
        return SingleReader(reader: reader)
    }

    mutating func decodeNil() -> Bool { false }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try next().decode(type) }
    mutating func decode(_ type: String.Type) throws -> String { try next().decode(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try next().decode(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try next().decode(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try next().decode(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next().decode(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next().decode(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next().decode(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next().decode(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next().decode(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next().decode(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next().decode(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next().decode(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next().decode(type) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decode(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        KeyedDecodingContainer(KeyedReader(reader: try next().reader))
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try UnkeyedReader(try next().reader)
    }
    mutating func superDecoder() throws -> any Decoder { DecodingCursor(try next().reader) }
}

/// A struct's fields in the order written; an optional one after its 0 (nil) or 1.
struct KeyedReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let reader: CompactReader
    var codingPath: [any CodingKey] { [] }
    /// Unknown: the names are not written.
    var allKeys: [Key] { [] }
    private var single: SingleReader { SingleReader(reader: reader) }

    private func present<T>(_ read: () throws -> T) throws -> T? { try reader.bool() ? try read() : nil }

    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) -> Bool { false }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try single.decode(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try single.decode(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try single.decode(type) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try single.decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try single.decode(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try single.decode(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try single.decode(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try single.decode(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try single.decode(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try single.decode(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try single.decode(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try single.decode(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try single.decode(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try single.decode(type) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try single.decode(type) }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try present { try single.decode(type) } }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        try present { try single.decode(type) }
    }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        try present { try single.decode(type) }
    }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? {
        try present { try single.decode(type) }
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try present { try single.decode(type) } }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try present { try single.decode(type) } }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? {
        try present { try single.decode(type) }
    }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? {
        try present { try single.decode(type) }
    }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? {
        try present { try single.decode(type) }
    }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try present { try single.decode(type) } }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? {
        try present { try single.decode(type) }
    }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? {
        try present { try single.decode(type) }
    }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? {
        try present { try single.decode(type) }
    }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? {
        try present { try single.decode(type) }
    }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try present { try single.decode(type) }
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key)
        -> KeyedDecodingContainer<NestedKey>
    {
        KeyedDecodingContainer(KeyedReader<NestedKey>(reader: reader))
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try UnkeyedReader(reader) }
    func superDecoder() -> any Decoder { DecodingCursor(reader) }
    func superDecoder(forKey key: Key) -> any Decoder { DecodingCursor(reader) }
}
