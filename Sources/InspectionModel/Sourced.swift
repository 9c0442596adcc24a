import CompactCoding
import SourceAndOutput

/// A single extracted value together with where it was read.
/// `provenance` is nil when the value is read as printed.
public struct Sourced<Value: Hashable & Codable & Sendable>: Hashable, Codable, Sendable {
    public var value: Value
    public var source: SourceLocation
    public var provenance: Provenance?

    public init(_ value: Value, at source: SourceLocation, provenance: Provenance? = nil) {
        self.value = value
        self.source = source
        self.provenance = provenance
    }
}

/// Its fields in declaration order (its coding keys' order).
extension Sourced: CompactCodable where Value: CompactCodable {
    public init(compact reader: CompactReader) throws {
        value = try reader.read()
        source = try reader.read()
        provenance = try reader.readIfPresent()
    }

    public func write(compact writer: CompactWriter) throws {
        try writer.write(value)
        try writer.write(source)
        try writer.writeIfPresent(provenance)
    }
}
