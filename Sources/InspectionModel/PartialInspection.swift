import CompactCoding
import SourceAndOutput

/// An inspection known only from part of its report, or from a report of a kind sitegen
/// does not model in full (a regional, youth justice or thematic inspection): what the
/// text states, each fact with its line, and what it lacks. It is always partial: it never
/// enters a comparison that needs a score, standards or key questions.
public struct PartialInspection: Hashable, Codable, Sendable {
    /// What the text is a report of.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// A PDU's inspection, of which the text holds only the opening (title, foreword).
        case pduReport
        /// A region's inspection ("An inspection of Probation Services – Wales region").
        case regionalInspection
        case youthJustice
        case thematic

        /// In words: "PDU inspection", "regional inspection", …
        public var description: String {
            switch self {
            case .pduReport: "PDU inspection"
            case .regionalInspection: "regional inspection"
            case .youthJustice: "youth justice inspection"
            case .thematic: "thematic inspection"
            }
        }
    }

    public var kind: Kind
    /// The report's title as printed.
    public var title: Sourced<String>
    /// The PDU inspected, for a PDU's report.
    public var pdu: Sourced<String>?
    /// The region inspected or the PDU's region.
    public var region: Sourced<String>?
    /// Month of publication, where the text states it.
    public var published: Sourced<CalendarDate>?
    /// The overall rating the text states in words ("the PDU has been rated as ...").
    public var overallRating: Sourced<Rating>?
    /// The rating of the previous inspection the text recalls ("last inspected in 2023,
    /// when it was rated as ..."): a fact of its own, never this inspection's rating.
    public var previousRating: Sourced<Rating>?
    /// The year of that previous inspection, where the same sentence gives it.
    public var previousYear: Int?
    public var chiefInspector: Sourced<String>?
    /// What a full report gives and this text does not ("ratings table", "recommendations").
    public var missing: [String]
    /// Always true: the model, the data and the pages say so.
    public var partial: Bool { true }
    /// Where the text starts (its title).
    public var source: SourceLocation

    public init(
        kind: Kind, title: Sourced<String>, pdu: Sourced<String>? = nil, region: Sourced<String>? = nil,
        published: Sourced<CalendarDate>? = nil, overallRating: Sourced<Rating>? = nil,
        previousRating: Sourced<Rating>? = nil, previousYear: Int? = nil, chiefInspector: Sourced<String>? = nil,
        missing: [String], source: SourceLocation
    ) {
        self.kind = kind
        self.title = title
        self.pdu = pdu
        self.region = region
        self.published = published
        self.overallRating = overallRating
        self.previousRating = previousRating
        self.previousYear = previousYear
        self.chiefInspector = chiefInspector
        self.missing = missing
        self.source = source
    }

    /// What it is about: the PDU's name, else the region's, else the title.
    public var subject: String { pdu?.value ?? region?.value ?? title.value }
}

/// Its fields in declaration order (its coding keys' order).
extension PartialInspection: CompactCodable {
    public init(compact reader: CompactReader) throws {
        kind = try reader.read()
        title = try reader.read()
        pdu = try reader.readIfPresent()
        region = try reader.readIfPresent()
        published = try reader.readIfPresent()
        overallRating = try reader.readIfPresent()
        previousRating = try reader.readIfPresent()
        previousYear = try reader.readIfPresent()
        chiefInspector = try reader.readIfPresent()
        missing = try reader.read()
        source = try reader.read()
    }

    public func write(compact writer: CompactWriter) throws {
        try writer.write(kind)
        try writer.write(title)
        try writer.writeIfPresent(pdu)
        try writer.writeIfPresent(region)
        try writer.writeIfPresent(published)
        try writer.writeIfPresent(overallRating)
        try writer.writeIfPresent(previousRating)
        try writer.writeIfPresent(previousYear)
        try writer.writeIfPresent(chiefInspector)
        try writer.write(missing)
        try writer.write(source)
    }
}

/// Its raw value.
extension PartialInspection.Kind: CompactCodable {}
