/// What a text is: a PDU inspection report, a regional inspection letter, or neither.
enum DocumentKind: Equatable {
    case pduReport, regionalLetter, unknown

    init(_ lines: [TextLine]) {
        var title = false, ratings = false, letterSalutation = false, annexRatings = false, regional = false
        var otherService = false, mentionsPDU = false
        for line in lines {
            let t = line.trimmed
            if t.isEmpty { continue }
            // Each test reads the line as `t.lowercased()` would, on its bytes.
            if t.containsPhrase(ignoringCase: "inspection of probation services in")
                || t.containsPhrase(ignoringCase: "inspection of probation services:")
            {
                title = true
            }
            if !title, !otherService, t.containsPhrase(ignoringCase: "inspection of ") {
                let lower = t.lowercasedText
                if lower.count < LayoutThresholds.otherServiceTitleLength,
                    let r = lower.firstRange(of: "inspection of "),
                    lower[r.upperBound...].contains("services in"), !lower[r.upperBound...].hasPrefix("probation")
                {
                    otherService = true
                }
            }
            if t.containsPhrase(ignoringCase: " pdu") { mentionsPDU = true }
            if t.equalsPhrase(ignoringCase: "ratings") || t.startsWithPhrase(ignoringCase: "overall rating")
                || t.startsWithPhrase(ignoringCase: "score ")
            {
                ratings = true
            }
            if t.startsWithPhrase(ignoringCase: "dear ") { letterSalutation = true }
            if t.containsPhrase(ignoringCase: "pdu ratings") { annexRatings = true }
            if t.startsWithPhrase(ignoringCase: "regional observations")
                || t.containsPhrase(ignoringCase: "regional inspection")
                || t.containsPhrase(ignoringCase: "regional review")
                || t.containsPhrase(ignoringCase: "review of probation service")
            {
                regional = true
            }
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
