import InspectionModel

/// Finds a framework's standard by a printed name, remembering each answer for the
/// document: `Framework.standard(named:)` builds the lower-cased key of every name and
/// alias on each call, and a report prints the same few names many times.
struct StandardLookup {
    private struct Question: Hashable {
        var framework: Framework
        var name: String
    }

    private var answers: [Question: StandardDefinition?] = [:]

    /// Exactly `framework.standard(named: name)`.
    mutating func standard(named name: String, in framework: Framework) -> StandardDefinition? {
        let question = Question(framework: framework, name: name)
        if let answer = answers[question] { return answer }
        let answer = framework.standard(named: name)
        answers[question] = .some(answer)
        return answer
    }
}
