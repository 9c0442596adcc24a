/// Figures about the PDU's area from the report's Background section, where stated.
public struct BackgroundFigures: Hashable, Codable, Sendable {
    /// People on probation managed by the PDU.
    public var caseload: Sourced<Int>?
    /// Population of the area the PDU serves.
    public var population: Sourced<Int>?
    /// Proven reoffending rate, per cent.
    public var provenReoffendingRate: Sourced<Double>?

    public init(caseload: Sourced<Int>? = nil, population: Sourced<Int>? = nil, provenReoffendingRate: Sourced<Double>? = nil) {
        self.caseload = caseload
        self.population = population
        self.provenReoffendingRate = provenReoffendingRate
    }
}
