import InspectionModel
import MarkdownPages
import ParallelWork

/// The cross-PDU trends (`trends.md`, template `trends`): the comparisons no single
/// report gives, summarised so that the page stays short at any number of PDUs; the full
/// matrices are on each region's trends page (``RegionTrendsPage``).
public struct TrendsPage: Sendable, Encodable {
    /// The page's title.
    public static let title = "Trends across PDUs"
    public var title: String
    /// 1. For each standard, how many PDUs got each rating, per framework (with a chart).
    public var standards: [StandardsMatrix]
    /// The ratings in the order of the summary tables' columns.
    public var ratings: [String]
    /// 2. Key questions across PDUs, per framework (statistics only).
    public var keyQuestions: [KeyQuestionMatrix]
    public var hasKeyQuestions: Bool
    /// 3. The themes across key questions, by standard.
    public var themes: ThemeAverages
    /// 4. The regions' trends pages: the matrices by PDU and the inspections over time.
    public var regions: [Link]
    /// 5. Recommendations by addressee and theme.
    public var recommendations: RecommendationThemes
    /// The notes explaining the page's marked figures (footnotes).
    public var markNotes: [MarkNote]

    public init(map: SiteMap) {
        self.init(map: map, notes: MarkNote.rootNotes(map: map))
    }

    /// The page, its notes taken from `notes` (which the home page shares).
    init(map: SiteMap, notes: Deferred<[MarkNote]>) {
        let linker = Linker(page: SiteMap.trendsPath, map: map)
        title = Self.title
        standards = StandardsMatrix.all(pdus: map.pdus, linker: linker).map { matrix in
            var matrix = matrix
            matrix.chart = Image(
                src: linker.href(SiteMap.standardsChartPath(matrix.framework)),
                alt: StandardsChart.summary(of: matrix))
            return matrix
        }
        ratings = Rating.allCases.map(\.rawValue)
        keyQuestions = KeyQuestionMatrix.all(pdus: map.pdus, linker: linker)
        hasKeyQuestions = !keyQuestions.isEmpty
        themes = ThemeAverages(pdus: map.pdus, linker: linker)
        regions = map.regions.filter { !$0.pduSlugs.isEmpty }.map {
            Link(text: $0.name, href: linker.href($0.trendsPath))
        }
        recommendations = RecommendationThemes(map: map, linker: linker)
        markNotes = notes.wait()
    }
}

/// The trends of one region's PDUs (`trends/<region>.md`, template `region-trends`): the
/// full matrices of standards and key questions by PDU, the themes by PDU, and every
/// inspection over time.
public struct RegionTrendsPage: Sendable, Encodable {
    public var title: String
    public var region: Link
    public var standards: [StandardsMatrix]
    public var keyQuestions: [KeyQuestionMatrix]
    public var hasKeyQuestions: Bool
    public var themes: ThemeAverages
    public var timeline: InspectionTimeline
    /// The matrices' rating codes and what they stand for.
    public var legend: [Legend]
    /// The notes explaining the page's marked figures (footnotes).
    public var markNotes: [MarkNote]

    /// `RI` = `Requires improvement`.
    public struct Legend: Sendable, Encodable {
        public var code: String
        public var rating: String
    }

    public init(_ region: SiteMap.Region, map: SiteMap) {
        let linker = Linker(page: region.trendsPath, map: map)
        title = "Trends in \(region.name)"
        self.region = linker.region(region)
        let pdus = region.pduSlugs.compactMap(map.pdu(slug:))
        standards = StandardsMatrix.all(pdus: pdus, linker: linker)
        keyQuestions = KeyQuestionMatrix.all(pdus: pdus, linker: linker)
        hasKeyQuestions = !keyQuestions.isEmpty
        themes = ThemeAverages(pdus: pdus, linker: linker)
        timeline = InspectionTimeline(pdus: pdus, chartPath: region.scoresChartPath, linker: linker)
        legend = Rating.allCases.map { Legend(code: StandardsMatrix.codes[$0] ?? "", rating: $0.rawValue) }
        markNotes = MarkNote.notes(forEach: pdus.map(\.inspections), linker: linker)
    }
}

extension RegionTrendsPage: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("title", title)
        try object.add("region", region)
        try object.add("standards", standards)
        try object.add("keyQuestions", keyQuestions)
        object.add("hasKeyQuestions", hasKeyQuestions)
        try object.add("themes", themes)
        try object.add("timeline", timeline)
        try object.add("legend", legend)
        try object.add("markNotes", markNotes)
    }
}

extension RegionTrendsPage.Legend: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("code", code)
        object.add("rating", rating)
    }
}

extension TrendsPage: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("title", title)
        try object.add("standards", standards)
        try object.add("ratings", ratings)
        try object.add("keyQuestions", keyQuestions)
        object.add("hasKeyQuestions", hasKeyQuestions)
        try object.add("themes", themes)
        try object.add("regions", regions)
        try object.add("recommendations", recommendations)
        try object.add("markNotes", markNotes)
    }
}
