import Charts
import InspectionModel

/// Trend 4: every inspection ordered by when its fieldwork took place, with its score as
/// a share of the maximum and the change since the same PDU's previous inspection.
public struct InspectionTimeline: Sendable {
    /// Oldest fieldwork first.
    public var rows: [InspectionRow]
    public var chart: Image?

    init(map: SiteMap, linker: Linker) {
        let entries = map.pdus.flatMap { pdu in pdu.inspections.map { (pdu: pdu, inspection: $0) } }.sorted { a, b in
            (a.inspection.fieldworkOrPublished, a.pdu.name, a.inspection.source)
                < (b.inspection.fieldworkOrPublished, b.pdu.name, b.inspection.source)
        }
        rows = entries.map { InspectionRow($0.inspection, previous: $0.pdu.previous(to: $0.inspection), linker: linker) }
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
