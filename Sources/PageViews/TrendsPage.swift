import InspectionModel

/// The cross-PDU trends (`trends.md`, template `trends`): the comparisons no single
/// report gives.
public struct TrendsPage: Sendable {
    /// The page's title.
    public static let title = "Trends across PDUs"
    public var title: String
    /// 1. Standards by PDU, per framework.
    public var standards: [StandardsMatrix]
    /// 2. Key questions by PDU, per framework.
    public var keyQuestions: [KeyQuestionMatrix]
    public var hasKeyQuestions: Bool
    /// 3. The themes across key questions.
    public var themes: ThemeAverages
    /// 4. Inspections over time.
    public var timeline: InspectionTimeline
    /// 5. Recommendations by addressee and theme.
    public var recommendations: RecommendationThemes
    /// The notes explaining the page's marked figures (footnotes).
    public var markNotes: [MarkNote]

    public init(map: SiteMap) {
        let linker = Linker(page: SiteMap.trendsPath, map: map)
        title = Self.title
        standards = StandardsMatrix.all(map: map, linker: linker)
        keyQuestions = KeyQuestionMatrix.all(map: map, linker: linker)
        hasKeyQuestions = !keyQuestions.isEmpty
        themes = ThemeAverages(map: map, linker: linker)
        timeline = InspectionTimeline(map: map, linker: linker)
        recommendations = RecommendationThemes(map: map, linker: linker)
        markNotes = MarkNote.notes(for: map.pdus.flatMap(\.inspections), linker: linker)
    }
}
