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
