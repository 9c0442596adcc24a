import Charts
import InspectionModel

/// The bar chart of one inspection's key questions, and its numbers in words (the alt
/// text of the image, so a reader who cannot see the chart loses nothing).
public enum KeyQuestionChart {
    /// Rating band boundaries, drawn as reference lines.
    static let thresholds = [
        BarChart.Threshold(value: 50, label: "50%: requires improvement"),
        BarChart.Threshold(value: 65, label: "65%: good"),
        BarChart.Threshold(value: 80, label: "80%: outstanding"),
    ]

    public static func chart(of inspection: Inspection) -> BarChart {
        let groups = groups(of: inspection)
        let bars = groups.flatMap { group in
            group.questions.map { question in
                BarChart.Bar(
                    group: group.title, label: label(question),
                    value: Double(question.percentYes),
                    valueLabel: "\(question.percentYes)% · \(Rating.band(forPercentage: question.percentYes).rawValue)",
                    isHighlighted: question.percentYes == group.lowest)
            }
        }
        return BarChart(
            title: "Key questions: \(inspection.pdu.value), \(inspection.published.value.spelledOut)",
            summary: summary(of: inspection, groups: groups), bars: bars, maximum: 100, thresholds: thresholds)
    }

    /// `Share of cases … Assessment (rated Inadequate): engaging the person 59%, …`.
    public static func summary(of inspection: Inspection) -> String {
        summary(of: inspection, groups: groups(of: inspection))
    }

    /// ``summary(of:)`` from the inspection's groups, made once for the chart and its summary.
    private static func summary(of inspection: Inspection, groups: [Group]) -> String {
        let parts = groups.map { group in
            let items = group.questions.map { question in
                "\(lowercasedLabel(question)) \(question.percentYes)%"
                    + (question.percentYes == group.lowest ? " (lowest)" : "")
            }
            return "\(group.title): " + items.joined(separator: ", ")
        }
        return "Share of inspected cases meeting each key question, \(inspection.pdu.value), "
            + "\(inspection.published.value.spelledOut). " + parts.joined(separator: "; ") + "."
    }

    private struct Group {
        var title: String
        var questions: [KeyQuestion]
        var lowest: Int
    }

    private static func groups(of inspection: Inspection) -> [Group] {
        inspection.keyQuestionStandardIDs.map { id in
            let questions = inspection.keyQuestions(ofStandard: id)
            let name =
                inspection.standards.first { $0.id == id }.map { "\($0.name) (rated \($0.rating.rawValue))" } ?? id
            return Group(title: name, questions: questions, lowest: questions.map(\.percentYes).min() ?? 0)
        }
    }

    private static func label(_ question: KeyQuestion) -> String {
        KeyQuestionTheme.of(question.question)?.rawValue ?? question.question
    }

    /// ``label(_:)`` lowercased (a theme's name made lowercase once, not per question).
    private static func lowercasedLabel(_ question: KeyQuestion) -> String {
        KeyQuestionTheme.of(question.question)?.lowercasedName ?? question.question.lowercased()
    }
}
