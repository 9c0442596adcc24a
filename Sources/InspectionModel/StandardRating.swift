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
