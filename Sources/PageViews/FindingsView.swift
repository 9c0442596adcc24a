import InspectionModel
import MarkdownPages

/// A block of findings as the `findings` partial shows it: narrative paragraphs, then
/// strengths and areas for improvement as lists.
public struct FindingsView: Sendable, Encodable {
    public var narrative: [String]
    public var strengths: [String]
    public var hasStrengths: Bool
    public var areasForImprovement: [String]
    public var hasAreasForImprovement: Bool

    public init(_ findings: Findings) {
        narrative = findings.narrative.map(\.text)
        strengths = findings.strengths.map(\.text)
        hasStrengths = !strengths.isEmpty
        areasForImprovement = findings.areasForImprovement.map(\.text)
        hasAreasForImprovement = !areasForImprovement.isEmpty
    }
}

extension FindingsView: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        try object.add("narrative", narrative)
        try object.add("strengths", strengths)
        object.add("hasStrengths", hasStrengths)
        try object.add("areasForImprovement", areasForImprovement)
        object.add("hasAreasForImprovement", hasAreasForImprovement)
    }
}
