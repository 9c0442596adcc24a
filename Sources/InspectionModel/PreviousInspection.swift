import CompactCoding
import SourceAndOutput

/// What a report says about the PDU's previous inspection.
public struct PreviousInspection: Hashable, Codable, Sendable {
    public var date: CalendarDate
    public var rating: Rating?
    public var source: SourceLocation

    public init(date: CalendarDate, rating: Rating?, source: SourceLocation) {
        self.date = date
        self.rating = rating
        self.source = source
    }
}

/// One row of a report's "Progress on previous recommendations" table.
public struct RecommendationProgress: Hashable, Codable, Sendable {
    /// How much progress the inspectors judged was made.
    public enum Categorisation: String, Codable, Sendable, CaseIterable {
        case sufficient = "Sufficient progress"
        case some = "Some progress"
        case none = "No progress"
    }

    public var recommendation: String
    public var actionTaken: String
    public var categorisation: Categorisation?
    public var improvementStillRequired: Bool?
    public var source: SourceLocation

    public init(
        recommendation: String, actionTaken: String, categorisation: Categorisation?,
        improvementStillRequired: Bool?, source: SourceLocation
    ) {
        self.recommendation = recommendation
        self.actionTaken = actionTaken
        self.categorisation = categorisation
        self.improvementStillRequired = improvementStillRequired
        self.source = source
    }
}

/// A quotation from a person on probation.
public typealias Quote = Paragraph

/// Its fields in declaration order (its coding keys' order).
extension PreviousInspection: CompactCodable {
    public init(compact reader: CompactReader) throws {
        date = try reader.read()
        rating = try reader.readIfPresent()
        source = try reader.read()
    }

    public func write(compact writer: CompactWriter) throws {
        try writer.write(date)
        try writer.writeIfPresent(rating)
        try writer.write(source)
    }
}

/// Its fields in declaration order (its coding keys' order).
extension RecommendationProgress: CompactCodable {
    public init(compact reader: CompactReader) throws {
        recommendation = try reader.read()
        actionTaken = try reader.read()
        categorisation = try reader.readIfPresent()
        improvementStillRequired = try reader.readIfPresent()
        source = try reader.read()
    }

    public func write(compact writer: CompactWriter) throws {
        try writer.write(recommendation)
        try writer.write(actionTaken)
        try writer.writeIfPresent(categorisation)
        try writer.writeIfPresent(improvementStillRequired)
        try writer.write(source)
    }
}

/// Its raw value.
extension RecommendationProgress.Categorisation: CompactCodable {}
