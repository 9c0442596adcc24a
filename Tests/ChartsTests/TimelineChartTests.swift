import Testing

@testable import Charts

/// The timeline chart's layout: axes, series lines and markers, and the end labels.
@Suite struct TimelineChartTests {
    static func point(_ x: Double, _ value: Double, _ label: String = "") -> TimelineChart.Point {
        .init(x: x, value: value, label: label)
    }

    static func parsed(_ series: [TimelineChart.Series], yMaximum: Double = 100) throws -> ParsedSVG {
        try #require(ParsedSVG(TimelineChart(title: "t", summary: "s", series: series, yMaximum: yMaximum).svg()))
    }

    /// The year labels under the x axis.
    static func years(_ parsed: ParsedSVG) -> [String] {
        parsed.textLines.filter { $0.fill == Palette.secondaryText && $0.baseline == 338 }.map(\.text)
    }

    @Test func smallChartSnapshot() {
        #expect(
            Samples.timeline.svg() == """
                <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="t d" viewBox="0 0 400 354" width="400" height="354" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="13">
                <title id="t">Scores over time</title>
                <desc id="d">Leeds rose from 40% to 60%; York scored 55%.</desc>
                <style>@media (prefers-color-scheme: dark) {[fill="#ffffff"] { fill: #161718 } [fill="#0b0c0c"] { fill: #f3f2f1 } [stroke="#0b0c0c"] { stroke: #f3f2f1 } [fill="#505a5f"] { fill: #b1b4b6 } [stroke="#505a5f"] { stroke: #b1b4b6 } [stroke="#d8dcde"] { stroke: #3b3f42 } [fill="#1d70b8"] { fill: #5694ca } [fill="#003078"] { fill: #8cc4f5 } [fill="#0072b2"] { fill: #56b4e9 } [stroke="#0072b2"] { stroke: #56b4e9 } [fill="#007a5a"] { fill: #3fc29a } [stroke="#007a5a"] { stroke: #3fc29a } [fill="#332288"] { fill: #a99bf0 } [stroke="#332288"] { stroke: #a99bf0 } [fill="#7a5c00"] { fill: #d9b44a } [stroke="#7a5c00"] { stroke: #d9b44a } [fill="#aa3377"] { fill: #e38bbd } [stroke="#aa3377"] { stroke: #e38bbd } [fill="#b84e00"] { fill: #f0a04b } [stroke="#b84e00"] { stroke: #f0a04b } }</style>
                <rect width="400" height="354" fill="#ffffff"/>
                <text x="16" y="20" font-size="12" fill="#0b0c0c">Score as % of maximum</text>
                <line x1="47" y1="320" x2="316" y2="320" stroke="#d8dcde" stroke-width="1"/>
                <line x1="47" y1="250" x2="316" y2="250" stroke="#d8dcde" stroke-width="1"/>
                <line x1="47" y1="180" x2="316" y2="180" stroke="#d8dcde" stroke-width="1"/>
                <line x1="47" y1="110" x2="316" y2="110" stroke="#d8dcde" stroke-width="1"/>
                <line x1="47" y1="40" x2="316" y2="40" stroke="#d8dcde" stroke-width="1"/>
                <line x1="47" y1="320" x2="47" y2="40" stroke="#0b0c0c" stroke-width="1"/>
                <line x1="43" y1="320" x2="47" y2="320" stroke="#0b0c0c" stroke-width="1"/>
                <text x="40" y="324" text-anchor="end" font-size="12" fill="#505a5f">0</text>
                <line x1="43" y1="250" x2="47" y2="250" stroke="#0b0c0c" stroke-width="1"/>
                <text x="40" y="254" text-anchor="end" font-size="12" fill="#505a5f">25</text>
                <line x1="43" y1="180" x2="47" y2="180" stroke="#0b0c0c" stroke-width="1"/>
                <text x="40" y="184" text-anchor="end" font-size="12" fill="#505a5f">50</text>
                <line x1="43" y1="110" x2="47" y2="110" stroke="#0b0c0c" stroke-width="1"/>
                <text x="40" y="114" text-anchor="end" font-size="12" fill="#505a5f">75</text>
                <line x1="43" y1="40" x2="47" y2="40" stroke="#0b0c0c" stroke-width="1"/>
                <text x="40" y="44" text-anchor="end" font-size="12" fill="#505a5f">100</text>
                <line x1="47" y1="320" x2="316" y2="320" stroke="#0b0c0c" stroke-width="1"/>
                <line x1="57" y1="320" x2="57" y2="324" stroke="#0b0c0c" stroke-width="1"/>
                <text x="57" y="338" text-anchor="middle" font-size="12" fill="#505a5f">2021</text>
                <line x1="140" y1="320" x2="140" y2="324" stroke="#0b0c0c" stroke-width="1"/>
                <text x="140" y="338" text-anchor="middle" font-size="12" fill="#505a5f">2022</text>
                <line x1="223" y1="320" x2="223" y2="324" stroke="#0b0c0c" stroke-width="1"/>
                <text x="223" y="338" text-anchor="middle" font-size="12" fill="#505a5f">2023</text>
                <line x1="306" y1="320" x2="306" y2="324" stroke="#0b0c0c" stroke-width="1"/>
                <text x="306" y="338" text-anchor="middle" font-size="12" fill="#505a5f">2024</text>
                <polyline points="98.5,208 243.8,152" fill="none" stroke="#0072b2" stroke-width="2"/>
                <line x1="249.8" y1="152" x2="328" y2="151" stroke="#0072b2" stroke-width="1" stroke-dasharray="1 3"/>
                <circle cx="98.5" cy="208" r="4.5" fill="#0072b2" stroke="#ffffff" stroke-width="1"><title>Leeds, July 2021: 40%</title></circle>
                <circle cx="243.8" cy="152" r="4.5" fill="#0072b2" stroke="#ffffff" stroke-width="1"><title>Leeds, April 2023: 60%</title></circle>
                <circle cx="334" cy="151" r="4.5" fill="#0072b2" stroke="#ffffff" stroke-width="1"/>
                <text x="344" y="155" font-size="12" fill="#0072b2">Leeds</text>
                <line x1="146" y1="166" x2="328" y2="167" stroke="#b84e00" stroke-width="1" stroke-dasharray="1 3"/>
                <rect x="136" y="162" width="8" height="8" fill="#b84e00" stroke="#ffffff" stroke-width="1"><title>York, January 2022: 55%</title></rect>
                <rect x="330" y="163" width="8" height="8" fill="#b84e00" stroke="#ffffff" stroke-width="1"/>
                <text x="344" y="171" font-size="12" fill="#b84e00">York</text>
                </svg>

                """)
    }

    @Test func noDrawablePointSaysNoData() throws {
        for series in [
            [], [TimelineChart.Series(name: "Empty", points: [])],
            [.init(name: "Nowhere", points: [Self.point(.nan, 50), Self.point(.infinity, 1)])],
        ] {
            let parsed = try Self.parsed(series)
            #expect(parsed.texts == ["No data"])
        }
    }

    @Test func everyMarkerCarriesItsLabelAndEverySeriesIsNamed() throws {
        let parsed = try #require(ParsedSVG(Samples.largeTimeline.svg()))
        let tooltips = parsed.named("title").dropFirst().map(\.text)
        #expect(tooltips == Samples.largeTimeline.series.flatMap { $0.points.map(\.label) })
        let names = Set(parsed.texts)
        #expect(Samples.largeTimeline.series.allSatisfy { names.contains($0.name) })
    }

    @Test func endLabelsOfCrowdedSeriesNeverOverlap() throws {
        let series = (0..<30).map { index in
            TimelineChart.Series(
                name: "PDU \(index)", points: [Self.point(2020 + Double(index % 4), 50 + Double(index % 3))])
        }
        let parsed = try Self.parsed(series)
        let names = parsed.textLines.filter { $0.text.hasPrefix("PDU") }
        #expect(names.count == 30)
        let baselines = names.map(\.baseline).sorted()
        for (upper, lower) in zip(baselines, baselines.dropFirst()) {
            #expect(lower - upper >= 14.8)
        }
        #expect(parsed.outsideViewBox == [])
    }

    @Test func endLabelsWithRoomStayLevelWithTheirLastPoint() throws {
        let parsed = try Self.parsed([
            .init(name: "Up", points: [Self.point(2020, 10), Self.point(2022, 80)]),
            .init(name: "Down", points: [Self.point(2021, 75), Self.point(2023, 20)]),
        ])
        let circles = parsed.named("circle").compactMap { $0.number("cy") }
        let up = try #require(parsed.textLines.first { $0.text == "Up" })
        let down = try #require(parsed.textLines.first { $0.text == "Down" })
        #expect(up.baseline == circles[1] + 4)
        #expect(down.baseline - 4 == 320 - 20 * 2.8)
        #expect(parsed.named("polyline").count == 2)
    }

    @Test func xAxisRunsFromTheFloorToTheCeilingOfTheYears() throws {
        #expect(
            Self.years(try Self.parsed([.init(name: "a", points: [Self.point(2019.3, 1), Self.point(2024.6, 2)])]))
                == ["2019", "2020", "2021", "2022", "2023", "2024", "2025"])
        #expect(Self.years(try Self.parsed([.init(name: "a", points: [Self.point(2024, 1)])])) == ["2024", "2025"])
        let wide = Self.years(
            try Self.parsed([.init(name: "a", points: [Self.point(1950.5, 1), Self.point(2029.2, 2)])]))
        #expect(wide.first == "1950" && wide.count <= 13)
        #expect(wide == stride(from: 1950, through: 2030, by: 7).map(String.init))
    }

    @Test func yGridlinesAtQuartersOfTheMaximum() throws {
        let parsed = try Self.parsed([.init(name: "a", points: [Self.point(2020, 30)])], yMaximum: 40)
        let ticks = parsed.textLines.filter { $0.fill == Palette.secondaryText && $0.baseline != 338 }.map(\.text)
        #expect(ticks == ["0", "10", "20", "30", "40"])
        #expect(parsed.named("line").filter { $0.attributes["stroke"] == Palette.grid }.count == 5)
    }

    @Test func seriesCycleThroughShapesAndColours() throws {
        let series = (0..<8).map { TimelineChart.Series(name: "S\($0)", points: [Self.point(2020, Double($0) * 10)]) }
        let parsed = try Self.parsed(series)
        let markers = parsed.elements.filter {
            ["circle", "rect", "polygon"].contains($0.name) && $0.attributes["stroke"] == "#ffffff"
        }
        let plotted = stride(from: 0, to: markers.count, by: 2).map { markers[$0] }
        #expect(
            plotted.map(\.name) == ["circle", "rect", "polygon", "polygon", "polygon", "circle", "rect", "polygon"])
        #expect(plotted.map { $0.attributes["fill"]! } == (0..<8).map { Palette.series[$0 % 7] })
        #expect(parsed.named("polyline").isEmpty, "single points are just markers")
        let labels = parsed.textLines.filter { $0.text.hasPrefix("S") }
        #expect(labels.map { $0.fill! } == (0..<8).map { Palette.series[$0 % 7] })
    }

    @Test func valuesAreDrawnClampedToTheScale() throws {
        let parsed = try Self.parsed([
            .init(
                name: "a",
                points: [
                    Self.point(2020, -10), Self.point(2021, 250), Self.point(2022, .nan),
                ])
        ])
        #expect(parsed.named("circle").compactMap { $0.number("cy") }.prefix(3) == [320, 40, 320])
    }

    @Test func extremeYearsStillDrawAValidChartInsideTheViewBox() throws {
        let parsed = try Self.parsed([.init(name: "a", points: [Self.point(-1e300, 1), Self.point(1e300, 2)])])
        #expect(Self.years(parsed).count <= 13)
        #expect(Self.years(parsed).first == "-1000000")
        #expect(parsed.outsideViewBox == [])
    }
}
