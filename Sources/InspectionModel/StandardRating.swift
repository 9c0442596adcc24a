import CompactCoding
import SourceAndOutput

/// The rating one standard received in one inspection.
public struct StandardRating: Hashable, Codable, Sendable {
    /// The framework's number for the standard, e.g. `"2.1"`.
    public var id: String
    /// The framework's name for the standard, e.g. `"Assessment"`.
    public var name: String
    public var rating: Rating
    public var source: SourceLocation
    /// Nil when the ratings table pairs the standard with its rating as printed.
    public var provenance: Provenance?

    public init(id: String, name: String, rating: Rating, source: SourceLocation, provenance: Provenance? = nil) {
        self.id = id
        self.name = name
        self.rating = rating
        self.source = source
        self.provenance = provenance
    }
}

/// Its fields in declaration order (its coding keys' order).
extension StandardRating: CompactCodable {
    public init(compact reader: CompactReader) throws {
        id = try reader.read()
        name = try reader.read()
        rating = try reader.read()
        source = try reader.read()
        provenance = try reader.readIfPresent()
    }

    public func write(compact writer: CompactWriter) throws {
        try writer.write(id)
        try writer.write(name)
        try writer.write(rating)
        try writer.write(source)
        try writer.writeIfPresent(provenance)
    }
}
