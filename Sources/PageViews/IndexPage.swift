import InspectionModel
import MarkdownPages
import OpenData
import ParallelWork
import SourceAndOutput

/// The home page (`index.md`, template `index`): the main points of the corpus first
/// (ratings, the standards most and least often rated Inadequate, the latest inspections),
/// then the latest inspections, counts by overall rating, the regions, and links to the
/// lists of PDUs and regions, the trends and the data. Its size does not grow with the
/// number of PDUs beyond the regions' list.
public struct IndexPage: Sendable, Encodable {
    public var title: String
    /// `5 PDUs in 3 regions: 6 inspections from 5 documents, published February 2023 to December 2024.`
    public var coverage: String
    public var headline: GroupHeadline
    public var regionCount: Int
    public var pduCount: Int
    public var inspectionCount: Int
    public var documentCount: Int
    /// The ten most recent inspections, newest first (then by PDU).
    public var inspections: [InspectionRow]
    public var hasInspections: Bool
    /// `The 10 most recent of 300 inspections`, or `All 6 inspections`.
    public var inspectionsCaption: String
    /// Partial inspections (an opening, a report of another kind): never in the counts
    /// and comparisons above, each linked to its PDU's or region's page.
    public var partialInspections: [PartialInspectionView]
    public var hasPartialInspections: Bool
    /// Outstanding to Inadequate: how many inspections, and how many PDUs' latest, had each.
    public var ratingCounts: [RatingCount]
    public var regions: [RegionItem]
    public var pduList: Link
    public var regionList: Link
    public var trends: Link
    /// The Data page, which explains every file and lists the report texts.
    public var dataPage: Link
    public var data: [DataFile]
    /// The notes explaining the page's marked figures (footnotes).
    public var markNotes: [MarkNote]

    /// How many recent inspections the home page lists.
    static let recentCount = 10

    public struct RatingCount: Sendable, Encodable {
        public var rating: String
        public var inspections: Int
        public var latest: Int
    }

    public struct RegionItem: Sendable, Encodable {
        public var region: Link
        /// `2 PDUs`.
        public var pdus: String
        /// `1 regional letter`; nil when there is none.
        public var letters: String?
    }

    /// What the page reads of one inspection (its order among the latest, its rating), and
    /// where it is: the `index`th of the `list`th PDU's inspections.
    private struct Entry {
        var published: CalendarDate
        var pdu: String
        var source: SourceLocation
        var rating: Rating
        var list: Int
        var index: Int

        init(_ inspection: Inspection, list: Int, index: Int) {
            published = inspection.published.value
            pdu = inspection.pdu.value
            source = inspection.source
            rating = inspection.overallRating.value
            self.list = list
            self.index = index
        }
    }

    /// One file of the open-data export.
    public struct DataFile: Sendable, Encodable {
        public var file: Link
        public var description: String
    }

    public init(map: SiteMap, corpus: Corpus) {
        self.init(map: map, corpus: corpus, notes: MarkNote.rootNotes(map: map))
    }

    /// The page, its notes taken from `notes` (which the trends page shares).
    init(map: SiteMap, corpus: Corpus, notes: Deferred<[MarkNote]>) {
        let linker = Linker(page: SiteMap.indexPath, map: map)
        // Every PDU's inspections, PDU by PDU, as what the page reads of each (none copied).
        let lists = map.pdus.map(\.inspections)
        let all = lists.indices.flatMap { list in
            lists[list].indices.map { index in Entry(lists[list][index], list: list, index: index) }
        }
        title = SiteMap.siteName
        regionCount = map.regions.count
        pduCount = map.pdus.count
        inspectionCount = all.count
        documentCount = corpus.documentCount
        let dates = all.map(\.published).sorted()
        let span =
            dates.first.map { first in
                let last = dates[dates.count - 1]
                return first == last
                    ? ", published \(first.spelledOut)" : ", published \(first.spelledOut) to \(last.spelledOut)"
            } ?? ""
        coverage =
            "\(Numbers.count(pduCount, "PDU")) in \(Numbers.count(regionCount, "region")): "
            + "\(Numbers.count(inspectionCount, "inspection")) from \(Numbers.count(documentCount, "document"))\(span)."
        headline = GroupHeadline(map.pdus, linker: linker)
        inspections = all.sortedByIndex(first: Self.recentCount) { a, b in
            a.published != b.published ? a.published > b.published : (a.pdu, a.source) < (b.pdu, b.source)
        }.map { entry in
            let inspection = lists[entry.list][entry.index]
            return InspectionRow(
                inspection, previous: map.pdu(of: inspection)?.previous(to: inspection), linker: linker)
        }
        hasInspections = !inspections.isEmpty
        inspectionsCaption =
            all.count > Self.recentCount
            ? "The \(Self.recentCount) most recent of \(all.count) inspections"
            : "All \(Numbers.count(all.count, "inspection"))"
        partialInspections = PartialInspectionView.list(map.partials, map: map, linker: linker, linkPages: true)
        hasPartialInspections = !partialInspections.isEmpty
        ratingCounts = Rating.allCases.map { rating in
            RatingCount(
                rating: rating.rawValue,
                inspections: all.count(where: { $0.rating == rating }),
                latest: map.pdus.count(where: { $0.latest.overallRating.value == rating }))
        }
        regions = map.regions.map { region in
            RegionItem(
                region: linker.region(region), pdus: Numbers.count(region.pduSlugs.count, "PDU"),
                letters: region.letters.isEmpty ? nil : Numbers.count(region.letters.count, "regional letter"))
        }
        pduList = Link(text: "All \(Numbers.count(pduCount, "PDU"))", href: linker.href(SiteMap.pdusPath))
        regionList = Link(text: "All \(Numbers.count(regionCount, "region"))", href: linker.href(SiteMap.regionsPath))
        trends = linker.trends
        dataPage = linker.data
        markNotes = notes.wait()
        data = DataDictionary.files.map {
            DataFile(file: Link(text: $0.path, href: linker.href($0.path)), description: $0.summary)
        }
    }
}

extension IndexPage: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("title", title)
        object.add("coverage", coverage)
        try object.add("headline", headline)
        object.add("regionCount", regionCount)
        object.add("pduCount", pduCount)
        object.add("inspectionCount", inspectionCount)
        object.add("documentCount", documentCount)
        try object.add("inspections", inspections)
        object.add("hasInspections", hasInspections)
        object.add("inspectionsCaption", inspectionsCaption)
        try object.add("partialInspections", partialInspections)
        object.add("hasPartialInspections", hasPartialInspections)
        try object.add("ratingCounts", ratingCounts)
        try object.add("regions", regions)
        try object.add("pduList", pduList)
        try object.add("regionList", regionList)
        try object.add("trends", trends)
        try object.add("dataPage", dataPage)
        try object.add("data", data)
        try object.add("markNotes", markNotes)
    }
}

extension IndexPage.RatingCount: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("rating", rating)
        object.add("inspections", inspections)
        object.add("latest", latest)
    }
}

extension IndexPage.RegionItem: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        try object.add("region", region)
        object.add("pdus", pdus)
        object.add("letters", letters)
    }
}

extension IndexPage.DataFile: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        try object.add("file", file)
        object.add("description", description)
    }
}
