import Foundation

/// The names a seed text uses for its PDUs and its region, and the spellings to replace:
/// `Derby City` in full, `Derby` for short; `Leicester, Leicestershire, and Rutland` also
/// without its last comma.
struct SeedNames {
    /// The PDUs, in the order the text names them.
    var pdus: [String] = []
    var region: String?

    /// Reads the names from a PDU report's title page, or from a regional letter (its
    /// region from "Probation Service – East Midlands region", its PDUs from the lines
    /// that hold a name followed by "PDU" and nothing else).
    init(text: String, kind: SeedKind) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        if let line = lines.first(where: { $0.contains("Probation Service") && $0.contains("–") }) {
            region = Self.region(after: line)
        }
        switch kind {
        case .pduReport:
            if let title = lines.firstIndex(where: { $0.lowercased().contains("inspection of probation services in") }),
                let name = lines[(title + 1)...].first(where: { !$0.isEmpty })
            {
                pdus = [Self.pdu(name)]
            }
        case .regionalLetter:
            for line in lines where line.hasSuffix(" PDU") && !line.contains(".") {
                let name = Self.pdu(line)
                if !pdus.contains(name) { pdus.append(name) }
            }
        }
    }

    /// The spellings to replace, each with what it stands for, longest first.
    var spellings: [(text: String, segment: TemplateSegment)] {
        var result: [(String, TemplateSegment)] = []
        for (slot, name) in pdus.enumerated() {
            for spelling in Self.variants(of: name) { result.append((spelling, .pdu(slot: slot, form: .full))) }
            if let place = Self.place(in: name) { result.append((place, .pdu(slot: slot, form: .place))) }
        }
        if let region {
            for spelling in Self.variants(of: region) { result.append((spelling, .region)) }
        }
        return result.sorted { $0.0.count > $1.0.count }
    }

    private static func variants(of name: String) -> [String] {
        name.contains(", and ") ? [name, name.replacingOccurrences(of: ", and ", with: " and ")] : [name]
    }

    /// The town a multi-word PDU name starts with (`Derby City` -> `Derby`), or nil.
    private static func place(in name: String) -> String? {
        let words = name.split(separator: " ")
        guard words.count > 1, let first = words.first?.filter(\.isLetter), first.count >= 3,
            !["North", "South", "East", "West", "City", "The"].contains(first)
        else { return nil }
        return first
    }

    /// `Derby City PDU` -> `Derby City`.
    private static func pdu(_ line: String) -> String {
        var name = line
        for suffix in [" Probation Delivery Unit", " PDU"] where name.hasSuffix(suffix) {
            name.removeLast(suffix.count)
        }
        return name.trimmingSpaces
    }

    /// `The Probation Service – Kent, Surrey and Sussex region` -> `Kent, Surrey and Sussex`.
    private static func region(after line: String) -> String? {
        guard let dash = line.firstIndex(of: "–") else { return nil }
        var name = line[line.index(after: dash)...].trimmingSpaces
        while let last = name.last, ".,:".contains(last) { name.removeLast() }
        for suffix in [" region", " Region"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
        return name.isEmpty ? nil : name
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        String(
            drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).reversed().drop(while: {
                $0 == " " || $0 == "\t" || $0 == "\r"
            }).reversed())
    }
}
