/// A horizontal bar chart of values on a 0...maximum scale (percentages), bars grouped under
/// headings, with optional labelled reference lines (thresholds). Rendered by `svg()` as a
/// standalone, deterministic, accessible SVG document 400 pixels wide; its height grows with
/// the number of bars and of wrapped label lines.
public struct BarChart: SVGChart, Hashable, Sendable {
    /// One bar: a labelled value, printed beside the bar end as `valueLabel`.
    public struct Bar: Hashable, Sendable {
        /// The heading the bar is drawn under, e.g. "Assessment". Consecutive bars with the same
        /// group share one bold heading, in the order given; an empty group draws no heading.
        public var group: String
        /// The bar's name, e.g. "Keeping other people safe", wrapped at word boundaries onto
        /// up to 3 lines (cut with "…" beyond that; the full text is then the text's tooltip).
        public var label: String
        /// The value; drawn clamped to 0...maximum (NaN draws as 0).
        public var value: Double
        /// The text printed beside the bar end, e.g. "35% · Inadequate": it must carry the
        /// value (and any band) in words, since the chart never relies on colour alone.
        public var valueLabel: String
        /// Whether to draw the bar distinctly (darker fill, thick outline and a bold value
        /// label), e.g. the lowest question in its standard. Put any words in `valueLabel`.
        public var isHighlighted: Bool

        /// A bar; not highlighted unless `isHighlighted` is true.
        public init(
            group: String, label: String, value: Double, valueLabel: String,
            isHighlighted: Bool = false
        ) {
            self.group = group
            self.label = label
            self.value = value
            self.valueLabel = valueLabel
            self.isHighlighted = isHighlighted
        }
    }

    /// A labelled vertical reference line, e.g. the rating band boundaries 50, 65, 80. Drawn
    /// dashed across the bars with its label above the chart; labels that would overlap go
    /// into separate rows. A threshold outside 0...maximum (or NaN) is not drawn.
    public struct Threshold: Hashable, Sendable {
        /// Where the line is drawn, on the 0...maximum scale.
        public var value: Double
        /// The text above the line, e.g. "Good 65" (one line; cut with "…" beyond 220 pixels).
        public var label: String

        /// A threshold line at `value` labelled `label`.
        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    /// The chart's accessible name: the SVG `<title>`.
    public var title: String
    /// The chart's accessible description, the SVG `<desc>`: the same numbers in words.
    public var summary: String
    /// The bars, top to bottom. No bars draws a chart saying "No data".
    public var bars: [Bar]
    /// The value at the right end of the scale; ticks at 0, ¼, ½, ¾ and all of it. A value
    /// that is not positive and finite (or above 10^12) counts as 100.
    public var maximum: Double
    /// Reference lines, e.g. rating band boundaries.
    public var thresholds: [Threshold]

    /// A bar chart; the scale runs 0...100 unless `maximum` says otherwise.
    public init(
        title: String, summary: String, bars: [Bar], maximum: Double = 100,
        thresholds: [Threshold] = []
    ) {
        self.title = title
        self.summary = summary
        self.bars = bars
        self.maximum = maximum
        self.thresholds = thresholds
    }

    /// The chart as a complete SVG document in UTF-8, starting `<svg` and ending `</svg>\n`. Each
    /// bar's label stands on its own line(s) above the bar, so the chart keeps its text at
    /// full size in 400 pixels; the threshold lines cross only the bars' rows, never a label.
    public func svgBytes() -> [UInt8] {
        guard !bars.isEmpty else { return SVGWriter.noData(title: title, summary: summary) }
        let widestValue =
            bars.map {
                SVGText.width(
                    of: $0.valueLabel, fontSize: SVGWriter.fontSize,
                    bold: $0.isHighlighted)
            }.max() ?? 0
        let reserve = min(max(widestValue + Layout.valueGap, 64), 200).rounded(.up)
        let maximum = Axis.usableMaximum(maximum)
        let axis = Axis(
            lower: 0, upper: maximum, start: Layout.margin,
            end: SVGWriter.width - Layout.margin - reserve, ticks: Axis.quarterTicks(of: maximum))

        var writer = SVGWriter()
        let plotTop = drawThresholdLabels(into: &writer, axis: axis)
        let lines = thresholds.filter { isDrawable($0, maximum: maximum) }.map { axis.position($0.value) }
        let plotBottom = drawBars(into: &writer, axis: axis, top: plotTop + 4, thresholdXs: lines) + 4
        axis.drawHorizontal(into: &writer, y: plotBottom, from: axis.start, to: axis.end, gridTop: nil)
        return writer.document(height: plotBottom + 34, title: title, summary: summary)
    }

    private enum Layout {
        static let margin = 16.0
        static let lineHeight = 16.0
        static let valueGap = 6.0
        static let headingSize = 14.0
        static let headingLineHeight = 18.0
        static let thresholdRowHeight = 16.0
        static let thresholdLabelWidth = 220.0
        static let barHeight = 16.0
    }

    private func isDrawable(_ threshold: Threshold, maximum: Double) -> Bool {
        threshold.value >= 0 && threshold.value <= maximum
    }

    /// Draws the threshold labels in as many rows as they need; returns the plot's top.
    private func drawThresholdLabels(into writer: inout SVGWriter, axis: Axis) -> Double {
        let drawn = thresholds.filter { isDrawable($0, maximum: axis.upper) }
            .enumerated().sorted {
                (axis.position($0.element.value), $0.offset)
                    < (axis.position($1.element.value), $1.offset)
            }.map(\.element)
        let labels = drawn.map {
            SVGText.wrap($0.label, maxWidth: Layout.thresholdLabelWidth, fontSize: Axis.tickFontSize, maxLines: 1)
        }
        let extents = zip(drawn, labels).map { threshold, label in
            let width = SVGText.width(of: label.lines.first ?? "", fontSize: Axis.tickFontSize)
            let start = min(
                max(axis.position(threshold.value) - width / 2, Layout.margin),
                SVGWriter.width - Layout.margin - width)
            return (start: start, end: start + width)
        }
        let rows = LabelPlacement.rows(for: extents, gap: 8)
        let rowCount = (rows.max() ?? -1) + 1
        let plotTop = 12 + Double(rowCount) * Layout.thresholdRowHeight + (rowCount > 0 ? 6 : 0)
        for index in drawn.indices {
            writer.text(
                labels[index], fullText: drawn[index].label,
                x: (extents[index].start + extents[index].end) / 2,
                y: plotTop - 6 - Double(rows[index]) * Layout.thresholdRowHeight, lineHeight: 0,
                anchor: .middle, fontSize: Axis.tickFontSize, fill: Palette.secondaryText)
        }
        return plotTop
    }

    /// Draws the group headings, and for each bar its label above it, the bar, the
    /// threshold lines across the bar's row and the value label, from `top` down; returns
    /// the bottom of the last bar row.
    private func drawBars(into writer: inout SVGWriter, axis: Axis, top: Double, thresholdXs: [Double]) -> Double {
        var y = top
        let textWidth = SVGWriter.width - 2 * Layout.margin
        for (index, bar) in bars.enumerated() {
            if index == 0 || bars[index - 1].group != bar.group {
                let heading = SVGText.wrap(bar.group, maxWidth: textWidth, fontSize: Layout.headingSize, bold: true)
                if !heading.lines.isEmpty {
                    if index > 0 { y += 10 }
                    writer.text(
                        heading, fullText: bar.group, x: Layout.margin, y: y + 14,
                        lineHeight: Layout.headingLineHeight, fontSize: Layout.headingSize, bold: true)
                    y += Double(heading.lines.count) * Layout.headingLineHeight + 4
                }
            }
            let label = SVGText.wrap(bar.label, maxWidth: textWidth, fontSize: SVGWriter.fontSize)
            writer.text(label, fullText: bar.label, x: Layout.margin, y: y + 13, lineHeight: Layout.lineHeight)
            y += Double(label.lines.count) * Layout.lineHeight + 2
            let end = axis.position(bar.value)
            writer.rect(
                x: axis.start, y: y, width: end - axis.start, height: Layout.barHeight,
                fill: bar.isHighlighted ? Palette.highlightedBar : Palette.bar,
                outline: bar.isHighlighted ? (Palette.highlightOutline, 3) : nil)
            for x in thresholdXs {
                writer.line(
                    x1: x, y1: y, x2: x, y2: y + Layout.barHeight, stroke: Palette.secondaryText,
                    width: 1.5, dash: "4 3")
            }
            let valueX = end + Layout.valueGap
            let value = SVGText.wrap(
                bar.valueLabel, maxWidth: SVGWriter.width - Layout.margin - valueX,
                fontSize: SVGWriter.fontSize, bold: bar.isHighlighted)
            if !value.lines.isEmpty {
                // A backing in the page's colour keeps the threshold lines from crossing the text.
                let widest =
                    value.lines.map {
                        SVGText.width(
                            of: $0, fontSize: SVGWriter.fontSize,
                            bold: bar.isHighlighted)
                    }.max() ?? 0
                writer.rect(
                    x: valueX - 2, y: y - 1, width: widest + 4,
                    height: Double(value.lines.count) * Layout.lineHeight + 2, fill: Palette.background)
            }
            writer.text(
                value, fullText: bar.valueLabel, x: valueX, y: y + 12.5,
                lineHeight: Layout.lineHeight, bold: bar.isHighlighted)
            y += Double(max(1, value.lines.count)) * Layout.lineHeight + 10
        }
        return y
    }
}
