import InspectionModel
import OpenData

/// The home page (`index.md`, template `index`): what the site covers, every inspection
/// in one table, counts by overall rating, and links to everything.
public struct IndexPage: Sendable {
    public var title: String
    /// `5 PDUs in 3 regions: 6 inspections from 5 documents, published February 2023 to December 2024.`
    public var coverage: String
    public var regionCount: Int
    public var pduCount: Int
    public var inspectionCount: Int
    public var documentCount: Int
    /// Every inspection, newest first (then by PDU).
    public var inspections: [InspectionRow]
    public var hasInspections: Bool
    /// Partial inspections (an opening, a report of another kind): never in the counts
    /// and comparisons above, each linked to its PDU's or region's page.
    public var partialInspections: [PartialInspectionView]
    public var hasPartialInspections: Bool
    /// Outstanding to Inadequate: how many inspections, and how many PDUs' latest, had each.
    public var ratingCounts: [RatingCount]
    public var regions: [RegionItem]
    public var pdus: [PDUItem]
    public var trends: Link
    /// The Data page, which explains every file.
    public var dataPage: Link
    public var data: [DataFile]
    /// The pages of the report texts the site was read from, by file name.
    public var sources: [Link]

    public struct RatingCount: Sendable {
        public var rating: String
        public var inspections: Int
        public var latest: Int
    }

    public struct RegionItem: Sendable {
        public var region: Link
        /// `2 PDUs`.
        public var pdus: String
        /// `1 regional letter`; nil when there is none.
        public var letters: String?
    }

    public struct PDUItem: Sendable {
        public var pdu: Link
        public var region: Link
        /// The latest inspection's overall rating.
        public var rating: SourcedValue
        /// When it was published: `October 2024`.
        public var published: String
    }

    /// One file of the open-data export.
    public struct DataFile: Sendable {
        public var file: Link
        public var description: String
    }

    public init(map: SiteMap, corpus: Corpus) {
        let linker = Linker(page: SiteMap.indexPath, map: map)
        let all = map.pdus.flatMap(\.inspections)
        title = SiteMap.siteName
        regionCount = map.regions.count
        pduCount = map.pdus.count
        inspectionCount = all.count
        documentCount = corpus.documentCount
        let dates = all.map(\.published.value).sorted()
        let span = dates.first.map { first in
            let last = dates[dates.count - 1]
            return first == last ? ", published \(first.spelledOut)" : ", published \(first.spelledOut) to \(last.spelledOut)"
        } ?? ""
        coverage = "\(Numbers.count(pduCount, "PDU")) in \(Numbers.count(regionCount, "region")): "
            + "\(Numbers.count(inspectionCount, "inspection")) from \(Numbers.count(documentCount, "document"))\(span)."
        inspections = all.sorted { a, b in
            a.published.value != b.published.value
                ? a.published.value > b.published.value : (a.pdu.value, a.source) < (b.pdu.value, b.source)
        }.map { inspection in
            InspectionRow(inspection, previous: map.pdu(of: inspection)?.previous(to: inspection), linker: linker)
        }
        hasInspections = !inspections.isEmpty
        partialInspections = PartialInspectionView.list(map.partials, map: map, linker: linker, linkPages: true)
        hasPartialInspections = !partialInspections.isEmpty
        ratingCounts = Rating.allCases.map { rating in
            RatingCount(rating: rating.rawValue,
                        inspections: all.filter { $0.overallRating.value == rating }.count,
                        latest: map.pdus.filter { $0.latest.overallRating.value == rating }.count)
        }
        regions = map.regions.map { region in
            RegionItem(region: linker.region(region), pdus: Numbers.count(region.pduSlugs.count, "PDU"),
                       letters: region.letters.isEmpty ? nil : Numbers.count(region.letters.count, "regional letter"))
        }
        pdus = map.pdus.map { pdu in
            PDUItem(pdu: linker.pdu(pdu), region: linker.region(named: pdu.latest.region.value),
                    rating: linker.source(pdu.latest.overallRating.value.rawValue, at: pdu.latest.overallRating.source),
                    published: pdu.latest.published.value.spelledOut)
        }
        trends = linker.trends
        sources = map.sources.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map {
            linker.document(SourceLocation(file: $0, line: 1))
        }
        dataPage = linker.data
        data = DataDictionary.files.map { DataFile(file: Link(text: $0.path, href: linker.href($0.path)), description: $0.summary) }
    }
}
