import Foundation
import InspectionModel

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

    init(map: SiteMap, linker: Linker) {
        let made = map.pdus.flatMap { pdu in
            pdu.inspections.flatMap { inspection in inspection.recommendations.map { (pdu, $0) } }
        }
        let inspectionCount = map.pdus.reduce(0) { $0 + $1.inspections.count }
        total = "\(Numbers.count(made.count, "recommendation")) from \(Numbers.count(inspectionCount, "inspection"))"
        let kinds: [(Addressee.Kind, String)] = [
            (.pdu, "The PDU"), (.region, "The region"),
            (.hmpps, "HM Prison and Probation Service"), (.other, "Others"),
        ]
        byAddressee = kinds.map { kind, label in
            let count = made.filter { $0.1.addressee.kind == kind }.count
            return AddresseeCount(
                addressee: label, count: count,
                share: made.isEmpty ? "—" : Numbers.percent(Double(count) * 100 / Double(made.count)))
        }
        let texts = made.map { $0.1.text.lowercased() }
        // For each theme, which recommendations name one of its keywords.
        let matches = Self.themeKeywords.map { _, keywords in
            texts.map { text in keywords.contains { Self.text(text, contains: $0) } }
        }
        themes = zip(Self.themeKeywords, matches).map { theme, matched in
            let (theme, keywords) = theme
            let matching = made.indices.filter { matched[$0] }.map { made[$0] }
            let slugs = Set(matching.map(\.0.slug))
            let pdus = map.pdus.filter { slugs.contains($0.slug) }
            return ThemeCount(
                theme: theme, count: matching.count,
                keywords: keywords.map { Self.shownWords[$0] ?? $0 }.joined(separator: ", "),
                pdus: pdus.prefix(Self.namedPDUs).map(linker.pdu),
                morePDUs: pdus.count > Self.namedPDUs ? "and \(pdus.count - Self.namedPDUs) more" : nil)
        }.filter { $0.count > 0 }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.theme < $1.theme }
        unmatched = texts.indices.filter { i in !matches.contains { $0[i] } }.count
    }

    /// Whether `text` holds `word`, byte for byte (both already lower-case).
    private static func text(_ text: String, contains word: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { haystack in
            word.utf8.withContiguousStorageIfAvailable { needle in
                guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
                return (0...(haystack.count - needle.count)).contains { start in
                    haystack[start] == first
                        && memcmp(haystack.baseAddress! + start, needle.baseAddress!, needle.count) == 0
                }
            }
        }
        return (found ?? nil) ?? text.contains(word)
    }
}
