import InspectionModel

/// The title page of a PDU report: the PDU, its region and the publication month.
struct TitlePage {
    var pdu: (name: String, line: Int)?
    var region: (name: String, line: Int)?
    var published: (date: CalendarDate, line: Int)?
    var titleLine: Int?

    init(_ lines: [TextLine]) {
        let content = lines.filter { !$0.isBlank }
        for (i, line) in content.enumerated() {
            let t = line.trimmed.collapsingSpaces
            let lower = t.asciiLowercased
            if pdu == nil,
                let r = lower.firstRange(ofPhrase: "inspection of probation services in")
                    ?? lower.firstRange(ofPhrase: "inspection of probation services:")
            {
                titleLine = line.number
                let rest = t[r.upperBound...].trimmingCharacters(": ")
                if !rest.isEmpty {
                    pdu = (Names.pdu(rest), line.number)
                } else if i + 1 < content.count {
                    pdu = (Names.pdu(content[i + 1].trimmed.collapsingSpaces), content[i + 1].number)
                }
            } else if region == nil, lower.containsPhrase("probation service"),
                let name = Names.region(fromServiceLine: t)
            {
                region = (name, line.number)
            } else if published == nil,
                lower.startsWithPhrase("hm inspectorate of probation") || lower.startsWithPhrase("published")
                    || t.hasFewerCharacters(than: LayoutThresholds.publishedDateLength),
                let date = Phrases.dates(in: t).first?.date
            {
                published = (date.monthOnly, line.number)  // "…, May 2025", "Published: May 2025", or "May 2025" alone
            }
        }
    }
}

/// Cleans names as reports print them.
enum Names {
    /// `Derby City PDU` -> `Derby City`.
    static func pdu(_ text: some StringProtocol) -> String {
        var t = Substring(text).trimmingCharacters(" .:")
        for suffix in [" Probation Delivery Unit (PDU)", " Probation Delivery Unit", " PDU"] where t.hasSuffix(suffix) {
            t = t.dropLast(suffix.count)
        }
        return t.collapsingSpaces
    }

    /// `The Probation Service – East Midlands Region` -> `East Midlands`.
    static func region(fromServiceLine text: String) -> String? {
        guard let dash = text.firstIndex(where: { $0 == "–" || $0 == "—" || $0 == "-" }) else { return nil }
        let name = region(text[text.index(after: dash)...])
        return name.isEmpty ? nil : name
    }

    /// `Kent, Surrey and Sussex region` -> `Kent, Surrey and Sussex`.
    static func region(_ text: some StringProtocol) -> String {
        var t = Substring(text).trimmingCharacters(" .:,")
        for suffix in [" probation region", " region", " Region"]
        where t.lowercasedText.hasSuffix(suffix.lowercasedText) {
            t = t.dropLast(suffix.count)
        }
        if t.lowercasedText.hasPrefix("the ") && t.count > 4 && !t.lowercasedText.hasPrefix("the humber") {
            t = t.dropFirst(4)
        }
        return t.trimmingSpaces.collapsingSpaces
    }

    /// A person's name on a line of its own (`Martin Jones CBE` -> `Martin Jones`), or nil.
    static func person(_ text: some StringProtocol) -> String? {
        var words = Substring(text).trimmingSpaces.split(separator: " ")
        while let last = words.last, ["CBE", "OBE", "MBE", "KC", "QC"].contains(String(last)) { words.removeLast() }
        guard (2...4).contains(words.count),
            words.allSatisfy({ w in
                w.first?.isUppercase == true && w.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "." }
            }),
            !words.contains(where: {
                ["HM", "Chief", "Inspector", "Probation", "Ratings", "The", "Of"].contains(String($0))
            })
        else { return nil }
        return words.joined(separator: " ")
    }
}
