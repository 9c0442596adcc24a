import Charts
import InspectionModel

/// The trends page's chart of one framework: for each standard, a bar split by how many
/// PDUs got each rating, worst first, in the badges' colours, and its numbers in words.
public enum StandardsChart {
    /// Worst first, as the bars are drawn; the colours are the rating badges' (site.css).
    static let categories: [(Rating, fill: String, text: String)] = [
        (.inadequate, "#f6d7d2", "#942514"), (.requiresImprovement, "#fff7bf", "#594d00"),
        (.good, "#cce2d8", "#005a30"), (.outstanding, "#005a30", "#ffffff"),
    ]

    static func chart(of matrix: StandardsMatrix) -> StackedBarChart {
        StackedBarChart(
            title: "PDUs by rating of each standard, \(matrix.heading)",
            summary: summary(of: matrix),
            categories: categories.map {
                StackedBarChart.Category(
                    name: $0.0.rawValue, short: StandardsMatrix.codes[$0.0] ?? "",
                    fill: $0.fill, textColour: $0.text)
            },
            bars: matrix.byStandard.map { standard in
                StackedBarChart.Bar(label: standard.label, counts: categories.map { count(of: $0.0, in: standard) })
            })
    }

    /// `PDUs by rating of each standard, 2023 framework: 1.1 Leadership 2 Inadequate, 1 Good; …`.
    public static func summary(of matrix: StandardsMatrix) -> String {
        "PDUs by rating of each standard, \(matrix.heading): "
            + matrix.byStandard.map { standard in
                let parts = categories.compactMap { category -> String? in
                    let n = count(of: category.0, in: standard)
                    return n > 0 ? "\(n) \(category.0.rawValue)" : nil
                }
                return standard.label + " " + (parts.isEmpty ? "not rated" : parts.joined(separator: ", "))
            }.joined(separator: "; ") + "."
    }

    private static func count(of rating: Rating, in standard: StandardsMatrix.StandardCount) -> Int {
        Rating.allCases.firstIndex(of: rating).map { standard.counts[$0] } ?? 0
    }
}
