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
