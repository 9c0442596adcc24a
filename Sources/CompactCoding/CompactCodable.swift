/// A value that writes and reads its own compact bytes, field by field, without a
/// `Decoder`'s containers: the same bytes as its `Codable` form through ``CompactEncoder``
/// (its fields in the order of its coding keys, an optional one after its 0 or 1, an
/// array after its count), so a `CompactCodable` value and a `Codable` one may hold each
/// other (but for a value that writes a field apart, ``CompactWriter/writeApart(_:)``,
/// which its `Codable` form writes in line). ``CompactEncoder`` and ``CompactDecoder`` use it wherever a value has it: a
/// `Decoder`'s keyed container costs a generic box per value read, this a call.
public protocol CompactCodable: Codable {
    /// Reads the value's fields in the order ``write(compact:)`` writes them.
    init(compact reader: CompactReader) throws
    /// Writes the value's fields in the order its `Codable` form encodes them.
    func write(compact writer: CompactWriter) throws
}

extension CompactReader {
    /// The next value, of the type asked for.
    @inlinable public func read<Value: CompactCodable>(_ type: Value.Type = Value.self) throws -> Value {
        try Value(compact: self)
    }

    /// The next optional value: nil after a 0, the value after a 1 (as `decodeIfPresent`).
    @inlinable public func readIfPresent<Value: CompactCodable>(_ type: Value.Type = Value.self) throws -> Value? {
        try bool() ? try Value(compact: self) : nil
    }
}

extension CompactWriter {
    /// Writes `value`.
    @inlinable public func write<Value: CompactCodable>(_ value: Value) throws { try value.write(compact: self) }

    /// Writes 0 for nil, else 1 and the value (as `encodeIfPresent`).
    @inlinable public func writeIfPresent<Value: CompactCodable>(_ value: Value?) throws {
        bool(value != nil)
        if let value { try value.write(compact: self) }
    }
}

/// A string-valued enum: its raw value.
extension CompactCodable where Self: RawRepresentable, RawValue == String {
    @inlinable public init(compact reader: CompactReader) throws {
        let raw = try reader.string()
        guard let value = Self(rawValue: raw) else { throw reader.damaged("not a \(Self.self): \(raw)") }
        self = value
    }

    public func write(compact writer: CompactWriter) { writer.string(rawValue) }
}

/// Its count (4 bytes), then each element.
extension Array: CompactCodable where Element: CompactCodable {
    @inlinable public init(compact reader: CompactReader) throws {
        let count = Int(try reader.fixed(UInt32.self))
        self = []
        // Never more than the bytes left: a damaged count cannot reserve much.
        reserveCapacity(Swift.min(count, reader.remaining))
        for _ in 0..<count { append(try Element(compact: reader)) }
    }

    @inlinable public func write(compact writer: CompactWriter) throws {
        writer.fixed(UInt32(count))
        for element in self { try element.write(compact: writer) }
    }
}

extension String: CompactCodable {
    @inlinable public init(compact reader: CompactReader) throws { self = try reader.string() }
    public func write(compact writer: CompactWriter) { writer.string(self) }
}

extension Int: CompactCodable {
    @inlinable public init(compact reader: CompactReader) throws { self = try reader.integer(Int.self) }
    public func write(compact writer: CompactWriter) { writer.signed(Int64(self)) }
}

extension Bool: CompactCodable {
    @inlinable public init(compact reader: CompactReader) throws { self = try reader.bool() }
    public func write(compact writer: CompactWriter) { writer.bool(self) }
}

extension Double: CompactCodable {
    @inlinable public init(compact reader: CompactReader) throws {
        self = Double(bitPattern: try reader.fixed(UInt64.self))
    }
    public func write(compact writer: CompactWriter) { writer.fixed(bitPattern) }
}
