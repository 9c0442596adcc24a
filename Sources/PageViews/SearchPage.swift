/// The search page (`search.md`, template `search`): where the search box's form goes.
/// With JavaScript the box shows its results on every page; without it, this page lists
/// every PDU and region, so the site can still be browsed.
public struct SearchPage: Sendable, Encodable {
    /// The page's title.
    public static let title = "Search"
    public var title: String
    /// Every PDU, by name, with its region's name.
    public var pdus: [Entry]
    public var regions: [Link]

    /// A PDU and its region.
    public struct Entry: Sendable, Encodable {
        public var pdu: Link
        public var region: String
    }

    public init(map: SiteMap) {
        let linker = Linker(page: SiteMap.searchPath, map: map)
        title = Self.title
        pdus = map.pdus.map { pdu in
            Entry(pdu: linker.pdu(pdu), region: map.region(slug: pdu.regionSlug)?.name ?? pdu.latest.region.value)
        }
        regions = map.regions.map(linker.region)
    }
}
