import CompactCoding
import SourceAndOutput

/// The case sample behind an inspection's case-work ratings.
public struct CasesInspected: Hashable, Codable, Sendable {
    public var communityOrders: Int
    public var releasesOnLicence: Int
    public var practitionerInterviews: Int?
    public var source: SourceLocation

    public init(communityOrders: Int, releasesOnLicence: Int, practitionerInterviews: Int?, source: SourceLocation) {
        self.communityOrders = communityOrders
        self.releasesOnLicence = releasesOnLicence
        self.practitionerInterviews = practitionerInterviews
        self.source = source
    }
}

/// Its fields in declaration order (its coding keys' order).
extension CasesInspected: CompactCodable {
    public init(compact reader: CompactReader) throws {
        communityOrders = try reader.read()
        releasesOnLicence = try reader.read()
        practitionerInterviews = try reader.readIfPresent()
        source = try reader.read()
    }

    public func write(compact writer: CompactWriter) throws {
        try writer.write(communityOrders)
        try writer.write(releasesOnLicence)
        try writer.writeIfPresent(practitionerInterviews)
        try writer.write(source)
    }
}
