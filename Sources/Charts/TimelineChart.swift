/// Values over time: one line of markers per series (e.g. a PDU's inspections), x = time as a
/// decimal year. Rendered by `svg()` as a standalone, deterministic, accessible SVG document
/// 400 pixels wide. Each series gets a marker shape and a colour from fixed cycles, and its
/// name is written in a column right of the plot, level with its last point where there is
/// room (a dotted leader joins them), so no legend is needed.
public struct TimelineChart: SVGChart, Hashable, Sendable {
    /// One observation.
    public struct Point: Hashable, Sendable {
        /// The time as a decimal year, e.g. 2024.62 (the caller converts dates). A point whose
        /// x is not finite is not drawn; x is drawn clamped to ±1,000,000.
        public var x: Double
        /// The value, drawn clamped to 0...yMaximum (NaN draws as 0).
        public var value: Double
        /// The point's tooltip, e.g. "Leeds, August 2024: 14%" (the marker's `<title>`).
        public var label: String

        /// A point at year `x` with `value`, described by `label`.
        public init(x: Double, value: Double, label: String) {
            self.x = x
            self.value = value
            self.label = label
        }
    }

    /// One line of markers.
    public struct Series: Hashable, Sendable {
        /// The name written beside the series' last point (up to three lines of 130 pixels; cut
        /// with "…" beyond, the full name then being the text's tooltip).
        public var name: String
        /// The points, joined in the order given (the caller sorts them by x). A single point
        /// is just a marker; a series with no drawable point is not drawn at all.
        public var points: [Point]

        /// A series called `name`.
        public init(name: String, points: [Point]) {
            self.name = name
            self.points = points
        }
    }

    /// The chart's accessible name: the SVG `<title>`.
    public var title: String
    /// The chart's accessible description, the SVG `<desc>`: the same numbers in words.
    public var summary: String
    /// The series, drawn in this order; the index picks the colour and marker shape. No
    /// drawable point in any series draws a chart saying "No data".
    public var series: [Series]
    /// The top of the value scale; gridlines at 0, ¼, ½, ¾ and all of it (0, 25, 50, 75, 100
    /// for 100). A value that is not positive and finite (or above 10^12) counts as 100.
    public var yMaximum: Double
    /// The caption above the value axis, e.g. "Score as % of maximum"; empty draws none.
    public var yAxisLabel: String

    /// A timeline chart; the value scale runs 0...100 unless `yMaximum` says otherwise.
    public init(
        title: String, summary: String, series: [Series], yMaximum: Double = 100,
        yAxisLabel: String = ""
    ) {
        self.title = title
        self.summary = summary
        self.series = series
        self.yMaximum = yMaximum
        self.yAxisLabel = yAxisLabel
    }

    /// The chart as a complete SVG document in UTF-8, starting `<svg` and ending `</svg>\n`.
    public func svgBytes() -> [UInt8] {
        let plotted = series.map { $0.points.filter(\.x.isFinite) }
        let years = plotted.joined().map { Axis.clamp($0.x, to: -1e6...1e6) }
        guard let earliest = years.min(), let latest = years.max() else {
            return SVGWriter.noData(title: title, summary: summary)
        }
        let shown = plotted.indices.filter { !plotted[$0].isEmpty }
        let names = shown.map {
            SVGText.wrap(series[$0].name, maxWidth: Layout.nameWidth, fontSize: Axis.tickFontSize, maxLines: 3)
        }
        let widestName = names.flatMap(\.lines).map { SVGText.width(of: $0, fontSize: Axis.tickFontSize) }.max()
        let nameWidth = min(max(widestName ?? 0, 40), Layout.nameWidth).rounded(.up)
        let columnX = SVGWriter.width - Layout.margin - 16 - nameWidth
        let maximum = Axis.usableMaximum(yMaximum)
        let yAxis = Axis(
            lower: 0, upper: maximum, start: Layout.plotBottom, end: Layout.plotTop,
            ticks: Axis.quarterTicks(of: maximum))
        let plotLeft = (Layout.margin + 8 + yAxis.widestTickLabel).rounded(.up)
        let plotRight = columnX - 12
        let first = earliest.rounded(.down), last = max(latest.rounded(.up), first + 1)
        let xAxis = Axis(
            lower: first, upper: last, start: plotLeft + 10, end: plotRight - 10,
            ticks: Axis.yearTicks(from: first, through: last))

        var writer = SVGWriter()
        let caption = SVGText.wrap(
            yAxisLabel, maxWidth: SVGWriter.width - 2 * Layout.margin,
            fontSize: Axis.tickFontSize, maxLines: 1)
        writer.text(
            caption, fullText: yAxisLabel, x: Layout.margin, y: 20, lineHeight: 0,
            fontSize: Axis.tickFontSize)
        yAxis.drawVertical(
            into: &writer, x: plotLeft, from: Layout.plotBottom, to: Layout.plotTop,
            gridEnd: plotRight)
        xAxis.drawHorizontal(into: &writer, y: Layout.plotBottom, from: plotLeft, to: plotRight, gridTop: nil)

        let ends = shown.map { yAxis.position(plotted[$0].last?.value ?? 0) }
        // Room for the most lines any name takes.
        let spacing = Double(names.map(\.lines.count).max() ?? 1) * Layout.nameLineHeight + 2
        let labelYs = LabelPlacement.spread(
            ends, spacing: spacing, minimum: Layout.plotTop,
            maximum: Layout.plotBottom)
        for (rank, index) in shown.enumerated() {
            let colour = Palette.seriesColour(index), shape = MarkerShape.forSeries(index)
            let points = plotted[index].map { (x: xAxis.position($0.x), y: yAxis.position($0.value)) }
            if points.count > 1 {
                let list = points.map { "\(SVGText.number($0.x)),\(SVGText.number($0.y))" }.joined(separator: " ")
                writer.add("<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"/>")
            }
            let end = points[points.count - 1], labelY = labelYs[rank]
            writer.line(x1: end.x + 6, y1: end.y, x2: columnX, y2: labelY, stroke: colour, dash: "1 3")
            for (point, position) in zip(plotted[index], points) {
                writer.add(
                    shape.element(
                        x: position.x, y: position.y, fill: colour,
                        tooltip: point.label.isEmpty ? nil : point.label))
            }
            writer.add(shape.element(x: columnX + 6, y: labelY, fill: colour))
            writer.text(
                names[rank], fullText: series[index].name, x: columnX + 16,
                y: labelY + 4 - Double(names[rank].lines.count - 1) * Layout.nameLineHeight / 2,
                lineHeight: Layout.nameLineHeight, fontSize: Axis.tickFontSize, fill: colour)
        }
        let height = max(Layout.plotBottom + 34, (labelYs.max() ?? 0) + 16)
        return writer.document(height: height, title: title, summary: summary)
    }

    private enum Layout {
        static let margin = 16.0
        static let plotTop = 40.0
        static let plotBottom = 320.0
        static let nameWidth = 130.0
        static let nameLineHeight = 14.0
    }
}
