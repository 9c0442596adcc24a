import InspectionModel

/// The page of one region (`regions/<slug>.md`, template `region`): its PDUs with their
/// latest results, its regional letters' findings and figures, and the recommendations
/// addressed to the region and to HM Prison and Probation Service.
public struct RegionPage: Sendable {
    public var title: String
    /// The region's PDUs, by name: their latest inspection.
    public var pdus: [InspectionRow]
    public var hasPDUs: Bool
    /// Oldest first.
    public var letters: [Letter]
    public var hasLetters: Bool
    /// Grouped by addressee: the region first, then HM Prison and Probation Service.
    public var recommendations: [RecommendationGroup]
    public var hasRecommendations: Bool

    /// A regional inspection letter.
    public struct Letter: Sendable {
        /// `Regional inspection letter of 9 February 2023`.
        public var heading: String
        public var date: SourcedValue
        public var signer: SourcedValue?
        public var document: Link
        /// The PDUs the letter rates.
        public var rated: [Link]
        public var sections: [Section]
    }

    /// A section of a letter, with its findings and the figures it quotes.
    public struct Section: Sendable {
        public var heading: String
        public var findings: FindingsView
        public var figures: [Figure]
        public var hasFigures: Bool
    }

    /// A figure a letter quotes (`62%`), with the sentence that says what it counts.
    public struct Figure: Sendable {
        public var value: SourcedValue
        public var sentence: String
    }

    /// Partial inspections of the region, or of its PDUs that have no page of their own.
    public var partialInspections: [PartialInspectionView]
    public var hasPartialInspections: Bool

    public init(_ region: SiteMap.Region, map: SiteMap) {
        let linker = Linker(page: region.path, map: map)
        title = region.name
        let pdus = region.pduSlugs.compactMap(map.pdu(slug:))
        self.pdus = pdus.map { InspectionRow($0.latest, previous: $0.previous(to: $0.latest), linker: linker) }
        hasPDUs = !self.pdus.isEmpty
        letters = region.letters.map { Letter($0, linker: linker) }
        hasLetters = !letters.isEmpty
        let inspections = pdus.flatMap(\.inspections).sorted(by: SiteMap.chronologically)
        recommendations = Self.regional(inspections, linker: linker)
        hasRecommendations = !recommendations.isEmpty
        partialInspections = PartialInspectionView.list(region.partials, map: map, linker: linker, linkPages: false)
        hasPartialInspections = !partialInspections.isEmpty
    }

    private static func regional(_ inspections: [Inspection], linker: Linker) -> [RecommendationGroup] {
        let made = [Addressee.Kind.region, .hmpps].flatMap { kind in
            inspections.flatMap { inspection in
                inspection.recommendations.filter { $0.addressee.kind == kind }.map { (inspection, $0) }
            }
        }
        return RecommendationGroup.grouped(made, naming: linker)
    }
}

extension RegionPage.Letter {
    init(_ letter: RegionalInspection, linker: Linker) {
        heading = "Regional inspection letter of \(letter.date.value.spelledOut)"
        date = linker.source(letter.date.value.spelledOut, at: letter.date.source)
        signer = letter.signer.map { linker.source($0.value, at: $0.source) }
        document = linker.document(letter.source)
        rated = letter.inspections.map { linker.pdu(of: $0) }
        sections = letter.sections.map { section in
            let figures = section.figures.map {
                RegionPage.Figure(value: linker.source($0.value, at: $0.source), sentence: $0.sentence)
            }
            return RegionPage.Section(heading: section.heading, findings: FindingsView(section.findings),
                                      figures: figures, hasFigures: !figures.isEmpty)
        }
    }
}
