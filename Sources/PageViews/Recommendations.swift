import InspectionModel
import MarkdownPages

/// The recommendations made to one addressee, in order (the `recommendation-list` partial).
public struct RecommendationGroup: Sendable, Encodable {
    /// `Derby City PDU`.
    public var addressee: String
    public var items: [RecommendationItem]

    /// `made` grouped by addressee (`Addressee.groupName`, so one body is one group),
    /// groups in the order their addressee first appears.
    /// With `namingPDUs`, each item names the PDU whose inspection made it.
    static func grouped(
        _ made: [(inspection: Inspection, recommendation: Recommendation)],
        linker: Linker, namingPDUs: Bool
    ) -> [RecommendationGroup] {
        var groups: [RecommendationGroup] = []
        for (inspection, recommendation) in made {
            let item = RecommendationItem(
                number: recommendation.number,
                mark: linker.mark(recommendation.provenance, file: recommendation.source.file),
                text: recommendation.text,
                pdu: namingPDUs ? linker.pdu(of: inspection) : nil,
                published: namingPDUs ? inspection.published.value.spelledOut : nil)
            let addressee = recommendation.addressee.groupName
            if let i = groups.firstIndex(where: { $0.addressee == addressee }) {
                groups[i].items.append(item)
            } else {
                groups.append(RecommendationGroup(addressee: addressee, items: [item]))
            }
        }
        return groups
    }
}

/// One recommendation: its number in the report and its text.
public struct RecommendationItem: Sendable, Encodable {
    public var number: Int
    /// The footnote reference when the number was inferred, else empty.
    public var mark: String
    public var text: String
    /// The PDU whose inspection made it, where the page lists several inspections' recommendations.
    public var pdu: Link?
    /// When that inspection was published: `February 2023`.
    public var published: String?
}

extension RecommendationGroup: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("addressee", addressee)
        try object.add("items", items)
    }
}

extension RecommendationItem: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("number", number)
        object.add("mark", mark)
        object.add("text", text)
        try object.add("pdu", pdu)
        object.add("published", published)
    }
}
