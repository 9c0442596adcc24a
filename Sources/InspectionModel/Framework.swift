import CompactCoding

/// The inspection framework a PDU was rated under. The 2021 framework has nine standards
/// (including Court work and Information and facilities) scored out of 27; the 2023
/// framework has seven, scored out of 21.
public enum Framework: String, CaseIterable, Codable, Sendable {
    case y2021 = "2021"
    case y2023 = "2023"

    /// The framework's standards in report order.
    public var standards: [StandardDefinition] {
        switch self {
        case .y2021:
            [
                .init(id: "1.1", name: "Leadership"),
                .init(id: "1.2", name: "Staff", aliases: ["Staffing"]),
                .init(id: "1.3", name: "Services"),
                .init(id: "1.4", name: "Information and facilities"),
                .init(id: "2.1", name: "Court work", isCaseWork: true),
                .init(id: "2.2", name: "Assessment", isCaseWork: true),
                .init(id: "2.3", name: "Planning", isCaseWork: true),
                .init(id: "2.4", name: "Implementation and delivery", isCaseWork: true),
                .init(id: "2.5", name: "Reviewing", isCaseWork: true),
            ]
        case .y2023:
            [
                .init(id: "1.1", name: "Leadership"),
                .init(id: "1.2", name: "Staffing", aliases: ["Staff"]),
                .init(id: "1.3", name: "Services"),
                .init(id: "2.1", name: "Assessment", isCaseWork: true),
                .init(id: "2.2", name: "Planning", isCaseWork: true),
                .init(id: "2.3", name: "Implementation and delivery", isCaseWork: true),
                .init(id: "2.4", name: "Reviewing", isCaseWork: true),
            ]
        }
    }

    /// The highest score possible: three points for every standard.
    public var maximumScore: Int { standards.count * 3 }

    /// The framework's definition of the standard with this name (or one of its aliases).
    public func standard(named name: String) -> StandardDefinition? {
        standards.first { $0.matches(name) }
    }

    /// The framework's definition of the standard with this id (`"2.1"`).
    public func standard(id: String) -> StandardDefinition? {
        standards.first { $0.id == id }
    }
}

/// One standard of a framework: its number, its name, and whether it is rated from
/// case-work key questions (domain two) or from leadership evidence (domain one).
public struct StandardDefinition: Hashable, Codable, Sendable {
    public var id: String
    public var name: String
    public var aliases: [String]
    public var isCaseWork: Bool

    public init(id: String, name: String, aliases: [String] = [], isCaseWork: Bool = false) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.isCaseWork = isCaseWork
    }

    /// Whether a report's name for a standard ("Staffing", "implementation & delivery")
    /// names this one.
    public func matches(_ printedName: String) -> Bool {
        let key = Self.key(printedName)
        return ([name] + aliases).contains { Self.key($0) == key }
    }

    /// Lower case, with `&` read as `and` ("Implementation & delivery").
    static func key(_ name: String) -> String { name.lowercased().replacing("&", with: "and") }
}

/// Its raw value.
extension Framework: CompactCodable {}
