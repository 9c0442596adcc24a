import Charts
import InspectionModel
import MarkdownPages

/// Trend 4: every inspection of some PDUs (a region's) ordered by when its fieldwork took
/// place, with its score and the change since the same PDU's previous inspection.
public struct InspectionTimeline: Sendable, Encodable {
    /// Oldest fieldwork first.
    public var rows: [InspectionRow]
    public var chart: Image?

    init(pdus: [SiteMap.PDU], chartPath: String, linker: Linker) {
        let entries = pdus.flatMap { pdu in pdu.inspections.map { (pdu: pdu, inspection: $0) } }.sortedByIndex { a, b in
            (a.inspection.fieldworkOrPublished, a.pdu.name, a.inspection.source)
                < (b.inspection.fieldworkOrPublished, b.pdu.name, b.inspection.source)
        }
        rows = entries.map {
            InspectionRow($0.inspection, previous: $0.pdu.previous(to: $0.inspection), linker: linker)
        }
        chart =
            rows.isEmpty
            ? nil
            : Image(src: linker.href(chartPath), alt: Self.summary(of: pdus))
    }

    /// Scores over time, one line per PDU.
    static func chart(of pdus: [SiteMap.PDU], title: String) -> TimelineChart {
        TimelineChart(
            title: title,
            summary: summary(of: pdus),
            series: pdus.map { pdu in
                TimelineChart.Series(
                    name: pdu.name,
                    points: pdu.inspections.map { inspection in
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
    static func summary(of pdus: [SiteMap.PDU]) -> String {
        "Score as a share of the maximum at each inspection, by PDU: "
            + pdus.map { pdu in
                pdu.name + " "
                    + pdu.inspections.map {
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

extension InspectionTimeline: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        try object.add("rows", rows)
        try object.add("chart", chart)
    }
}
