import Charts
import InspectionModel

/// Everything the site shows, page by page: which template renders which view into which
/// file, the charts, and the source texts to publish. Built from the corpus in one pure step.
public struct Site: Sendable {
    /// One page: the template `template` renders `view` into the Markdown file `path`.
    public struct Page: Sendable {
        public var path: String
        public var template: String
        public var view: any Sendable
    }

    /// One SVG chart file.
    public struct Chart: Sendable {
        public var path: String
        public var svg: String
    }

    /// Index first, then trends, regions and PDUs, each by path.
    public var pages: [Page]
    public var charts: [Chart]
    /// Content path of each source text → its published path (`source/leeds-2024.txt`).
    public var sources: [String: String]

    public init(corpus: Corpus) {
        let map = SiteMap(corpus: corpus)
        pages = [Page(path: SiteMap.indexPath, template: "index", view: IndexPage(map: map, corpus: corpus)),
                 Page(path: SiteMap.trendsPath, template: "trends", view: TrendsPage(map: map))]
            + map.regions.map { Page(path: $0.path, template: "region", view: RegionPage($0, map: map)) }
            + map.pdus.map { Page(path: $0.path, template: "pdu", view: PDUPage($0, map: map)) }
        let keyQuestionCharts = map.pdus.flatMap(\.inspections).compactMap { inspection in
            map.keyQuestionChartPath(for: inspection).map { Chart(path: $0, svg: KeyQuestionChart.chart(of: inspection).svg()) }
        }
        charts = (map.pdus.isEmpty ? [] : [Chart(path: SiteMap.scoresChartPath, svg: InspectionTimeline.chart(of: map).svg())])
            + keyQuestionCharts
        sources = map.sources
    }
}
