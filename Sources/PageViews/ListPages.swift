import InspectionModel
import MarkdownPages

/// The list of every PDU (`pdus.md`, template `pdus`): one row per PDU with its latest
/// inspection, for the filter box to narrow.
public struct PDUListPage: Sendable, Encodable {
    public static let title = "PDUs"
    public var title: String
    /// `244 PDUs in 12 regions.`
    public var summary: String
    public var pdus: [Row]
    public var hasPDUs: Bool
    /// The notes explaining the page's marked figures (footnotes).
    public var markNotes: [MarkNote]

    /// One PDU and its latest inspection.
    public struct Row: Sendable, Encodable {
        public var pdu: Link
        public var region: Link
        /// `December 2024`.
        public var published: String
        /// The footnote reference when that date was corrected, else empty.
        public var publishedMark: String
        public var score: SourcedValue
        public var rating: SourcedValue
    }

    public init(map: SiteMap) {
        let linker = Linker(page: SiteMap.pdusPath, map: map)
        title = Self.title
        summary =
            "\(Numbers.count(map.pdus.count, "PDU")) in \(Numbers.count(map.regions.count, "region")), "
            + "each with its latest inspection."
        pdus = map.pdus.map { pdu in
            let latest = pdu.latest
            return Row(
                pdu: linker.pdu(pdu), region: linker.region(named: latest.region.value),
                published: latest.published.value.spelledOut,
                publishedMark: linker.mark(latest.published.provenance, file: latest.published.source.file),
                score: linker.source(
                    "\(latest.score.value)/\(latest.score.max)", at: latest.score.source,
                    provenance: latest.score.provenance),
                rating: linker.source(latest.overallRating.value.rawValue, at: latest.overallRating.source))
        }
        hasPDUs = !pdus.isEmpty
        markNotes = MarkNote.notes(forEach: map.pdus.map(\.inspections), latestOnly: true, linker: linker)
    }
}

/// The list of every region (`regions.md`, template `regions`): its PDUs, letters and the
/// ratings of its PDUs' latest inspections.
public struct RegionListPage: Sendable, Encodable {
    public static let title = "Regions"
    public var title: String
    public var regions: [Row]
    public var hasRegions: Bool

    /// One region.
    public struct Row: Sendable, Encodable {
        public var region: Link
        public var pdus: Int
        public var letters: Int
        /// `2 Inadequate, 1 Good`.
        public var ratings: String
    }

    public init(map: SiteMap) {
        let linker = Linker(page: SiteMap.regionsPath, map: map)
        title = Self.title
        regions = map.regions.map { region in
            let pdus = region.pduSlugs.compactMap(map.pdu(slug:))
            return Row(
                region: linker.region(region), pdus: pdus.count, letters: region.letters.count,
                ratings: RatingTally(pdus.map(\.latest.overallRating.value)).words)
        }
        hasRegions = !regions.isEmpty
    }
}

extension PDUListPage: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("title", title)
        object.add("summary", summary)
        try object.add("pdus", pdus)
        object.add("hasPDUs", hasPDUs)
        try object.add("markNotes", markNotes)
    }
}

extension PDUListPage.Row: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        try object.add("pdu", pdu)
        try object.add("region", region)
        object.add("published", published)
        object.add("publishedMark", publishedMark)
        try object.add("score", score)
        try object.add("rating", rating)
    }
}

extension RegionListPage: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("title", title)
        try object.add("regions", regions)
        object.add("hasRegions", hasRegions)
    }
}

extension RegionListPage.Row: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        try object.add("region", region)
        object.add("pdus", pdus)
        object.add("letters", letters)
        object.add("ratings", ratings)
    }
}
