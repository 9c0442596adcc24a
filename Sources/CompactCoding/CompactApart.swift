/// The compact bytes of one value written apart from the bytes around it
/// (``CompactWriter/writeApart(_:)``), kept undecoded until ``decode()``: how a reader
/// steps over a large part of a value that few of its readers need (an inspection's
/// findings) and reads it only when asked for. The bytes stay in the storage the whole
/// was read from where the reader was given one (not a copy), else in their own copy.
public struct CompactBytes<Value: CompactCodable>: Sendable {
    let storage: CompactStorage
    let range: Range<Int>
    /// Where the bytes were read from, for the failure below.
    let origin: String

    /// How many bytes the value takes.
    public var count: Int { range.count }

    /// The value the bytes hold. They were checked only for their length when read, so
    /// bytes that do not decode stop the program, naming where they were read from: the
    /// build cache gives only bytes that match the digest recorded with them, written by
    /// this same sitegen (its executable's digest is in every key), so a failure here is a
    /// defect of sitegen, never a reason to give an empty value.
    public func decode() -> Value {
        do {
            return try withExtendedLifetime(storage) {
                try CompactDecoder().decode(Value.self, from: UnsafeRawBufferPointer(rebasing: storage.bytes[range]))
            }
        } catch {
            preconditionFailure(
                "\(origin): the \(count) bytes of a \(Value.self) written apart do not decode: \(error)")
        }
    }
}

extension CompactWriter {
    /// Writes `value` apart: the length of its bytes, then its bytes as ``CompactEncoder``
    /// writes it alone (its repeated strings numbered among themselves, none shared with
    /// the bytes around it), so that a reader can step over them and decode them later by
    /// themselves (``CompactReader/readApart(_:)``).
    public func writeApart<Value: CompactCodable>(_ value: Value) throws {
        let apart = CompactWriter()
        try value.write(compact: apart)
        unsigned(UInt64(apart.bytes.count))
        bytes.append(contentsOf: apart.bytes)
    }
}

extension CompactReader {
    /// The bytes of a value written by ``CompactWriter/writeApart(_:)``, stepped over
    /// undecoded; throws only when they are cut short.
    public func readApart<Value: CompactCodable>(_ type: Value.Type = Value.self) throws -> CompactBytes<Value> {
        let length = try unsigned()
        guard length <= UInt64(remaining) else { throw damaged("cut short") }
        let range = position..<position + Int(length)
        position = range.upperBound
        guard let storage else {
            let copy = CompactStorage(copying: UnsafeRawBufferPointer(rebasing: bytes[range]))
            return CompactBytes(storage: copy, range: 0..<range.count, origin: origin)
        }
        return CompactBytes(
            storage: storage, range: offset + range.lowerBound..<offset + range.upperBound, origin: origin)
    }
}
