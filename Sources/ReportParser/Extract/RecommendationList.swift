import InspectionModel

/// Reads a list of recommendations: groups opened by "<addressee> should:", items
/// numbered `1.`, `- 1.` or not at all (the number is then inferred from position).
enum RecommendationList {
    struct Item {
        var number: Int
        var addressee: String
        var text: String
        var line: Int
        /// True when the item prints no number and it was taken from its position.
        var numberInferred = false

        /// How the number was come by, when it is not printed.
        func numberProvenance(file: String) -> Provenance? {
            numberInferred
                ? Provenance(
                    .inferred, "the recommendation prints no number; numbered \(number) from its position in the list",
                    file: file, lines: [line]) : nil
        }

        /// Every line of the item (it may be wrapped).
        var lines: [Int]
    }

    /// Items before any "should:" line go to `defaultAddressee` (with a note), if given.
    static func items(_ lines: [TextLine], defaultAddressee: String? = nil, log: inout DiagnosticLog) -> [Item] {
        let blocks = Paragraphs.blocks(lines, numberedItems: true, log: &log)
        var items: [Item] = []
        var addressee: String?
        var previous = 0
        for block in blocks {
            switch block.kind {
            case .paragraph, .bullet: break
            case .label: log.account.setAside(block, "a list label"); continue
            case .footnote: log.account.setAside(block, "a footnote"); continue
            case .tableRow: continue  // none: no table reader takes lines here
            }
            var text = Substring(block.text)
            if let should = text.firstRange(ofPhrase: " should:") {
                addressee = text[..<should.lowerBound].trimmingSpaces.collapsingSpaces
                log.account.dropped(from: String(text[should]), leaving: "")  // "should", which marks the addressee
                text = text[should.upperBound...].trimmingSpaces
                if text.isEmpty { log.account.setAside(block, "names the addressee of the recommendations"); continue }
            }
            if addressee == nil, let defaultAddressee, Paragraphs.itemNumber(text) != nil || block.kind == .bullet {
                addressee = defaultAddressee
                log.note(
                    "recommendations without a '<addressee> should:' line; addressed them to \(defaultAddressee)",
                    line: block.line)
            }
            guard let addressee else {
                log.account.setAside(block, "comes before the first '… should:' line"); continue
            }
            log.account.kept(block)
            var number: Int
            var inferred = false
            if let n = Paragraphs.itemNumber(text) {
                number = n.number
                text = text.dropFirst(n.length)
                if number <= previous {
                    log.warning("recommendation numbered \(number) follows number \(previous)", line: block.line)
                }
            } else {
                number = previous + 1
                inferred = true
                log.note("recommendation has no number; numbered \(number) from its position", line: block.line)
            }
            previous = number
            items.append(
                Item(
                    number: number, addressee: addressee, text: text.trimmingSpaces.collapsingSpaces, line: block.line,
                    numberInferred: inferred, lines: block.lines))
        }
        return items
    }

    /// The kind of body an addressee names, given the PDU and region of the report.
    static func addressee(_ name: String, pdu: String?, region: String?) -> Addressee {
        let lower = name.lowercasedText
        let kind: Addressee.Kind
        if lower.containsPhrase("prison and probation service") || lower.containsPhrase("hmpps") {
            kind = .hmpps
        } else if lower.hasSuffix(" pdu") || lower.hasSuffix("pdus") || pdu.map({ lower == $0.lowercasedText }) == true
        {
            kind = .pdu
        } else if lower.containsPhrase("region") || region.map({ lower.hasPrefix($0.lowercasedText) }) == true {
            kind = .region
        } else {
            kind = .other
        }
        return Addressee(name: name, kind: kind)
    }
}
