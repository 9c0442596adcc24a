import InspectionModel
import MarkdownPages

/// The page of one region (`regions/<slug>.md`, template `region`): its PDUs with their
/// latest results, its regional letters' findings and figures, and the recommendations
/// addressed to the region and to HM Prison and Probation Service.
public struct RegionPage: Sendable, Encodable {
    public var title: String
    /// The page's opening: its PDUs' latest inspections in a sentence and a summary.
    public var headline: GroupHeadline
    /// `2 regional letters`; nil when there is none.
    public var letterCount: String?
    /// The region's trends page (its PDUs' matrices); nil when it has no PDUs.
    public var trends: Link?
    /// The region's PDUs, by name: their latest inspection.
    public var pdus: [InspectionRow]
    public var hasPDUs: Bool
    /// Oldest first.
    public var letters: [Letter]
    public var hasLetters: Bool
    /// Grouped by addressee: the region first, then HM Prison and Probation Service.
    public var recommendations: [RecommendationGroup]
    public var hasRecommendations: Bool
    /// The notes explaining the page's marked figures (footnotes).
    public var markNotes: [MarkNote]
    /// "Notes on the texts": each regional letter's diagnostics, oldest first.
    public var textNotes: [TextNotes]
    public var hasTextNotes: Bool
    /// `Recommendations to the region and to HM Prison and Probation Service`, after the addressees present.
    public var recommendationsHeading: String

    /// A regional inspection letter.
    public struct Letter: Sendable, Encodable {
        /// `Regional inspection letter of 9 February 2023`.
        public var heading: String
        /// The footnote reference when the date was corrected, else empty.
        public var headingMark: String
        public var date: SourcedValue
        public var signer: SourcedValue?
        public var document: Link
        /// The PDUs the letter rates.
        public var rated: [Link]
        public var sections: [Section]
    }

    /// A section of a letter, with its findings and the figures it quotes.
    public struct Section: Sendable, Encodable {
        public var heading: String
        public var findings: FindingsView
        public var figures: [Figure]
        public var hasFigures: Bool
    }

    /// A figure a letter quotes (`62%`), with the sentence that says what it counts.
    public struct Figure: Sendable, Encodable {
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
        headline = GroupHeadline(pdus, linker: linker)
        letterCount = region.letters.isEmpty ? nil : Numbers.count(region.letters.count, "regional letter")
        trends = pdus.isEmpty ? nil : Link(text: "Trends in \(region.name)", href: linker.href(region.trendsPath))
        letters = region.letters.map { Letter($0, linker: linker) }
        hasLetters = !letters.isEmpty
        let inspections = pdus.flatMap(\.inspections).sortedByIndex(by: SiteMap.chronologically)
        recommendations = Self.regional(inspections, linker: linker)
        hasRecommendations = !recommendations.isEmpty
        markNotes = MarkNote.notes(for: inspections, letters: region.letters, linker: linker)
        textNotes = TextNotes.of(
            region.letters.map(\.source.file) + region.partials.map(\.source.file), map: map, linker: linker)
        hasTextNotes = !textNotes.isEmpty
        let addressees = Set(inspections.flatMap { $0.recommendations.map(\.addressee.kind) })
        recommendationsHeading =
            "Recommendations to "
            + [
                addressees.contains(.region) ? "the region" : nil,
                addressees.contains(.hmpps) ? "HM Prison and Probation Service" : nil,
            ].compactMap { $0 }.joined(separator: " and to ")
        partialInspections = PartialInspectionView.list(region.partials, map: map, linker: linker, linkPages: false)
        hasPartialInspections = !partialInspections.isEmpty
    }

    private static func regional(_ inspections: [Inspection], linker: Linker) -> [RecommendationGroup] {
        let made = [Addressee.Kind.region, .hmpps].flatMap { kind in
            inspections.flatMap { inspection in
                inspection.recommendations.filter { $0.addressee.kind == kind }.map { (inspection, $0) }
            }
        }
        return RecommendationGroup.grouped(made, linker: linker, namingPDUs: true)
    }
}

extension RegionPage.Letter {
    /// The heading of a letter's section of its region page: `Regional inspection letter of 9 February 2023`.
    public static func heading(of letter: RegionalInspection) -> String {
        "Regional inspection letter of \(letter.date.value.spelledOut)"
    }

    init(_ letter: RegionalInspection, linker: Linker) {
        heading = Self.heading(of: letter)
        date = linker.source(letter.date.value.spelledOut, of: letter.date)
        headingMark = date.mark
        signer = letter.signer.map { linker.source($0.value, at: $0.source) }
        document = linker.document(letter.source)
        rated = letter.inspections.map { linker.pdu(of: $0) }
        sections = letter.sections.map { section in
            let figures = section.figures.map {
                RegionPage.Figure(value: linker.source($0.value, at: $0.source), sentence: $0.sentence)
            }
            return RegionPage.Section(
                heading: section.heading, findings: FindingsView(section.findings),
                figures: figures, hasFigures: !figures.isEmpty)
        }
    }
}

extension RegionPage: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("title", title)
        try object.add("headline", headline)
        object.add("letterCount", letterCount)
        try object.add("trends", trends)
        try object.add("pdus", pdus)
        object.add("hasPDUs", hasPDUs)
        try object.add("letters", letters)
        object.add("hasLetters", hasLetters)
        try object.add("recommendations", recommendations)
        object.add("hasRecommendations", hasRecommendations)
        try object.add("markNotes", markNotes)
        try object.add("textNotes", textNotes)
        object.add("hasTextNotes", hasTextNotes)
        object.add("recommendationsHeading", recommendationsHeading)
        try object.add("partialInspections", partialInspections)
        object.add("hasPartialInspections", hasPartialInspections)
    }
}

extension RegionPage.Letter: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("heading", heading)
        object.add("headingMark", headingMark)
        try object.add("date", date)
        try object.add("signer", signer)
        try object.add("document", document)
        try object.add("rated", rated)
        try object.add("sections", sections)
    }
}

extension RegionPage.Section: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("heading", heading)
        try object.add("findings", findings)
        try object.add("figures", figures)
        object.add("hasFigures", hasFigures)
    }
}

extension RegionPage.Figure: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        try object.add("value", value)
        object.add("sentence", sentence)
    }
}
