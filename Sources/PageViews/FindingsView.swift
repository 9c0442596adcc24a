import InspectionModel

/// A block of findings as the `findings` partial shows it: narrative paragraphs, then
/// strengths and areas for improvement as lists.
public struct FindingsView: Sendable {
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

/// Items grouped by a key, groups in the order their keys first appear, items in order.
func groupedInOrder<Item>(_ items: [Item], by key: (Item) -> String) -> [(key: String, items: [Item])] {
    var groups: [(key: String, items: [Item])] = []
    var index: [String: Int] = [:]
    for item in items {
        let k = key(item)
        if let i = index[k] {
            groups[i].items.append(item)
        } else {
            index[k] = groups.count
            groups.append((k, [item]))
        }
    }
    return groups
}
