import InspectionModel
import MarkdownPages

/// Trend 2: every key question by PDU (latest inspections of one framework), with the
/// lowest and highest PDU per question and the mean and median across PDUs.
public struct KeyQuestionMatrix: Sendable, Encodable {
    /// `2023 framework`.
    public var heading: String
    public var questions: [Question]
    /// One row per PDU, one cell per question: made when a template reads them (a region's
    /// trends page does; the trends page of every PDU does not).
    public var rows: MadeOnRead<[Row]>

    public struct Question: Sendable, Encodable {
        /// `Assessment: keeping other people safe`.
        public var label: String
        /// `2.1 Safety`, the matrix's narrow column heading (`2.1 Q3` beyond the themes).
        public var shortLabel: String
        public var standard: String
        public var text: String
        public var theme: String
        public var pduCount: Int
        public var mean: String
        public var median: String
        /// The PDUs at the lowest value (up to three; ``moreLowest`` counts the rest).
        public var lowest: [Extreme]
        /// `and 4 more`; nil when all are named.
        public var moreLowest: String?
        public var highest: [Extreme]
        public var moreHighest: String?
    }

    /// How many PDUs at one end of a question's range are named.
    static let namedExtremes = 3

    /// A PDU at one end of a question's range.
    public struct Extreme: Sendable, Encodable {
        public var pdu: Link
        public var percent: SourcedValue
    }

    public struct Row: Sendable, Encodable {
        public var pdu: Link
        public var cells: [Cell]
    }

    public struct Cell: Sendable, Encodable {
        public var percent: SourcedValue?
        public var isLowest: Bool
        public var isHighest: Bool
    }

    /// A matrix per framework whose latest inspections have key questions.
    static func all(pdus all: [SiteMap.PDU], linker: Linker) -> [KeyQuestionMatrix] {
        Framework.allCases.reversed().compactMap { framework in
            let pdus = all.filter { $0.latest.framework == framework && !$0.latest.keyQuestions.isEmpty }
            return pdus.isEmpty ? nil : KeyQuestionMatrix(framework: framework, pdus: pdus, linker: linker)
        }
    }

    init(framework: Framework, pdus: [SiteMap.PDU], linker: Linker) {
        heading = "\(framework.rawValue) framework"
        let keyed = pdus.map { QuestionKey.keyed($0.latest) }
        let keys = Set(keyed.flatMap(\.keys)).sorted()
        let answers: [[KeyQuestion?]] = keyed.map { questions in keys.map { questions[$0] } }
        var questions: [Question] = []
        var lows: [Int?] = [], highs: [Int?] = []
        for (column, key) in keys.enumerated() {
            let found = pdus.indices.compactMap { row in answers[row][column].map { (pdu: pdus[row], question: $0) } }
            let values = found.map(\.question.percentYes)
            let low = values.min(), high = values.max()
            lows.append(low)
            highs.append(high)
            let extremes = { (value: Int?) in
                found.filter { $0.question.percentYes == value }.prefix(Self.namedExtremes).map {
                    Extreme(
                        pdu: linker.pdu($0.pdu),
                        percent: linker.source(Numbers.percent($0.question.percentYes), at: $0.question.source))
                }
            }
            let standard = framework.standard(id: key.standard)
            let text = Self.commonest(found.map(\.question.question))
            let theme = KeyQuestionTheme.of(text)
            let column =
                key.slot < 100 ? KeyQuestionTheme.allCases[key.slot].rawValue.lowercased() : "question \(key.slot - 99)"
            questions.append(
                Question(
                    label: "\(standard?.name ?? key.standard): \(column)",
                    shortLabel: "\(standard?.id ?? key.standard) "
                        + (key.slot < 100 ? KeyQuestionTheme.allCases[key.slot].shortName : "Q\(key.slot - 99)"),
                    standard: standard.map { "\($0.id) \($0.name)" } ?? key.standard,
                    text: text, theme: theme?.rawValue ?? "Other", pduCount: found.count,
                    mean: Numbers.mean(values).map(Numbers.percent) ?? "—",
                    median: Numbers.median(values).map(Numbers.percent) ?? "—",
                    lowest: extremes(low), moreLowest: Self.more(values.filter { $0 == low }.count),
                    highest: extremes(high), moreHighest: Self.more(values.filter { $0 == high }.count)))
        }
        self.questions = questions
        rows = MadeOnRead { [lows, highs] in
            pdus.indices.map { row in
                Row(
                    pdu: linker.pdu(pdus[row]),
                    cells: answers[row].indices.map { column in
                        let question = answers[row][column]
                        return Cell(
                            percent: question.map { linker.source(Numbers.percent($0.percentYes), at: $0.source) },
                            isLowest: question != nil && question?.percentYes == lows[column],
                            isHighest: question != nil && question?.percentYes == highs[column])
                    })
            }
        }
    }

    /// `and 4 more` for the PDUs beyond the named ones.
    private static func more(_ count: Int) -> String? {
        count > namedExtremes ? "and \(count - namedExtremes) more" : nil
    }

    /// The wording most reports use (ties: the first in order).
    private static func commonest(_ texts: [String]) -> String {
        var counts: [String: Int] = [:]
        for text in texts { counts[text, default: 0] += 1 }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.first?.key ?? ""
    }
}

/// Which question a key question is, across reports: its standard and theme, or its
/// position in the standard when the wording fits no theme or shares its theme with
/// another question of the standard.
struct QuestionKey: Hashable, Comparable {
    var standard: String
    /// The theme's place among the themes, or 100 + the position in the standard.
    var slot: Int

    /// Each key question of `inspection` by its key (themes read once per question).
    static func keyed(_ inspection: Inspection) -> [QuestionKey: KeyQuestion] {
        var keyed: [QuestionKey: KeyQuestion] = [:]
        for id in inspection.keyQuestionStandardIDs {
            let questions = inspection.keyQuestions(ofStandard: id)
            let themes = questions.map { KeyQuestionTheme.of($0.question) }
            for (position, question) in questions.enumerated() {
                let theme = themes[position]
                let slot =
                    theme.flatMap { theme in
                        themes.filter { $0 == theme }.count == 1
                            ? KeyQuestionTheme.allCases.firstIndex(of: theme) : nil
                    } ?? 100 + position
                keyed[QuestionKey(standard: id, slot: slot)] = question
            }
        }
        return keyed
    }

    static func < (a: Self, b: Self) -> Bool {
        a.standard != b.standard ? a.standard.utf8.lexicographicallyPrecedes(b.standard.utf8) : a.slot < b.slot
    }
}

extension KeyQuestionMatrix: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("heading", heading)
        try object.add("questions", questions)
        try object.add("rows", rows)
    }
}

extension KeyQuestionMatrix.Question: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("label", label)
        object.add("shortLabel", shortLabel)
        object.add("standard", standard)
        object.add("text", text)
        object.add("theme", theme)
        object.add("pduCount", pduCount)
        object.add("mean", mean)
        object.add("median", median)
        try object.add("lowest", lowest)
        object.add("moreLowest", moreLowest)
        try object.add("highest", highest)
        object.add("moreHighest", moreHighest)
    }
}

extension KeyQuestionMatrix.Extreme: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        try object.add("pdu", pdu)
        try object.add("percent", percent)
    }
}

extension KeyQuestionMatrix.Row: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        try object.add("pdu", pdu)
        try object.add("cells", cells)
    }
}

extension KeyQuestionMatrix.Cell: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        try object.add("percent", percent)
        object.add("isLowest", isLowest)
        object.add("isHighest", isHighest)
    }
}
