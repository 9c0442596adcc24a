import InspectionModel
import PageViews
import Testing

/// One body is one group of recommendations, however the text writes its name.
@Suite struct AddresseeGroupTests {
    @Test func everyWayOfNamingHMPPSIsOneGroup() {
        let names = [
            "HM Prison and Probation Service", "HM Prison and Probation Service (HMPPS)", "HMPPS",
            "His Majesty's Prison and Probation Service",
        ]
        #expect(Set(names.map { Addressee(name: $0, kind: .hmpps).groupName }) == ["HM Prison and Probation Service"])
    }

    @Test func aTrailingAbbreviationInBracketsIsDroppedAndOtherBracketsKept() {
        #expect(
            Addressee(name: "Kent, Surrey and Sussex region (KSS)", kind: .region).groupName
                == "Kent, Surrey and Sussex region")
        #expect(Addressee(name: "Derby City PDU", kind: .pdu).groupName == "Derby City PDU")
        #expect(Addressee(name: "The police (where relevant)", kind: .other).groupName == "The police (where relevant)")
    }

    @Test func theSeedsGroupTheEastMidlandsHMPPSRecommendationsOnce() throws {
        let region = try #require(SeedSite.map.region(slug: "east-midlands"))
        let page = PageViews.RegionPage(region, map: SeedSite.map)
        #expect(page.recommendations.map(\.addressee) == ["East Midlands region", "HM Prison and Probation Service"])
        #expect(page.recommendations[1].items.map(\.number) == [8, 12, 13])
    }
}
