import Charts

/// Charts shared by the tests: ordinary, empty, hostile and large.
enum Samples {
    static let hostile = #"<script>alert(1)</script> "&' <a href="javascript:x" onload="y">"#

    static let bars = BarChart(
        title: "Leeds: key questions",
        summary: "Assessment: keeping other people safe 35%, desistance 72.5%. Planning: safety 90%.",
        bars: [
            .init(
                group: "Assessment", label: "Keeping other people safe", value: 35,
                valueLabel: "35% · Inadequate", isHighlighted: true),
            .init(group: "Assessment", label: "Desistance", value: 72.5, valueLabel: "72.5% · Good"),
            .init(
                group: "Planning", label: "Keeping the person on probation safe", value: 90,
                valueLabel: "90% · Outstanding"),
        ],
        thresholds: [
            .init(value: 50, label: "Requires improvement 50"), .init(value: 65, label: "Good 65"),
            .init(value: 80, label: "Outstanding 80"),
        ])

    static let timeline = TimelineChart(
        title: "Scores over time", summary: "Leeds rose from 40% to 60%; York scored 55%.",
        series: [
            .init(
                name: "Leeds",
                points: [
                    .init(x: 2021.5, value: 40, label: "Leeds, July 2021: 40%"),
                    .init(x: 2023.25, value: 60, label: "Leeds, April 2023: 60%"),
                ]),
            .init(name: "York", points: [.init(x: 2022, value: 55, label: "York, January 2022: 55%")]),
        ],
        yAxisLabel: "Score as % of maximum")

    static let emptyBars = BarChart(title: "Nothing", summary: "No questions were scored.", bars: [])
    static let emptyTimeline = TimelineChart(title: "Nothing", summary: "No inspections.", series: [])

    static let hostileBars = BarChart(
        title: hostile, summary: hostile,
        bars: [
            .init(group: hostile, label: hostile, value: 50, valueLabel: hostile, isHighlighted: true),
            .init(group: "g", label: "l", value: .nan, valueLabel: hostile),
        ],
        maximum: .infinity, thresholds: [.init(value: 50, label: hostile)])

    static let hostileTimeline = TimelineChart(
        title: hostile, summary: hostile,
        series: [
            .init(
                name: hostile,
                points: [
                    .init(x: 2020, value: -5, label: hostile),
                    .init(x: 2021.5, value: .infinity, label: hostile),
                ]),
            .init(name: hostile + "2", points: [.init(x: 2024, value: .nan, label: hostile)]),
        ],
        yMaximum: -1, yAxisLabel: hostile)

    /// 60 bars in 12 groups, some with long labels.
    static let largeBars = BarChart(
        title: "Sixty questions", summary: "Sixty values.", bars: (0..<60).map(largeBar),
        thresholds: (0..<8).map { .init(value: Double(40 + $0 * 5), label: "Threshold \($0)") })

    private static func largeBar(_ index: Int) -> BarChart.Bar {
        let value = index * 37 % 101
        let label = index % 7 == 0 ? String(repeating: "Long question text ", count: 8) : "Question \(index)"
        return BarChart.Bar(
            group: "Standard \(index / 5 + 1)", label: label, value: Double(value),
            valueLabel: "\(value)% · band \(index % 4)", isHighlighted: index % 5 == 0)
    }

    /// 150 series ending at crowded values across twelve years.
    static let largeTimeline = TimelineChart(
        title: "Every PDU", summary: "150 PDUs.", series: (0..<150).map(largeSeries),
        yAxisLabel: "Score as % of maximum")

    private static func largeSeries(_ index: Int) -> TimelineChart.Series {
        let points = (0..<3).map { step in
            let x = 2013 + Double(step) * 4 + Double(index % 10) / 10
            let value = Double((index * 13 + step * 29) % 100)
            return TimelineChart.Point(x: x, value: value, label: "PDU \(index), \(step): \(value)%")
        }
        return TimelineChart.Series(name: "PDU \(index)", points: points)
    }

    /// Every sample chart, rendered, with a name for failure messages.
    static let all: [(name: String, svg: String)] = [
        ("bars", bars.svg()), ("timeline", timeline.svg()),
        ("empty bars", emptyBars.svg()), ("empty timeline", emptyTimeline.svg()),
        ("hostile bars", hostileBars.svg()), ("hostile timeline", hostileTimeline.svg()),
        ("large bars", largeBars.svg()), ("large timeline", largeTimeline.svg()),
    ]
}
