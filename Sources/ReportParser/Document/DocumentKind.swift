/// What a text is: a PDU inspection report, a regional inspection letter, or neither.
enum DocumentKind: Equatable {
    case pduReport, regionalLetter, unknown

    init(_ lines: [TextLine]) {
        var title = false, ratings = false, letterSalutation = false, annexRatings = false, regional = false
        var otherService = false, mentionsPDU = false
        for line in lines {
            let lower = line.trimmed.lowercased()
            if lower.isEmpty { continue }
            if lower.contains("inspection of probation services in") { title = true }
            if !title, !otherService, lower.count < 120, let r = lower.firstRange(of: "inspection of "),
               lower[r.upperBound...].contains("services in"), !lower[r.upperBound...].hasPrefix("probation") { otherService = true }
            if lower.contains(" pdu") { mentionsPDU = true }
            if lower == "ratings" || lower.hasPrefix("overall rating") || lower.hasPrefix("score ") { ratings = true }
            if lower.hasPrefix("dear ") { letterSalutation = true }
            if lower.contains("pdu ratings") { annexRatings = true }
            if lower.hasPrefix("regional observations") || lower.contains("regional inspection") || lower.contains("regional review") || lower.contains("review of probation service") { regional = true }
            // The title page or the salutation decides; no need to read the whole text.
            if (title && !letterSalutation) || (letterSalutation && regional) { break }
        }
        if letterSalutation && (annexRatings || regional) && !title {
            self = .regionalLetter
        } else if title || (ratings && mentionsPDU && !letterSalutation && !otherService) {
            self = .pduReport
        } else {
            self = .unknown
        }
    }
}
