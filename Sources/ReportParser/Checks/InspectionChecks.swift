import InspectionModel

/// The report's own cross-checks: the score is the sum of the standards' points, each
/// case-work standard's rating is the band of its lowest key-question percentage, and
/// the score's maximum is the framework's. Disagreements are warnings naming both lines;
/// the report's stated values are kept.
enum InspectionChecks {
    static func run(_ inspection: Inspection, log: inout DiagnosticLog) {
        let framework = inspection.framework
        let score = inspection.score
        let sum = inspection.standards.reduce(0) { $0 + $1.rating.points }
        if score.stated, inspection.standards.count == framework.standards.count, sum != score.value {
            log.warning(
                "the score is stated as \(score.value)/\(score.max) but the standards' ratings add up to \(sum) (ratings from line \(inspection.standards.first!.source.line))",
                line: score.source.line)
        }
        if score.max != framework.maximumScore {
            log.warning(
                "the score is out of \(score.max), but the \(framework.rawValue) framework scores out of \(framework.maximumScore)",
                line: score.source.line)
        }
        for definition in framework.standards where definition.isCaseWork {
            let questions = inspection.keyQuestions(ofStandard: definition.id)
            guard let standard = inspection.standards.first(where: { $0.id == definition.id }) else { continue }
            guard let lowest = questions.min(by: { $0.percentYes < $1.percentYes }) else {
                if inspection.origin == .pduReport, !inspection.keyQuestions.isEmpty {
                    log.note(
                        "no key-question table found for \(definition.id) '\(definition.name)'",
                        line: standard.source.line)
                }
                continue
            }
            let band = Rating.band(forPercentage: lowest.percentYes)
            if band != standard.rating {
                log.warning(
                    "'\(definition.name)' is rated \(standard.rating.rawValue) (line \(standard.source.line)) but its lowest key question scores \(lowest.percentYes)%, in the \(band.rawValue) band",
                    line: lowest.source.line)
            }
        }
        for question in inspection.keyQuestions where question.standard == "?" {
            log.warning("key question outside any standard's section", line: question.source.line)
        }
    }
}
