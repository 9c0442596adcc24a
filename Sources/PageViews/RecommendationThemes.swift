import InspectionModel
import MarkdownPages

/// Trend 5: the recommendations of every inspection, counted by who they are addressed
/// to and by recurring theme, each theme listing the PDUs whose reports raise it.
public struct RecommendationThemes: Sendable, Encodable {
    /// `48 recommendations from 6 inspections`.
    public var total: String
    public var byAddressee: [AddresseeCount]
    public var themes: [ThemeCount]
    /// How many recommendations match no theme.
    public var unmatched: Int

    public struct AddresseeCount: Sendable, Encodable {
        /// `The PDU`, `The region`, …
        public var addressee: String
        public var count: Int
        public var share: String
    }

    public struct ThemeCount: Sendable, Encodable {
        public var theme: String
        public var count: Int
        /// The words that place a recommendation in the theme.
        public var keywords: String
        /// PDUs whose inspections made such a recommendation, by name (the first ten).
        public var pdus: [Link]
        /// `and 30 more`; nil when every PDU is named.
        public var morePDUs: String?
    }

    /// A theme and the words (lower case) that place a recommendation in it.
    public static let themeKeywords: [(theme: String, keywords: [String])] = [
        (
            "Risk of harm",
            [
                "risk of harm", "risk assessment", "assess and review risk", "keep people safe",
                "keeping people safe", "public protection", "risk management", "manage risk",
            ]
        ),
        (
            "Safeguarding and domestic abuse",
            ["safeguarding", "domestic abuse", "child protection", "children's social care"]
        ),
        ("Management oversight", ["management oversight", "oversight", "quality assurance", "quality of supervision"]),
        (
            "Staffing and workloads",
            [
                "staffing", "recruit", "vacanc", "workload", "caseload", "retention", "sickness",
                "staff",
            ]
        ),
        ("Learning and development", ["learning", "training", "skills", "knowledge", "development"]),
        ("Interventions and services", ["intervention", "services", "programme", "commission", "provision"]),
        (
            "Diversity and inclusion",
            [
                "diversity", "protected characteristic", "minority ethnic", "equality",
                "disproportionality", "inequit", "women", "race", "racial",
            ]
        ),
        ("Management information and data", ["management information", "data", "performance information"]),
        ("Engaging people on probation", ["engag", "lived experience", "views of people on probation"]),
    ]

    /// How many PDUs a theme names.
    static let namedPDUs = 10

    /// The whole words a keyword that is a word's stem finds, as readers are shown them.
    static let shownWords = [
        "vacanc": "vacancy, vacancies", "inequit": "inequity, inequitable",
        "engag": "engage, engaging, engagement", "recruit": "recruit, recruitment",
    ]

    /// The themes' keywords, ready to find in one reading of each recommendation.
    static let keywordGroups = KeywordGroups(themeKeywords.map(\.keywords))

    init(map: SiteMap, linker: Linker) {
        let kinds: [(Addressee.Kind, String)] = [
            (.pdu, "The PDU"), (.region, "The region"),
            (.hmpps, "HM Prison and Probation Service"), (.other, "Others"),
        ]
        var made = 0
        var inspectionCount = 0
        var byKind = [Int](repeating: 0, count: kinds.count)
        // For each theme, how many recommendations name it and the PDUs (by index, ascending:
        // each added once, when the first of its recommendations names the theme) they came from.
        var counts = [Int](repeating: 0, count: Self.themeKeywords.count)
        var pduIndices = [[Int]](repeating: [], count: Self.themeKeywords.count)
        var unmatched = 0
        let groups = Self.keywordGroups
        for (pduIndex, pdu) in map.pdus.enumerated() {
            inspectionCount += pdu.inspections.count
            // Each inspection's recommendations read in place (no inspection copied whole).
            for inspection in pdu.inspections.indices {
                for recommendation in pdu.inspections[inspection].recommendations {
                    made += 1
                    if let kind = kinds.firstIndex(where: { $0.0 == recommendation.addressee.kind }) {
                        byKind[kind] += 1
                    }
                    let matches = groups.matches(in: recommendation.text)
                    if !matches.contains(true) { unmatched += 1 }
                    for theme in matches.indices where matches[theme] {
                        counts[theme] += 1
                        if pduIndices[theme].last != pduIndex { pduIndices[theme].append(pduIndex) }
                    }
                }
            }
        }
        total = "\(Numbers.count(made, "recommendation")) from \(Numbers.count(inspectionCount, "inspection"))"
        byAddressee = zip(kinds, byKind).map { kind, count in
            AddresseeCount(
                addressee: kind.1, count: count,
                share: made == 0 ? "—" : Numbers.percent(Double(count) * 100 / Double(made)))
        }
        themes = Self.themeKeywords.indices.map { theme in
            let (name, keywords) = Self.themeKeywords[theme]
            let pdus = pduIndices[theme].map { map.pdus[$0] }
            return ThemeCount(
                theme: name, count: counts[theme],
                keywords: keywords.map { Self.shownWords[$0] ?? $0 }.joined(separator: ", "),
                pdus: pdus.prefix(Self.namedPDUs).map(linker.pdu),
                morePDUs: pdus.count > Self.namedPDUs ? "and \(pdus.count - Self.namedPDUs) more" : nil)
        }.filter { $0.count > 0 }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.theme < $1.theme }
        self.unmatched = unmatched
    }
}

extension RecommendationThemes: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("total", total)
        try object.add("byAddressee", byAddressee)
        try object.add("themes", themes)
        object.add("unmatched", unmatched)
    }
}

extension RecommendationThemes.AddresseeCount: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("addressee", addressee)
        object.add("count", count)
        object.add("share", share)
    }
}

extension RecommendationThemes.ThemeCount: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("theme", theme)
        object.add("count", count)
        object.add("keywords", keywords)
        try object.add("pdus", pdus)
        object.add("morePDUs", morePDUs)
    }
}
