/// Horizontal bars each split into categories (e.g. how many PDUs got each rating of a
/// standard), with a legend above. Each bar's label stands above it; each segment wide
/// enough carries its category's short name and count (`I 3`), so colour is never the only
/// cue. Rendered by `svg()` as a standalone, deterministic, accessible SVG 400 pixels wide.
public struct StackedBarChart: SVGChart, Hashable, Sendable {
    /// One category: its name in the legend, its short name in the segments, and colours.
    public struct Category: Hashable, Sendable {
        public var name: String
        public var short: String
        /// The segment's fill and the colour of the text on it (at least 4.5:1 on the fill).
        public var fill: String
        public var textColour: String

        public init(name: String, short: String, fill: String, textColour: String) {
            self.name = name
            self.short = short
            self.fill = fill
            self.textColour = textColour
        }
    }

    /// One bar: its label and a count per category, in the categories' order.
    public struct Bar: Hashable, Sendable {
        public var label: String
        public var counts: [Int]

        public init(label: String, counts: [Int]) {
            self.label = label
            self.counts = counts
        }
    }

    public var title: String
    /// The same numbers in words (the SVG `<desc>`).
    public var summary: String
    public var categories: [Category]
    public var bars: [Bar]

    public init(title: String, summary: String, categories: [Category], bars: [Bar]) {
        self.title = title
        self.summary = summary
        self.categories = categories
        self.bars = bars
    }

    private enum Layout {
        static let margin = 16.0
        static let lineHeight = 16.0
        static let barHeight = 22.0
        static let legendSwatch = 14.0
    }

    /// The chart as a complete SVG document in UTF-8, starting `<svg` and ending `</svg>\n`.
    public func svgBytes() -> [UInt8] {
        let total = bars.map { $0.counts.reduce(0) { $0 + max($1, 0) } }.max() ?? 0
        guard !bars.isEmpty, total > 0 else { return SVGWriter.noData(title: title, summary: summary) }
        var writer = SVGWriter()
        let width = SVGWriter.width - 2 * Layout.margin
        var y = drawLegend(into: &writer)
        for bar in bars {
            let label = SVGText.wrap(bar.label, maxWidth: width, fontSize: SVGWriter.fontSize)
            writer.text(label, fullText: bar.label, x: Layout.margin, y: y + 13, lineHeight: Layout.lineHeight)
            y += Double(label.lines.count) * Layout.lineHeight + 2
            var x = Layout.margin
            for (category, count) in zip(categories, bar.counts) where count > 0 {
                let segment = width * Double(count) / Double(total)
                writer.rect(
                    x: x, y: y, width: segment, height: Layout.barHeight, fill: category.fill,
                    outline: ("#0b0c0c", 1))
                let text = "\(category.short) \(count)"
                if SVGText.width(of: text, fontSize: Axis.tickFontSize, bold: true) + 6 <= segment {
                    writer.text(
                        SVGText.Wrapped(lines: [text], isTruncated: false), fullText: text, x: x + segment / 2,
                        y: y + 15.5, lineHeight: 0, anchor: .middle, fontSize: Axis.tickFontSize, bold: true,
                        fill: category.textColour)
                }
                x += segment
            }
            y += Layout.barHeight + 12
        }
        return writer.document(height: y + 4, title: title, summary: summary)
    }

    /// The legend: a swatch, the short name and the name of each category, wrapped into rows.
    private func drawLegend(into writer: inout SVGWriter) -> Double {
        var x = Layout.margin, y = 12.0
        for category in categories {
            let text = "\(category.short): \(category.name)"
            let width = Layout.legendSwatch + 6 + SVGText.width(of: text, fontSize: Axis.tickFontSize) + 14
            if x + width > SVGWriter.width - Layout.margin, x > Layout.margin {
                x = Layout.margin
                y += 20
            }
            writer.rect(
                x: x, y: y, width: Layout.legendSwatch, height: Layout.legendSwatch, fill: category.fill,
                outline: ("#0b0c0c", 1))
            writer.text(
                SVGText.Wrapped(lines: [text], isTruncated: false), fullText: text,
                x: x + Layout.legendSwatch + 6, y: y + 11.5, lineHeight: 0, fontSize: Axis.tickFontSize)
            x += width
        }
        return y + 30
    }
}
