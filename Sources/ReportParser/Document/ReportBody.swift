import InspectionModel
import SourceAndOutput

/// What a PDU report's body sections hold: each standard's section (the rating at its
/// head, its key questions and findings) and the other findings sections (diversity and
/// inclusion, feedback from people on probation, outcomes), with their quotations.
struct ReportBody {
    /// The rating printed at the head of each standard's section, by lower-cased name.
    var sectionRatings: [String: (rating: Rating, line: Int)] = [:]
    /// The names of the standards that have a section, in report order.
    var standardNames: [String] = []
    var findings: [SectionFindings] = []
    var diversityAndInclusion: Findings?
    var quotes: [Quote] = []
    private var questions: [(standard: String, question: String, percent: Int, line: Int)] = []

    init(_ outline: ReportOutline, file: String, log: inout DiagnosticLog) {
        let at = { (line: Int) in SourceLocation(file: file, line: line) }
        for section in outline.sections {
            guard let heading = section.heading else { continue }
            switch section.kind {
            case .standard(_, let name):
                let reader = SectionReader(section.lines, heading: heading, file: file, expectsRating: true, log: &log)
                standardNames.append(name)
                if let r = reader.headRating { sectionRatings[name.lowercasedText] = r }
                questions += reader.keyQuestions.map { (name, $0.question, $0.percent, $0.line) }
                findings.append(
                    SectionFindings(
                        standard: name, heading: name, findings: reader.findings, source: at(heading.number)))
                quotes += reader.quotes
            case .diversity, .feedback, .outcomes:
                let reader = SectionReader(section.lines, file: file, expectsRating: false, log: &log)
                quotes += reader.quotes
                if section.kind == .diversity, diversityAndInclusion == nil {
                    diversityAndInclusion = reader.findings
                } else {
                    findings.append(
                        SectionFindings(
                            standard: nil, heading: Self.headingText(heading), findings: reader.findings,
                            source: at(heading.number)))
                }
            default:
                continue
            }
        }
    }

    /// The key questions, their standards named by the framework's ids.
    func keyQuestions(in framework: Framework, file: String) -> [KeyQuestion] {
        var standards = StandardLookup()
        return questions.map {
            KeyQuestion(
                standard: standards.standard(named: $0.standard, in: framework)?.id ?? "?", question: $0.question,
                percentYes: $0.percent, source: SourceLocation(file: file, line: $0.line))
        }
    }

    /// The findings with each standard's section named and numbered as the framework does.
    func findings(in framework: Framework) -> [SectionFindings] {
        var standards = StandardLookup()
        return findings.map { section in
            guard let name = section.standard, let definition = standards.standard(named: name, in: framework) else {
                return section
            }
            var renamed = section
            renamed.standard = definition.id
            renamed.heading = definition.name
            return renamed
        }
    }

    /// `2.5 Outcomes:` -> `Outcomes`.
    private static func headingText(_ heading: TextLine) -> String {
        let text = heading.trimmed.trimmingCharacters(":").collapsingSpaces
        return String(text.drop { $0.isNumber || $0 == "." || $0 == " " })
    }
}
