/// The marker drawn at each point of a timeline series; series cycle through the shapes so
/// that they differ by more than colour.
enum MarkerShape: CaseIterable {
    case circle, square, triangle, diamond, triangleDown

    /// The shape of the series at `index` (the cycle repeats).
    static func forSeries(_ index: Int) -> MarkerShape {
        allCases[index % allCases.count]
    }

    /// One SVG element drawing the marker centred on (`x`, `y`), with `tooltip` (if any) as
    /// its `<title>` child, shown on hover.
    func element(x: Double, y: Double, fill: String, tooltip: String? = nil) -> String {
        let n = SVGText.number
        let paint = "fill=\"\(fill)\" stroke=\"\(Palette.background)\" stroke-width=\"1\""
        let start: String
        let name: String
        switch self {
        case .circle:
            name = "circle"
            start = "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"4.5\" \(paint)"
        case .square:
            name = "rect"
            start = "<rect x=\"\(n(x - 4))\" y=\"\(n(y - 4))\" width=\"8\" height=\"8\" \(paint)"
        case .triangle, .diamond, .triangleDown:
            name = "polygon"
            start = "<polygon points=\"\(polygonPoints(x: x, y: y))\" \(paint)"
        }
        guard let tooltip else { return start + "/>" }
        return start + "><title>\(SVGText.escape(tooltip))</title></\(name)>"
    }

    private func polygonPoints(x: Double, y: Double) -> String {
        let offsets: [(Double, Double)] =
            switch self {
            case .triangle: [(0, -5.5), (5, 3.5), (-5, 3.5)]
            case .triangleDown: [(0, 5.5), (5, -3.5), (-5, -3.5)]
            default: [(0, -5.5), (5.5, 0), (0, 5.5), (-5.5, 0)]
            }
        return offsets.map { "\(SVGText.number(x + $0.0)),\(SVGText.number(y + $0.1))" }
            .joined(separator: " ")
    }
}
