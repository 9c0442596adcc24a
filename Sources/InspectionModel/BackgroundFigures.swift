import CompactCoding
import SourceAndOutput

/// Figures from the report's Background section, where stated, each with the place the
/// text says it is about (the PDU's area, a named area, the region, the nation).
public struct BackgroundFigures: Hashable, Codable, Sendable {
    /// People on probation managed by the PDU.
    public var caseload: BackgroundFigure<Int>?
    /// Population of the place the text names.
    public var population: BackgroundFigure<Int>?
    /// Proven reoffending rate, per cent, of the place the text names.
    public var provenReoffendingRate: BackgroundFigure<Double>?

    public init(
        caseload: BackgroundFigure<Int>? = nil, population: BackgroundFigure<Int>? = nil,
        provenReoffendingRate: BackgroundFigure<Double>? = nil
    ) {
        self.caseload = caseload
        self.population = population
        self.provenReoffendingRate = provenReoffendingRate
    }
}

/// One background figure: its value, the place it is about, and where it was read.
public struct BackgroundFigure<Value: Hashable & Codable & Sendable>: Hashable, Codable, Sendable {
    public var value: Value
    public var place: Place
    public var source: SourceLocation

    public init(_ value: Value, place: Place, at source: SourceLocation) {
        self.value = value
        self.place = place
        self.source = source
    }
}

/// The place a figure is about, as the text says: "across KSS" is the region, "across
/// Derby" a named area that is the PDU's, "in England and Wales" the nation.
public struct Place: Hashable, Codable, Sendable {
    /// What kind of place it is.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// The PDU itself or the area it serves (by name, or by context when unnamed).
        case pdu
        /// Another named area: a part of the PDU's area or a neighbour.
        case area
        /// The probation region the PDU belongs to.
        case region
        /// England and Wales (or one of them): a national figure.
        case nation
    }

    public var kind: Kind
    /// The place in the text's own words ("KSS", "Brighton and East Sussex"), or nil
    /// when the text names none and the figure is the PDU's by context.
    public var name: String?

    public init(_ kind: Kind, name: String? = nil) {
        self.kind = kind
        self.name = name
    }

    /// Whether the figure is the PDU's own (its area's), not a wider or another place's.
    public var isPDUs: Bool { kind == .pdu }
}

/// Its fields in declaration order (its coding keys' order).
extension BackgroundFigures: CompactCodable {
    public init(compact reader: CompactReader) throws {
        caseload = try reader.readIfPresent()
        population = try reader.readIfPresent()
        provenReoffendingRate = try reader.readIfPresent()
    }

    public func write(compact writer: CompactWriter) throws {
        try writer.writeIfPresent(caseload)
        try writer.writeIfPresent(population)
        try writer.writeIfPresent(provenReoffendingRate)
    }
}

/// Its fields in declaration order (its coding keys' order).
extension BackgroundFigure: CompactCodable where Value: CompactCodable {
    public init(compact reader: CompactReader) throws {
        value = try reader.read()
        place = try reader.read()
        source = try reader.read()
    }

    public func write(compact writer: CompactWriter) throws {
        try writer.write(value)
        try writer.write(place)
        try writer.write(source)
    }
}

/// Its fields in declaration order (its coding keys' order).
extension Place: CompactCodable {
    public init(compact reader: CompactReader) throws {
        kind = try reader.read()
        name = try reader.readIfPresent()
    }

    public func write(compact writer: CompactWriter) throws {
        try writer.write(kind)
        try writer.writeIfPresent(name)
    }
}

/// Its raw value.
extension Place.Kind: CompactCodable {}
