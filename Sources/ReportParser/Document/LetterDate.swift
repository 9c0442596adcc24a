import InspectionModel

/// A letter's date, checked against the dates its content mentions. A letter cannot
/// describe events after it was written: when it does, the printed year is taken to be
/// a slip and the date moves to the first year that is after everything it reports.
/// Dates it looks ahead to ("due by 31 March", "from 1 April") are not events it reports.
struct LetterDate {
    var date: CalendarDate
    var line: Int
    /// How the date was corrected, when it was.
    var provenance: Provenance?

    private static let lookingAhead: Set<String> = [
        "by", "until", "due", "before", "from", "will", "expected", "planned", "scheduled", "deadline", "next",
    ]

    private static func looksAhead(_ words: ArraySlice<Substring>) -> Bool {
        words.contains { lookingAhead.contains($0.lowercasedText) }
    }

    init?(_ lines: [TextLine], file: String, log: inout DiagnosticLog) {
        let top = lines.prefix(LayoutThresholds.letterDateReach)
        let dateLine = { (needsDay: Bool) in
            top.firstIndex { line in
                line.trimmed.hasFewerCharacters(than: LayoutThresholds.letterDateLength)
                    && Phrases.dates(in: line.trimmed).first.map { !needsDay || $0.date.day != nil } == true
            }
        }
        guard let index = dateLine(true) ?? dateLine(false),
            let printed = Phrases.dates(in: lines[index].trimmed).first?.date
        else { return nil }
        date = printed
        line = lines[index].number
        let mentioned = lines[(index + 1)...].flatMap { l -> [(date: CalendarDate, line: Int)] in
            let dates = Phrases.dates(in: l.text).filter { $0.date.day != nil }
            guard !dates.isEmpty else { return [] }
            let words = Phrases.words(l.text)
            return dates.filter { !Self.looksAhead(words[max(0, $0.wordIndex - 4)..<$0.wordIndex]) }
                .map { (date: $0.date, line: l.number) }
        }
        guard let latest = mentioned.max(by: { $0.date < $1.date }), latest.date > printed else { return }
        var repaired = printed
        while repaired < latest.date { repaired.year += 1 }
        log.warning(
            "the letter is dated \(printed.spelledOut) but reports events of \(latest.date.spelledOut) (line \(latest.line)); taking its date as \(repaired.spelledOut)",
            line: line)
        date = repaired
        provenance = Provenance(
            .corrected,
            "the letter prints \(printed.spelledOut) but reports events of \(latest.date.spelledOut); dated \(repaired.spelledOut), the first such date after them",
            file: file, lines: [line, latest.line])
    }
}
