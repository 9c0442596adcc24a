import CompactCoding
import SourceAndOutput

/// An inspection's score: the sum of its standards' points, out of the framework maximum.
/// `stated` is false when the report gives no score and the parser computed it; the
/// provenance then says how.
public struct Score: Hashable, Codable, Sendable {
    public var value: Int
    public var max: Int
    public var stated: Bool
    public var source: SourceLocation
    public var provenance: Provenance?

    public init(value: Int, max: Int, stated: Bool, source: SourceLocation, provenance: Provenance? = nil) {
        self.value = value
        self.max = max
        self.stated = stated
        self.source = source
        self.provenance = provenance
    }
}

/// Its fields in declaration order (its coding keys' order).
extension Score: CompactCodable {
    public init(compact reader: CompactReader) throws {
        value = try reader.read()
        max = try reader.read()
        stated = try reader.read()
        source = try reader.read()
        provenance = try reader.readIfPresent()
    }

    public func write(compact writer: CompactWriter) throws {
        try writer.write(value)
        try writer.write(max)
        try writer.write(stated)
        try writer.write(source)
        try writer.writeIfPresent(provenance)
    }
}
