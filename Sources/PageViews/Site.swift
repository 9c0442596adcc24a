import Charts
import InspectionModel
import ParallelWork

/// Everything the site shows, page by page: which template renders which view into which
/// file, the charts, and the source texts to publish. Built from the corpus in one pure step.
public struct Site: Sendable {
    /// One page: the template `template` renders `view` into the Markdown file `path`,
    /// shown as an HTML page inside `frame`. The view is made when asked for, so that the
    /// pages' views can be made on several threads at once.
    public struct Page: Sendable {
        public var path: String
        public var template: String
        public var frame: PageFrame
        /// The content paths of the texts the page shows facts from; nil when it draws on
        /// all of them. With the map's ``SiteMap/outline``, they decide the page.
        public var dependsOn: [String]?
        let makeView: @Sendable () -> any Sendable
        public var view: any Sendable { makeView() }
    }

    /// The page of one report text, a link target per line.
    public struct SourcePage: Sendable {
        public var text: SiteMap.SourceText
        public var frame: PageFrame
    }

    /// One SVG chart file, drawn when asked for.
    public struct Chart: Sendable {
        public var path: String
        /// As for ``Page/dependsOn``.
        public var dependsOn: [String]?
        let draw: @Sendable () -> [UInt8]
        /// The SVG document in UTF-8, drawn anew.
        public var svgBytes: [UInt8] { draw() }
    }

    /// Rating names → the CSS classes of their badges (`rating rating-requires-improvement`),
    /// for the HTML converter to mark ratings with.
    public static let ratingBadges = Dictionary(
        uniqueKeysWithValues: Rating.allCases.flatMap {
            [
                ($0.rawValue, "rating rating-" + Slug.make($0.rawValue)),
                (StandardsMatrix.codes[$0] ?? "", "rating rating-" + Slug.make($0.rawValue)),
            ]
        })

    /// The matrices' rating codes → the ratings they stand for (`RI` → `Requires improvement`),
    /// for the HTML converter to write as `<abbr title>`.
    public static let ratingAbbreviations = Dictionary(
        uniqueKeysWithValues: Rating.allCases.map {
            (StandardsMatrix.codes[$0] ?? "", $0.rawValue)
        })

    /// Index, trends, data, the not-found page and the lists of PDUs and regions first,
    /// then regions, regions' trends and PDUs, each by path.
    public var pages: [Page]
    public var charts: [Chart]
    /// The report texts' pages, by path.
    public var sourcePages: [SourcePage]
    /// The map's outline (see ``SiteMap/outline``).
    public var outline: String
    /// The map of the site (what the search index is made from: see ``SearchIndex/parts(of:size:anchor:)``).
    public let map: SiteMap

    /// The site of `corpus`. After the map, its pages, charts and outline, and the report
    /// texts' pages (which need nothing of them), are made side by side unless `parallelism` is
    /// serial; so are the map's two halves (``SiteMap/init(corpus:parallelism:)``).
    public init(corpus: Corpus, parallelism: Parallelism = .serial) {
        let map = SiteMap(corpus: corpus, parallelism: parallelism)
        // The texts' pages (a frame each) take about as long as the rest.
        let ((pages, charts, outline), sourcePages) = parallelism.run(
            { (Self.pages(map, corpus), Self.charts(map), map.outline) }, alongside: { Self.sourcePages(map) })
        (self.pages, self.charts, self.outline, self.sourcePages, self.map) = (pages, charts, outline, sourcePages, map)
    }

    /// Index, trends, data, search, the not-found page and the lists of PDUs and regions,
    /// then regions, regions' trends and PDUs (see ``pages``).
    private static func pages(_ map: SiteMap, _ corpus: Corpus) -> [Page] {
        func page(
            _ path: String, _ template: String, title: String, trail: (Linker) -> [Link] = { [$0.index] },
            dependsOn: [String]?, _ view: @escaping @Sendable () -> any Sendable
        ) -> Page {
            let linker = Linker(page: path, map: map)
            let markdown =
                path == SiteMap.notFoundPath
                ? nil
                : path.split(separator: "/").last.map { Link(text: "This page as Markdown", href: String($0)) }
            return Page(
                path: path, template: template,
                frame: linker.frame(title: title, trail: trail(linker), alternate: markdown), dependsOn: dependsOn,
                makeView: view)
        }
        let files = { (inspections: [Inspection]) in inspections.map(\.source.file) }
        let rootNotes = MarkNote.rootNotes(map: map)
        return
            [
                page(SiteMap.indexPath, "index", title: SiteMap.siteName, trail: { _ in [] }, dependsOn: nil) {
                    IndexPage(map: map, corpus: corpus, notes: rootNotes)
                },
                page(SiteMap.trendsPath, "trends", title: TrendsPage.title, dependsOn: nil) {
                    TrendsPage(map: map, notes: rootNotes)
                },
                page(SiteMap.dataPath, "data", title: DataPage.title, dependsOn: []) { DataPage(map: map) },
                page(SiteMap.searchPath, "search", title: SearchPage.title, dependsOn: []) { SearchPage(map: map) },
                page(SiteMap.notFoundPath, "404", title: NotFoundPage.title, trail: { _ in [] }, dependsOn: []) {
                    NotFoundPage(map: map)
                },
                page(SiteMap.pdusPath, "pdus", title: PDUListPage.title, dependsOn: nil) { PDUListPage(map: map) }
                    .filtering(),
                page(SiteMap.regionsPath, "regions", title: RegionListPage.title, dependsOn: nil) {
                    RegionListPage(map: map)
                }.filtering(),
            ]
            + map.regions.map { region in
                let texts =
                    region.pduSlugs.compactMap(map.pdu(slug:)).flatMap { files($0.inspections) }
                    + region.letters.map(\.source.file)
                    + region.partials.map(\.source.file)
                return [
                    page(region.path, "region", title: region.name, dependsOn: texts) { RegionPage(region, map: map) }
                ]
                    + (region.pduSlugs.isEmpty
                        ? []
                        : [
                            page(
                                region.trendsPath, "region-trends", title: "Trends in \(region.name)",
                                trail: { [$0.index, $0.trends, $0.region(region)] }, dependsOn: texts
                            ) {
                                RegionTrendsPage(region, map: map)
                            }
                        ])
            }.flatMap { $0 }
            + map.pdus.map { pdu in
                page(
                    pdu.path, "pdu", title: pdu.name, trail: { [$0.index, $0.region(named: pdu.latest.region.value)] },
                    dependsOn: files(pdu.inspections) + pdu.partials.map(\.source.file)
                ) {
                    PDUPage(pdu, map: map)
                }
            }
    }

    /// The report texts' pages, by path.
    private static func sourcePages(_ map: SiteMap) -> [SourcePage] {
        map.sourcesByPage.map { text in
            let linker = Linker(page: text.page, map: map)
            let plain = Link(text: "This text as a plain file", href: linker.href(text.plainText))
            return SourcePage(
                text: text, frame: linker.frame(title: text.name, trail: [linker.index, linker.data], alternate: plain))
        }
    }

    /// The standards charts, the regions' charts of scores, then each inspection's chart of key questions.
    private static func charts(_ map: SiteMap) -> [Chart] {
        let files = { (inspections: [Inspection]) in inspections.map(\.source.file) }
        // Each chart's inspection read from its PDU's list when drawn (not copied here).
        let keyQuestionCharts = map.pdus.flatMap { pdu in
            let inspections = pdu.inspections
            return inspections.indices.compactMap { index in
                map.keyQuestionChartPath(for: inspections[index]).map { path in
                    Chart(path: path, dependsOn: [inspections[index].source.file]) {
                        KeyQuestionChart.chart(of: inspections[index]).svgBytes()
                    }
                }
            }
        }
        // Each matrix made when its chart is drawn, on the render's threads.
        let standardsCharts = StandardsMatrix.byFramework(map.pdus).map { framework, pdus in
            Chart(path: SiteMap.standardsChartPath(framework), dependsOn: nil) {
                let linker = Linker(page: SiteMap.trendsPath, map: map)
                return StandardsChart.chart(of: StandardsMatrix(framework: framework, pdus: pdus, linker: linker))
                    .svgBytes()
            }
        }
        let regionCharts = map.regions.filter { !$0.pduSlugs.isEmpty }.map { region in
            let pdus = region.pduSlugs.compactMap(map.pdu(slug:))
            return Chart(path: region.scoresChartPath, dependsOn: pdus.flatMap { files($0.inspections) }) {
                InspectionTimeline.chart(of: pdus, title: "Inspection scores over time, \(region.name)").svgBytes()
            }
        }
        return standardsCharts + regionCharts + keyQuestionCharts
    }
}

extension Site.Page {
    /// The page with a filter box on its first table.
    func filtering() -> Site.Page {
        var page = self
        page.frame.filtersFirstTable = true
        return page
    }
}
