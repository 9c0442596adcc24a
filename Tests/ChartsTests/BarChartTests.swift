import Testing

@testable import Charts

/// The bar chart's layout: headings, bars, value labels, thresholds, wrapping and the scale.
@Suite struct BarChartTests {
    static let small = BarChart(
        title: "Leeds: assessment",
        summary: "Keeping other people safe 35%, inadequate; desistance 72.5%, good.",
        bars: [
            .init(
                group: "Assessment", label: "Keeping other people safe", value: 35,
                valueLabel: "35% · Inadequate", isHighlighted: true),
            .init(group: "Assessment", label: "Desistance", value: 72.5, valueLabel: "72.5% · Good"),
        ],
        thresholds: [.init(value: 65, label: "Good 65")])

    static func bar(
        _ label: String, _ value: Double, group: String = "Group",
        highlighted: Bool = false
    ) -> BarChart.Bar {
        .init(
            group: group, label: label, value: value, valueLabel: "\(SVGText.number(value))%",
            isHighlighted: highlighted)
    }

    static func parsed(_ chart: BarChart) throws -> ParsedSVG {
        try #require(ParsedSVG(chart.svg()))
    }

    @Test func smallChartSnapshot() {
        #expect(
            Self.small.svg() == """
                <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="t d" viewBox="0 0 400 186" width="400" height="186" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="13">
                <title id="t">Leeds: assessment</title>
                <desc id="d">Keeping other people safe 35%, inadequate; desistance 72.5%, good.</desc>
                <style>@media (prefers-color-scheme: dark) {[fill="#ffffff"] { fill: #161718 } [fill="#0b0c0c"] { fill: #f3f2f1 } [stroke="#0b0c0c"] { stroke: #f3f2f1 } [fill="#505a5f"] { fill: #b1b4b6 } [stroke="#505a5f"] { stroke: #b1b4b6 } [stroke="#d8dcde"] { stroke: #3b3f42 } [fill="#1d70b8"] { fill: #5694ca } [fill="#003078"] { fill: #8cc4f5 } [fill="#0072b2"] { fill: #56b4e9 } [stroke="#0072b2"] { stroke: #56b4e9 } [fill="#007a5a"] { fill: #3fc29a } [stroke="#007a5a"] { stroke: #3fc29a } [fill="#332288"] { fill: #a99bf0 } [stroke="#332288"] { stroke: #a99bf0 } [fill="#7a5c00"] { fill: #d9b44a } [stroke="#7a5c00"] { stroke: #d9b44a } [fill="#aa3377"] { fill: #e38bbd } [stroke="#aa3377"] { stroke: #e38bbd } [fill="#b84e00"] { fill: #f0a04b } [stroke="#b84e00"] { stroke: #f0a04b } }</style>
                <rect width="400" height="186" fill="#ffffff"/>
                <text x="161.6" y="28" text-anchor="middle" font-size="12" fill="#505a5f">Good 65</text>
                <text x="16" y="52" font-size="14" font-weight="bold" fill="#0b0c0c">Assessment</text>
                <text x="16" y="73" fill="#0b0c0c">Keeping other people safe</text>
                <rect x="16" y="78" width="78.4" height="16" fill="#003078" stroke="#0b0c0c" stroke-width="3"/>
                <line x1="161.6" y1="78" x2="161.6" y2="94" stroke="#505a5f" stroke-width="1.5" stroke-dasharray="4 3"/>
                <rect x="98.4" y="77" width="141.9" height="18" fill="#ffffff"/>
                <text x="100.4" y="90.5" font-weight="bold" fill="#0b0c0c">35% · Inadequate</text>
                <text x="16" y="117" fill="#0b0c0c">Desistance</text>
                <rect x="16" y="122" width="162.4" height="16" fill="#1d70b8"/>
                <line x1="161.6" y1="122" x2="161.6" y2="138" stroke="#505a5f" stroke-width="1.5" stroke-dasharray="4 3"/>
                <rect x="182.4" y="121" width="98.9" height="18" fill="#ffffff"/>
                <text x="184.4" y="134.5" fill="#0b0c0c">72.5% · Good</text>
                <line x1="16" y1="152" x2="240" y2="152" stroke="#0b0c0c" stroke-width="1"/>
                <line x1="16" y1="152" x2="16" y2="156" stroke="#0b0c0c" stroke-width="1"/>
                <text x="16" y="170" text-anchor="middle" font-size="12" fill="#505a5f">0</text>
                <line x1="72" y1="152" x2="72" y2="156" stroke="#0b0c0c" stroke-width="1"/>
                <text x="72" y="170" text-anchor="middle" font-size="12" fill="#505a5f">25</text>
                <line x1="128" y1="152" x2="128" y2="156" stroke="#0b0c0c" stroke-width="1"/>
                <text x="128" y="170" text-anchor="middle" font-size="12" fill="#505a5f">50</text>
                <line x1="184" y1="152" x2="184" y2="156" stroke="#0b0c0c" stroke-width="1"/>
                <text x="184" y="170" text-anchor="middle" font-size="12" fill="#505a5f">75</text>
                <line x1="240" y1="152" x2="240" y2="156" stroke="#0b0c0c" stroke-width="1"/>
                <text x="240" y="170" text-anchor="middle" font-size="12" fill="#505a5f">100</text>
                </svg>

                """)
    }

    @Test func noBarsSayNoData() throws {
        let chart = BarChart(
            title: "Empty", summary: "Nothing scored.", bars: [],
            thresholds: [.init(value: 50, label: "Fifty")])
        #expect(
            chart.svg() == """
                <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="t d" viewBox="0 0 400 72" width="400" height="72" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="13">
                <title id="t">Empty</title>
                <desc id="d">Nothing scored.</desc>
                <style>@media (prefers-color-scheme: dark) {[fill="#ffffff"] { fill: #161718 } [fill="#0b0c0c"] { fill: #f3f2f1 } [stroke="#0b0c0c"] { stroke: #f3f2f1 } [fill="#505a5f"] { fill: #b1b4b6 } [stroke="#505a5f"] { stroke: #b1b4b6 } [stroke="#d8dcde"] { stroke: #3b3f42 } [fill="#1d70b8"] { fill: #5694ca } [fill="#003078"] { fill: #8cc4f5 } [fill="#0072b2"] { fill: #56b4e9 } [stroke="#0072b2"] { stroke: #56b4e9 } [fill="#007a5a"] { fill: #3fc29a } [stroke="#007a5a"] { stroke: #3fc29a } [fill="#332288"] { fill: #a99bf0 } [stroke="#332288"] { stroke: #a99bf0 } [fill="#7a5c00"] { fill: #d9b44a } [stroke="#7a5c00"] { stroke: #d9b44a } [fill="#aa3377"] { fill: #e38bbd } [stroke="#aa3377"] { stroke: #e38bbd } [fill="#b84e00"] { fill: #f0a04b } [stroke="#b84e00"] { stroke: #f0a04b } }</style>
                <rect width="400" height="72" fill="#ffffff"/>
                <text x="200" y="44" text-anchor="middle" fill="#0b0c0c">No data</text>
                </svg>

                """)
    }

    @Test func eachRunOfAGroupGetsOneBoldHeading() throws {
        let chart = BarChart(
            title: "t", summary: "s",
            bars: [
                Self.bar("a", 10, group: "Assessment"), Self.bar("b", 20, group: "Assessment"),
                Self.bar("c", 30, group: "Planning"), Self.bar("d", 40, group: "Assessment"),
                Self.bar("e", 50, group: ""),
            ])
        let lines = try Self.parsed(chart).textLines
        #expect(lines.filter(\.bold).map(\.text) == ["Assessment", "Planning", "Assessment"])
        #expect(
            lines.filter { !$0.bold && $0.fill == Palette.text }.map(\.text)
                == ["a", "10%", "b", "20%", "c", "30%", "d", "40%", "e", "50%"])
    }

    @Test func everyValueLabelIsWrittenBesideItsBarEnd() throws {
        let chart = Samples.largeBars
        let parsed = try Self.parsed(chart)
        let bars = parsed.named("rect").filter { $0.attributes["fill"] != Palette.background }
        #expect(bars.count == chart.bars.count)
        for (bar, rect) in zip(chart.bars, bars) {
            let line = try #require(parsed.textLines.first { $0.text == bar.valueLabel }, "\(bar.valueLabel)")
            let end = try #require(rect.number("x")) + (rect.number("width") ?? 0)
            #expect(abs(line.left - end - 6) < 0.11)
        }
    }

    @Test func highlightedBarsDifferByMoreThanColour() throws {
        let parsed = try Self.parsed(
            BarChart(
                title: "t", summary: "s",
                bars: [
                    Self.bar("lowest", 20, highlighted: true), Self.bar("other", 60),
                ]))
        let bars = parsed.named("rect").filter { $0.attributes["fill"] != Palette.background }
        #expect(bars.map { $0.attributes["fill"] } == [Palette.highlightedBar, Palette.bar])
        #expect(bars.map { $0.attributes["stroke-width"] } == ["3", nil])
        #expect(parsed.textLines.filter(\.bold).map(\.text) == ["Group", "20%"])
    }

    @Test func valuesAreDrawnClampedToTheScale() throws {
        let chart = BarChart(
            title: "t", summary: "s",
            bars: [
                Self.bar("over", 150), Self.bar("full", 4), Self.bar("half", 2), Self.bar("under", -3),
                Self.bar("nan", .nan),
            ], maximum: 4)
        let parsed = try Self.parsed(chart)
        let widths = parsed.named("rect").filter { $0.attributes["fill"] == Palette.bar }.compactMap {
            $0.number("width")
        }
        #expect(widths.count == 5)
        #expect(widths[0] == widths[1] && widths[1] > 0)
        #expect(abs(widths[2] - widths[1] / 2) < 0.11)
        #expect(widths[3] == 0 && widths[4] == 0)
        let ticks = parsed.textLines.filter { $0.fill == Palette.secondaryText }.map(\.text)
        #expect(ticks == ["0", "1", "2", "3", "4"])
        #expect(parsed.texts.contains("150%"), "the value label is the caller's, unclamped")
    }

    @Test func unusableMaximumFallsBackTo100() throws {
        for maximum in [0, -5, Double.nan, .infinity] {
            let chart = BarChart(title: "t", summary: "s", bars: [Self.bar("a", 50)], maximum: maximum)
            let ticks = try Self.parsed(chart).textLines.filter { $0.fill == Palette.secondaryText }.map(\.text)
            #expect(ticks == ["0", "25", "50", "75", "100"])
        }
    }

    @Test func crowdedThresholdLabelsAreStaggeredWithoutOverlap() throws {
        let thresholds = [50, 52, 54, 56, 80].map { BarChart.Threshold(value: $0, label: "Requires improvement \($0)") }
        let outside = [
            BarChart.Threshold(value: 101, label: "over"), .init(value: -1, label: "under"),
            .init(value: .nan, label: "nan"),
        ]
        let parsed = try Self.parsed(
            BarChart(
                title: "t", summary: "s", bars: [Self.bar("a", 50)],
                thresholds: thresholds + outside))
        let labels = parsed.textLines.filter { $0.text.hasPrefix("Requires") }
        #expect(labels.count == 5)
        #expect(Set(labels.map(\.baseline)).count > 1, "staggered")
        for (index, first) in labels.enumerated() {
            for second in labels[(index + 1)...] where first.baseline == second.baseline {
                #expect(
                    first.right + 8 <= second.left || second.right + 8 <= first.left,
                    "\(first.text) overlaps \(second.text)")
            }
        }
        #expect(!parsed.texts.contains { ["over", "under", "nan"].contains($0) })
        #expect(parsed.named("line").filter { $0.attributes["stroke-dasharray"] != nil }.count == 5)
        let plotTop = try #require(
            parsed.named("line").first { $0.attributes["stroke-dasharray"] != nil }?.number("y1"))
        #expect(labels.allSatisfy { $0.baseline + 3 < plotTop })
    }

    @Test func longLabelsWrapOntoAtMostThreeLinesInsideTheLabelColumn() throws {
        let long =
            "Does planning focus sufficiently on keeping other people safe, including children and "
            + "adults at risk, across every part of the sentence and the licence period?"
        let parsed = try Self.parsed(
            BarChart(
                title: "t", summary: "s",
                bars: [
                    Self.bar("Is enforcement and compliance activity well judged to support the person?", 40),
                    Self.bar(long, 99), Self.bar(String(repeating: "Unbreakable", count: 12), 70),
                ]))
        // Labels stand above their bars, across the chart's width.
        let lines = parsed.textLines.filter { $0.left == 16 && !$0.bold }
        #expect(lines.count == 2 + 3 + 3)
        #expect(lines.allSatisfy { $0.right <= 400 - 16 })
        #expect(
            lines.prefix(2).map(\.text) == [
                "Is enforcement and compliance activity well judged", "to support the person?",
            ])
        #expect(lines[4].text.hasSuffix("…"))
        #expect(lines[5...].map(\.text).joined().hasPrefix(String(repeating: "Unbreakable", count: 4)))
        let bars = parsed.named("rect").filter {
            $0.attributes["fill"] == Palette.bar || $0.attributes["fill"] == Palette.highlightedBar
        }
        #expect(try bars.first.map { try #require($0.number("y")) }.map { $0 > lines[1].baseline } == true)
        #expect(parsed.named("title").map(\.text).contains(long), "a cut label keeps its full text as a tooltip")
        #expect(parsed.outsideViewBox == [])
    }

    @Test func longValueLabelsWrapInsideTheViewBox() throws {
        let label = "100% · Outstanding, the highest score of every probation delivery unit inspected this year"
        let parsed = try Self.parsed(
            BarChart(
                title: "t", summary: "s",
                bars: [
                    .init(group: "", label: "a", value: 100, valueLabel: label)
                ]))
        #expect(parsed.named("tspan").count > 1)
        #expect(parsed.outsideViewBox == [])
    }

    @Test func heightGrowsWithBarsAndWrappedLines() throws {
        func height(_ bars: [BarChart.Bar]) throws -> Double {
            try Self.parsed(BarChart(title: "t", summary: "s", bars: bars)).viewBox.height
        }
        let one = try height([Self.bar("a", 1)])
        let two = try height([Self.bar("a", 1), Self.bar("b", 2)])
        let wrapped = try height([Self.bar("a", 1), Self.bar(String(repeating: "word ", count: 20), 2)])
        #expect(one < two && two < wrapped)
        #expect(two - one == 44)  // a label line, its gap, the bar's row and the space after it
    }
}
