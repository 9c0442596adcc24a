import Charts
import InspectionModel

/// Trend 4: every inspection ordered by when its fieldwork took place, with its score as
/// a share of the maximum and the change since the same PDU's previous inspection.
public struct InspectionTimeline: Sendable {
    public var rows: [Row]
    public var chart: Image?

    public struct Row: Sendable {
        /// Fieldwork start (`5 August 2024`), or the publication month when the text gives no fieldwork date.
        public var date: String
        public var pdu: Link
        public var kind: String
        public var framework: String
        public var score: SourcedValue
        public var share: String
        public var rating: SourcedValue
        public var change: ScoreChange
    }

    init(map: SiteMap, linker: Linker) {
        let entries = map.pdus.flatMap { pdu in
            pdu.inspections.indices.map { i in (pdu: pdu, inspection: pdu.inspections[i], previous: i > 0 ? pdu.inspections[i - 1] : nil) }
        }.sorted { a, b in
            (a.inspection.fieldworkOrPublished, a.pdu.name, a.inspection.source)
                < (b.inspection.fieldworkOrPublished, b.pdu.name, b.inspection.source)
        }
        rows = entries.map { entry in
            let inspection = entry.inspection
            return Row(date: inspection.fieldworkOrPublished.spelledOut, pdu: linker.pdu(entry.pdu),
                       kind: inspection.originLabel, framework: inspection.framework.rawValue,
                       score: linker.source("\(inspection.score.value)/\(inspection.score.max)", at: inspection.score.source),
                       share: Numbers.percent(Numbers.share(inspection.score)),
                       rating: linker.source(inspection.overallRating.value.rawValue, at: inspection.overallRating.source),
                       change: ScoreChange(from: entry.previous, to: inspection))
        }
        chart = rows.isEmpty ? nil
            : Image(src: linker.href(SiteMap.scoresChartPath), alt: Self.summary(of: map))
    }

    /// Scores over time, one line per PDU.
    static func chart(of map: SiteMap) -> TimelineChart {
        TimelineChart(
            title: "Inspection scores over time",
            summary: summary(of: map),
            series: map.pdus.map { pdu in
                TimelineChart.Series(name: pdu.name, points: pdu.inspections.map { inspection in
                    let share = Numbers.share(inspection.score)
                    return TimelineChart.Point(
                        x: decimalYear(inspection.fieldworkOrPublished), value: share,
                        label: "\(pdu.name), \(inspection.fieldworkOrPublished.spelledOut): "
                            + "\(inspection.score.value)/\(inspection.score.max) (\(Numbers.percent(share)))")
                })
            },
            yMaximum: 100, yAxisLabel: "Score as % of maximum")
    }

    /// `Score as a share of the maximum, by PDU: Derby City 40.7% (February 2023), 33.3% (February 2025); …`.
    static func summary(of map: SiteMap) -> String {
        "Score as a share of the maximum at each inspection, by PDU: " + map.pdus.map { pdu in
            pdu.name + " " + pdu.inspections.map {
                "\(Numbers.percent(Numbers.share($0.score))) (\($0.fieldworkOrPublished.spelledOut))"
            }.joined(separator: ", ")
        }.joined(separator: "; ") + "."
    }

    /// A date as a decimal year: the middle of its day, or of its month when no day is known.
    static func decimalYear(_ date: CalendarDate) -> Double {
        let month = Double(date.month - 1) / 12
        let day = date.day.map { (Double($0) - 0.5) / 365 } ?? 1.0 / 24
        return Double(date.year) + month + day
    }
}
