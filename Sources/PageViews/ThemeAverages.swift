import InspectionModel
import MarkdownPages

/// Trend 3: the three themes every case-work standard asks about (engaging the person,
/// supporting desistance, keeping other people safe), averaged per standard and per PDU
/// over the latest inspections, to show where practice is weakest everywhere.
public struct ThemeAverages: Sendable, Encodable {
    /// The themes, as column headings.
    public var themes: [String]
    /// One row per case-work standard (by name, across frameworks), then `All standards`.
    public var byStandard: [Row]
    /// One row per PDU, then `All PDUs`: made when a template reads them (a region's trends
    /// page does; the trends page of every PDU does not).
    public var byPDU: MadeOnRead<[Row]>
    /// `Across 4 PDUs, keeping other people safe averages 42.1%, …`; nil without key questions.
    public var summary: String?
    public var hasData: Bool

    public struct Row: Sendable, Encodable {
        public var label: String
        /// The row's PDU page, for rows that are a PDU's.
        public var link: Link?
        /// The mean per theme (`42.1%`, or `—`).
        public var means: [String]
        /// The theme with the lowest mean in the row.
        public var weakest: String
        /// The `All …` row, which sums up the others (the table's footer).
        public var isSummary: Bool
    }

    /// One answer: a PDU's latest percentage for a standard's question on a theme.
    private struct Answer: Sendable {
        var pduSlug: String
        var standard: String
        var theme: KeyQuestionTheme
        var percent: Int
    }

    init(pdus: [SiteMap.PDU], linker: Linker) {
        let answers: [Answer] = pdus.flatMap { pdu in
            let latest = pdu.latest  // a copy of the inspection: made once per PDU
            return latest.keyQuestions.compactMap { question in
                KeyQuestionTheme.of(question.question).map { theme in
                    let name = latest.standards.first { $0.id == question.standard }?.name ?? question.standard
                    return Answer(pduSlug: pdu.slug, standard: name, theme: theme, percent: question.percentYes)
                }
            }
        }
        themes = KeyQuestionTheme.allCases.map(\.rawValue)
        let hasData = !answers.isEmpty
        self.hasData = hasData
        let byStandardName = Dictionary(grouping: answers, by: \.standard)
        byStandard =
            Self.caseWorkOrder(Set(byStandardName.keys)).map {
                Self.row(label: $0, link: nil, subset: byStandardName[$0] ?? [], isSummary: false)
            }
            + (hasData ? [Self.row(label: "All standards", link: nil, subset: answers, isSummary: true)] : [])
        let byPDUSlug = Dictionary(grouping: answers, by: \.pduSlug)
        byPDU = MadeOnRead {
            pdus.compactMap { pdu in
                byPDUSlug[pdu.slug].map {
                    Self.row(label: pdu.name, link: linker.pdu(pdu), subset: $0, isSummary: false)
                }
            } + (hasData ? [Self.row(label: "All PDUs", link: nil, subset: answers, isSummary: true)] : [])
        }
        let pduCount = byPDUSlug.count
        let overall = KeyQuestionTheme.allCases.compactMap { theme in
            Numbers.mean(answers.filter { $0.theme == theme }.map(\.percent)).map { (theme, $0) }
        }.sorted { $0.1 < $1.1 }
        if let weakest = overall.first {
            let others = overall.dropFirst().map { "\(Numbers.percent($0.1)) for \($0.0.rawValue.lowercased())" }
            summary =
                "Across \(Numbers.count(pduCount, "PDU")), \(weakest.0.rawValue.lowercased()) averages "
                + Numbers.percent(weakest.1)
                + (others.isEmpty ? "." : ", against " + others.joined(separator: " and ") + ".")
        } else {
            summary = nil
        }
    }

    /// The row of `subset`'s answers: the mean per theme and the weakest theme.
    private static func row(label: String, link: Link?, subset: [Answer], isSummary: Bool) -> Row {
        let means = KeyQuestionTheme.allCases.map { theme in
            Numbers.mean(subset.filter { $0.theme == theme }.map(\.percent))
        }
        let weakest =
            zip(KeyQuestionTheme.allCases, means).compactMap { theme, mean in mean.map { (theme, $0) } }
            .min { $0.1 < $1.1 }?.0.rawValue ?? "—"
        return Row(
            label: label, link: link, means: means.map { $0.map(Numbers.percent) ?? "—" }, weakest: weakest,
            isSummary: isSummary)
    }

    /// Standards in the frameworks' order of case work, unknown names after, by name.
    private static func caseWorkOrder(_ names: Set<String>) -> [String] {
        var order: [String] = []
        for standard in Framework.allCases.flatMap(\.standards)
        where standard.isCaseWork && !order.contains(standard.name) {
            order.append(standard.name)
        }
        return names.sorted { a, b in
            let i = order.firstIndex(of: a) ?? order.count, j = order.firstIndex(of: b) ?? order.count
            return i != j ? i < j : a < b
        }
    }
}

extension ThemeAverages: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        try object.add("themes", themes)
        try object.add("byStandard", byStandard)
        try object.add("byPDU", byPDU)
        object.add("summary", summary)
        object.add("hasData", hasData)
    }
}

extension ThemeAverages.Row: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("label", label)
        try object.add("link", link)
        try object.add("means", means)
        object.add("weakest", weakest)
        object.add("isSummary", isSummary)
    }
}
