import InspectionModel
import SourceAndOutput

/// Reads a "Progress on previous recommendations" table: tab- or pipe-separated rows of
/// recommendation, action taken, categorisation and whether improvement is still
/// required. A row whose cells a page break split over two lines is joined back.
enum ProgressTable {
    static func rows(_ lines: [TextLine], file: String, log: inout DiagnosticLog) -> [RecommendationProgress] {
        var rows: [RecommendationProgress] = []
        var pending: (cells: [String], line: Int)?
        for line in lines where line.text.containsByte(UInt8(ascii: "\t")) {  // a tab: always a Character of its own
            var cells = line.text.cellsBetweenTabs.map { $0.trimmingSpaces.collapsingSpaces }
            while cells.count < 4 { cells.append("") }
            let first = cells[0].lowercasedText
            if first.hasPrefix("previous recommendation") || first.hasPrefix("from previous") { continue }
            if let p = pending {
                cells =
                    zip(p.cells, cells).map { [$0, $1].filter { !$0.isEmpty }.joined(separator: " ") }
                    + cells.dropFirst(p.cells.count)
            }
            let startLine = pending?.line ?? line.number
            guard let categorisation = category(cells[2]) else {
                pending = (cells, startLine)
                continue
            }
            pending = nil
            rows.append(
                RecommendationProgress(
                    recommendation: cells[0], actionTaken: cells[1], categorisation: categorisation,
                    improvementStillRequired: yesNo(cells[3]), source: SourceLocation(file: file, line: startLine)))
        }
        if let pending {
            log.warning(
                "progress table row has no categorisation (sufficient, some or no progress)", line: pending.line)
            rows.append(
                RecommendationProgress(
                    recommendation: pending.cells[0], actionTaken: pending.cells[1], categorisation: nil,
                    improvementStillRequired: yesNo(pending.cells[3]),
                    source: SourceLocation(file: file, line: pending.line)))
        }
        return rows
    }

    private static func category(_ text: String) -> RecommendationProgress.Categorisation? {
        let t = text.lowercasedText
        return RecommendationProgress.Categorisation.allCases.first { t.hasPrefix($0.rawValue.lowercasedText) }
    }

    private static func yesNo(_ text: String) -> Bool? {
        let t = text.lowercasedText
        if t.hasPrefix("yes") { return true }
        if t.hasPrefix("no") { return false }
        return nil
    }
}
