import Charts
import InspectionModel

/// Everything the site shows, page by page: which template renders which view into which
/// file, the charts, and the source texts to publish. Built from the corpus in one pure step.
public struct Site: Sendable {
    /// One page: the template `template` renders `view` into the Markdown file `path`,
    /// shown as an HTML page inside `frame`.
    public struct Page: Sendable {
        public var path: String
        public var template: String
        public var view: any Sendable
        public var frame: PageFrame
    }

    /// The page of one report text, a link target per line.
    public struct SourcePage: Sendable {
        public var text: SiteMap.SourceText
        public var frame: PageFrame
    }

    /// One SVG chart file.
    public struct Chart: Sendable {
        public var path: String
        public var svg: String
    }

    /// Rating names → the CSS classes of their badges (`rating rating-requires-improvement`),
    /// for the HTML converter to mark ratings with.
    public static let ratingBadges = Dictionary(uniqueKeysWithValues: Rating.allCases.map {
        ($0.rawValue, "rating rating-" + Slug.make($0.rawValue))
    })

    /// Index, trends, data and the not-found page first, then regions and PDUs, each by path.
    public var pages: [Page]
    public var charts: [Chart]
    /// The report texts' pages, by path.
    public var sourcePages: [SourcePage]

    public init(corpus: Corpus) {
        let map = SiteMap(corpus: corpus)
        func page(_ path: String, _ template: String, _ view: any Sendable, title: String, trail: [Link] = []) -> Page {
            let linker = Linker(page: path, map: map)
            let markdown = path.split(separator: "/").last.map { Link(text: "This page as Markdown", href: String($0)) }
            return Page(path: path, template: template, view: view,
                        frame: linker.frame(title: title, trail: trail, alternate: markdown))
        }
        let index = IndexPage(map: map, corpus: corpus), trends = TrendsPage(map: map)
        let data = DataPage(map: map), notFound = NotFoundPage(map: map)
        pages = [page(SiteMap.indexPath, "index", index, title: index.title),
                 page(SiteMap.trendsPath, "trends", trends, title: trends.title, trail: trends.trail),
                 page(SiteMap.dataPath, "data", data, title: data.title, trail: [Linker(page: SiteMap.dataPath, map: map).index]),
                 page(SiteMap.notFoundPath, "404", notFound, title: notFound.title)]
            + map.regions.map { region in
                let view = RegionPage(region, map: map)
                return page(region.path, "region", view, title: view.title, trail: view.trail)
            }
            + map.pdus.map { pdu in
                let view = PDUPage(pdu, map: map)
                return page(pdu.path, "pdu", view, title: view.title, trail: view.trail)
            }
        sourcePages = map.sources.values.sorted { $0.page.utf8.lexicographicallyPrecedes($1.page.utf8) }.map { text in
            let linker = Linker(page: text.page, map: map)
            let plain = Link(text: "This text as a plain file", href: linker.href(text.plainText))
            return SourcePage(text: text, frame: linker.frame(title: text.name, trail: [linker.index, linker.data], alternate: plain))
        }
        let keyQuestionCharts = map.pdus.flatMap(\.inspections).compactMap { inspection in
            map.keyQuestionChartPath(for: inspection).map { Chart(path: $0, svg: KeyQuestionChart.chart(of: inspection).svg()) }
        }
        charts = (map.pdus.isEmpty ? [] : [Chart(path: SiteMap.scoresChartPath, svg: InspectionTimeline.chart(of: map).svg())])
            + keyQuestionCharts
    }
}
