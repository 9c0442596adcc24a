import InspectionModel
import SourceAndOutput

/// Puts together each standard's rating from the ratings table, from the head of the
/// standard's own section and from the band of its lowest key question, in framework
/// order, and reports where they disagree. The table wins when it pairs standards and
/// ratings plainly; when its pairing was itself inferred (a flattened table matched in
/// order) and the section and the key-question band agree against it, theirs wins.
struct StandardsReader {
    let framework: Framework
    let file: String

    func read(
        table: RatingsTable, sectionRatings: [String: (rating: Rating, line: Int)],
        keyQuestions: [KeyQuestion] = [], log: inout DiagnosticLog
    ) -> [StandardRating] {
        var standards: [StandardRating] = []
        var usedRows = Set<Int>()
        var misnumbered: [(definition: StandardDefinition, printed: String, line: Int)] = []
        for definition in framework.standards {
            let rowIndex = table.rows.indices.first {
                !usedRows.contains($0) && StandardLookup.matches(definition, table.rows[$0].name)
            }
            let row = rowIndex.map { table.rows[$0] }
            if let rowIndex { usedRows.insert(rowIndex) }
            let section = sectionRatings.first { StandardLookup.matches(definition, $0.key) }?.value
            if let row, let printed = row.printedId, printed != definition.id {
                misnumbered.append((definition, printed, row.line))
            }
            let tableRating = row?.rating.map { ($0, row?.ratingLine ?? row!.line) }
            let band = Self.lowestBand(keyQuestions.filter { $0.standard == definition.id })
            // The table's rating, marked as inferred when its pairing was matched by order.
            var chosen = tableRating.map {
                (
                    rating: $0.0, line: $0.1,
                    provenance: table.matchedByOrder ? Self.matchedByOrder(file: file, line: $0.1) : nil
                )
            }
            if let (tableRatingValue, tableLine) = tableRating, let section, tableRatingValue != section.rating {
                if table.matchedByOrder, let band, band.rating == section.rating {
                    log.warning(
                        "the flattened ratings table's order pairs '\(definition.name)' with \(tableRatingValue.rawValue) (line \(tableLine)), but its section (line \(section.line)) and its lowest key question (\(band.percent)%, line \(band.line)) both give \(section.rating.rawValue); taking \(section.rating.rawValue)",
                        line: tableLine)
                    chosen = (
                        section.rating, section.line,
                        Provenance(
                            .corrected,
                            "the flattened ratings table's order pairs '\(definition.name)' with \(tableRatingValue.rawValue), but its section and its lowest key question (\(band.percent)%) both give \(section.rating.rawValue); taken from them",
                            file: file, lines: [tableLine, section.line, band.line])
                    )
                } else {
                    log.warning(
                        "the ratings table rates '\(definition.name)' \(tableRatingValue.rawValue) (line \(tableLine)) but its section rates it \(section.rating.rawValue) (line \(section.line)); keeping the table's rating",
                        line: tableLine)
                }
            }
            guard let (rating, line, provenance) = chosen ?? section.map({ ($0.rating, $0.line, nil) }) else {
                if row != nil || !sectionRatings.isEmpty {
                    log.warning(
                        "no rating found for standard \(definition.id) '\(definition.name)'",
                        line: row?.line ?? table.rows.first?.line ?? 1)
                }
                continue
            }
            if tableRating == nil, row == nil, !table.rows.isEmpty {
                log.note(
                    "standard '\(definition.name)' is missing from the ratings table; took its rating from its section",
                    line: line)
            }
            standards.append(
                StandardRating(
                    id: definition.id, name: definition.name, rating: rating,
                    source: SourceLocation(file: file, line: line), provenance: provenance))
        }
        for (i, row) in table.rows.enumerated() where !usedRows.contains(i) {
            log.warning(
                "'\(row.name)' is not a standard of the \(framework.rawValue) framework; ignored", line: row.line)
        }
        if let first = misnumbered.first {
            let printedIds = table.rows.compactMap(\.printedId)
            let twice = Set(printedIds.filter { id in printedIds.filter { $0 == id }.count > 1 }).sorted()
            let cause =
                twice.isEmpty
                ? "standards are misnumbered" : "section number \(twice.joined(separator: ", ")) is printed twice"
            let fixes = misnumbered.map { "\($0.definition.name) \($0.printed) → \($0.definition.id)" }.joined(
                separator: ", ")
            log.warning(
                "\(cause); numbered the standards as the \(framework.rawValue) framework does: \(fixes)",
                line: first.line)
        }
        if table.matchedByOrder, let first = table.rows.first {
            let confirmed =
                sectionRatings.isEmpty ? "" : "; every standard's section confirms its rating unless warned otherwise"
            log.note(
                "the ratings table is flattened and its ratings are not beside their standards: matched them in order\(confirmed)",
                line: first.line)
        }
        return standards
    }

    /// How a rating matched to its standard by order was come by.
    private static func matchedByOrder(file: String, line: Int) -> Provenance {
        Provenance(
            .inferred,
            "the ratings table is flattened, its ratings apart from their standards: matched to the standards in order (a warning says where a standard's section or key questions disagree)",
            file: file, lines: [line])
    }

    /// The band of a standard's lowest key question, with its percentage and line.
    private static func lowestBand(_ questions: [KeyQuestion]) -> (rating: Rating, percent: Int, line: Int)? {
        questions.min { $0.percentYes < $1.percentYes }.map {
            (Rating.band(forPercentage: $0.percentYes), $0.percentYes, $0.source.line)
        }
    }

    /// The stated score, or one computed from the standards' points when none is stated.
    static func score(
        stated: (value: Int, max: Int, line: Int)?, standards: [StandardRating], framework: Framework,
        at fallback: SourceLocation, log: inout DiagnosticLog
    ) -> Score {
        if let stated {
            return Score(
                value: stated.value, max: stated.max, stated: true,
                source: SourceLocation(file: fallback.file, line: stated.line))
        }
        let value = standards.reduce(0) { $0 + $1.rating.points }
        log.note(
            "no score is stated; computed \(value)/\(framework.maximumScore) from the standards' ratings",
            line: fallback.line)
        let provenance = Provenance(
            .computed,
            "the text states no score; this is the sum of the standards' ratings (Outstanding 3, Good 2, Requires improvement 1, Inadequate 0)",
            file: fallback.file, lines: [fallback.line])
        return Score(value: value, max: framework.maximumScore, stated: false, source: fallback, provenance: provenance)
    }
}
