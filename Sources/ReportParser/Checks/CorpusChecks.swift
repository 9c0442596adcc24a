import InspectionModel
import SourceAndOutput

/// Checks across documents: the same inspection read from two files, and what a report
/// says of the PDU's previous inspection against that inspection, where the content holds it.
enum CorpusChecks {
    static func run(_ inspections: [Inspection]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: [String: Inspection] = [:]
        for inspection in inspections {
            let key = "\(inspection.pdu.value)|\(inspection.published.value.monthOnly)|\(inspection.origin.rawValue)"
            if let first = seen[key] {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        "\(inspection.pdu.value)'s inspection published \(inspection.published.value.spelledOut) is also read from \(first.source.file):\(first.source.line); is this file a copy?",
                        at: inspection.source))
            } else {
                seen[key] = inspection
            }
        }
        // Each PDU's inspections (their indices, in the order given), so that an inspection
        // is compared with its own PDU's, not with the whole corpus (which grew as its square).
        let byPDU = Dictionary(grouping: inspections.indices) { inspections[$0].pdu.value }
        for inspection in inspections {
            guard let previous = inspection.previousInspection, let rating = previous.rating else { continue }
            let earlier = byPDU[inspection.pdu.value, default: []].filter {
                inspections[$0].published.value < inspection.published.value
            }
            guard
                let index = earlier.first(where: {
                    inspections[$0].published.value.monthOnly == previous.date.monthOnly
                }) ?? earlier.last
            else { continue }
            let match = inspections[index]
            guard match.overallRating.value != rating else { continue }
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "the report says the previous inspection (\(previous.date.spelledOut)) rated the PDU \(rating.rawValue), but \(match.source.file):\(match.overallRating.source.line) rates it \(match.overallRating.value.rawValue)",
                    at: previous.source))
        }
        return diagnostics
    }
}
