import InspectionModel

/// Finds a framework's standard by a printed name without paying for
/// `Framework.standard(named:)` and `StandardDefinition.matches(_:)` each time: both build
/// the lower-cased key of every name and alias on each call.
///
/// The answers for the names the frameworks use themselves (each name and alias as
/// written, in lower case, and with `&` for "and") are worked out once, by those same
/// functions; the answers for other names are asked of them and remembered for the document.
struct StandardLookup {
    private struct Question: Hashable {
        var framework: Framework
        var name: String
    }

    private var answers: [Question: StandardDefinition?] = [:]

    /// Exactly `framework.standard(named: name)`.
    mutating func standard(named name: String, in framework: Framework) -> StandardDefinition? {
        if let known = Self.known.standards[framework]?[name] { return known }
        let question = Question(framework: framework, name: name)
        if let answer = answers[question] { return answer }
        let answer = framework.standard(named: name)
        answers[question] = .some(answer)
        return answer
    }

    /// Exactly `definition.matches(name)`.
    static func matches(_ definition: StandardDefinition, _ name: String) -> Bool {
        known.matches[definition]?[name] ?? definition.matches(name)
    }

    /// The frameworks' own answers for their own names.
    private static let known:
        (standards: [Framework: [String: StandardDefinition?]], matches: [StandardDefinition: [String: Bool]]) = {
            let definitions = Framework.allCases.flatMap(\.standards)
            var names = Set<String>()
            for definition in definitions {
                for name in [definition.name] + definition.aliases {
                    for spelling in [name, name.replacing(" and ", with: " & ")] {
                        names.insert(spelling)
                        names.insert(spelling.lowercased())
                    }
                }
            }
            var standards: [Framework: [String: StandardDefinition?]] = [:]
            for framework in Framework.allCases {
                for name in names { standards[framework, default: [:]][name] = .some(framework.standard(named: name)) }
            }
            var matches: [StandardDefinition: [String: Bool]] = [:]
            for definition in definitions {
                for name in names { matches[definition, default: [:]][name] = definition.matches(name) }
            }
            return (standards, matches)
        }()
}
