import Testing

@testable import Charts

/// Charts a phone can read: text of 10 px or more at 390 px, threshold lines that cross no
/// label, names never cut, and a stacked bar that says its counts in words.
@Suite struct ReadableChartTests {
    /// A 390 px phone gives a chart 358 px of column; a chart is never shown wider than
    /// its own width (D6).
    @Test(arguments: Samples.all.map(\.name))
    func everyTextIsTenPixelsOrMoreOnAPhone(name: String) throws {
        let svg = try #require(Samples.all.first { $0.name == name }?.svg)
        let parsed = try #require(ParsedSVG(svg))
        let scale = min(1, 358 / parsed.viewBox.width)
        let sizes = parsed.named("text").map { $0.number("font-size") ?? SVGWriter.fontSize }
        #expect(sizes.allSatisfy { $0 * scale >= 10 }, "\(name): \(sizes.min() ?? 0) px drawn at \(scale)")
    }

    /// The dashed threshold lines run only across a bar's row, under the value label's
    /// backing, never through a label above the bars or a group heading (D13).
    @Test func thresholdLinesStayInsideTheBarRows() throws {
        let parsed = try #require(ParsedSVG(Samples.bars.svg()))
        let dashed = parsed.named("line").filter { $0.attributes["stroke-dasharray"] != nil }
        let bars = parsed.named("rect").filter {
            [Palette.bar, Palette.highlightedBar].contains($0.attributes["fill"] ?? "")
        }
        #expect(!dashed.isEmpty)
        for line in dashed {
            let top = try #require(line.number("y1")), bottom = try #require(line.number("y2"))
            #expect(
                bars.contains { bar in
                    guard let y = bar.number("y"), let height = bar.number("height") else { return false }
                    return top >= y - 2 && bottom <= y + height + 2
                })
            for text in parsed.textLines where text.fill != Palette.secondaryText {
                let crosses =
                    text.baseline - 11 < bottom && text.baseline + 3 > top
                    && (line.number("x1") ?? 0) > text.left && (line.number("x1") ?? 0) < text.right
                // Only a value label may share the row, drawn over its backing.
                #expect(!crosses || text.left > (bars.compactMap { $0.number("x") }.min() ?? 0) + 1, "\(text.text)")
            }
        }
    }

    /// A long PDU name wraps onto a second line instead of being cut (D14).
    @Test func timelineNamesWrapRatherThanBeingCut() throws {
        let chart = TimelineChart(
            title: "t", summary: "s",
            series: [
                .init(
                    name: "Leicester, Leicestershire, and Rutland", points: [.init(x: 2023.1, value: 7.4, label: "a")])
            ])
        let parsed = try #require(ParsedSVG(chart.svg()))
        let words = parsed.named("tspan").map(\.text).joined(separator: " ")
        #expect(words == "Leicester, Leicestershire, and Rutland")
        #expect(!chart.svg().contains("…"))
    }

    /// Each segment carries its category's short name and count; the legend names them.
    @Test func stackedBarsSayTheirCounts() throws {
        let chart = StackedBarChart(
            title: "Standards", summary: "s",
            categories: [
                .init(name: "Inadequate", short: "I", fill: "#f6d7d2", textColour: "#942514"),
                .init(name: "Good", short: "G", fill: "#cce2d8", textColour: "#005a30"),
            ], bars: [.init(label: "2.4 Reviewing", counts: [3, 1]), .init(label: "1.1 Leadership", counts: [0, 4])])
        let parsed = try #require(ParsedSVG(chart.svg()))
        let texts = parsed.textLines.map(\.text)
        #expect(texts.prefix(2) == ["I: Inadequate", "G: Good"])
        #expect(texts.contains("I 3") && texts.contains("G 1") && texts.contains("G 4") && !texts.contains("I 0"))
        #expect(texts.contains("2.4 Reviewing") && texts.contains("1.1 Leadership"))
        #expect(parsed.outsideViewBox == [])
        #expect(StackedBarChart(title: "t", summary: "s", categories: [], bars: []).svg().contains("No data"))
    }
}
