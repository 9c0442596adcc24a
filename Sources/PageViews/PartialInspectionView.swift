import InspectionModel
import MarkdownPages

/// A partial inspection as every page shows it: what its text states, each fact linked to
/// its line, marked as read from the foreword only, with what the text lacks.
public struct PartialInspectionView: Sendable, Encodable {
    /// What every page says of a partial inspection's figures.
    public static let note = "from the foreword; the full report text is not in this site"

    /// The PDU's or region's name, else the title.
    public var subject: String
    /// The report's title, linked to its line.
    public var title: SourcedValue
    /// `PDU inspection`, `regional inspection`, …
    public var kind: String
    /// `June 2025`, where the text gives it.
    public var published: String?
    /// The overall rating the text states; nil when it states none.
    public var rating: SourcedValue?
    /// The previous inspection's rating the text recalls, and its year.
    public var previousRating: SourcedValue?
    public var previousYear: String?
    /// What the text lacks, in words: `key questions, recommendations`.
    public var missing: String
    public var note: String
    /// Its PDU's or region's page, when it is shown on another page than that one.
    public var page: Link?

    init(_ partial: PartialInspection, map: SiteMap, linker: Linker, linkPage: Bool) {
        subject = partial.subject
        title = linker.source(partial.title.value, at: partial.title.source)
        kind = partial.kind.description
        published = partial.published?.value.monthOnly.spelledOut
        rating = partial.overallRating.map { linker.source($0.value.rawValue, at: $0.source) }
        previousRating = partial.previousRating.map { linker.source($0.value.rawValue, at: $0.source) }
        previousYear = partial.previousYear.map(String.init)
        missing = partial.missing.joined(separator: ", ")
        note = Self.note
        page = nil
        guard linkPage else { return }
        if let pdu = partial.pdu.flatMap({ map.pdu(slug: map.slug(of: $0.value)) }) {
            page = linker.pdu(pdu)
        } else if let region = partial.region.flatMap({ map.region(named: $0.value) }) {
            page = linker.region(region)
        }
    }

    /// The views of some partial inspections on one page.
    static func list(_ partials: [PartialInspection], map: SiteMap, linker: Linker, linkPages: Bool)
        -> [PartialInspectionView]
    {
        partials.map { PartialInspectionView($0, map: map, linker: linker, linkPage: linkPages) }
    }
}

extension PartialInspectionView: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("subject", subject)
        try object.add("title", title)
        object.add("kind", kind)
        object.add("published", published)
        try object.add("rating", rating)
        try object.add("previousRating", previousRating)
        object.add("previousYear", previousYear)
        object.add("missing", missing)
        object.add("note", note)
        try object.add("page", page)
    }
}
