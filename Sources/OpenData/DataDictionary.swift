/// What each file of the open-data export holds, column by column: the text of the site's
/// Data page, and the source of the CSV files' header rows, so the two cannot disagree.
public enum DataDictionary {
    /// One file of the export.
    public struct File: Hashable, Sendable {
        /// Relative to the output folder: `data/inspections.csv`.
        public var path: String
        /// `CSV` or `JSON`.
        public var format: String
        /// What one record is, in a sentence.
        public var summary: String
        /// The columns in order (CSV), or the top-level members (JSON).
        public var fields: [Field]
    }

    /// One column of a CSV file, or one member of the JSON document.
    public struct Field: Hashable, Sendable {
        public var name: String
        public var meaning: String
    }

    /// Every file, in the order the Data page lists them.
    public static let files: [File] = [json, inspections, standards, keyQuestions, recommendations]

    /// The columns every CSV row starts with: which inspection it belongs to.
    static let inspectionFields = [
        Field(name: "pdu", meaning: "The Probation Delivery Unit, without a trailing “PDU”"),
        Field(name: "region", meaning: "The probation region"),
        Field(name: "published", meaning: "Month of publication, YYYY-MM"),
    ]

    /// How each place column reads.
    static let placeMeaning =
        "The place the text says the figure is about: pdu (the PDU or its area), area (another named area), region or nation"

    /// The columns every CSV row ends with: where the fact was read.
    static let sourceFields = [
        Field(name: "source_file", meaning: "The report text it was read from, as a path in the content folder"),
        Field(name: "source_line", meaning: "The line of that text (the source pages of the site link every line)"),
    ]

    static let json = File(
        path: OpenDataExport.jsonPath, format: "JSON",
        summary: "Everything the site shows, with the file and line of every fact.",
        fields: [
            Field(
                name: "inspections",
                meaning:
                    "Every inspection: ratings, score, key questions, recommendations, findings, background figures with their places, previous inspection; a fact sitegen computed, corrected or inferred has a provenance (kind, reason, lines), else null"
            ),
            Field(
                name: "regions",
                meaning: "Every regional letter: its PDUs, sections, findings and figures, and its date's provenance"),
            Field(
                name: "partialInspections",
                meaning:
                    "Every partial inspection (partial: true): kind, title, PDU or region, the overall rating its text states and its line, the previous rating it recalls, and what it lacks; every full inspection has partial: false"
            ),
            Field(name: "diagnostics", meaning: "What sitegen could not read or had to repair, by file and line"),
        ])

    static let inspections = File(
        path: OpenDataExport.inspectionsCSVPath, format: "CSV",
        summary: "One row per inspection.",
        fields: inspectionFields + [
            Field(
                name: "published_provenance",
                meaning:
                    "stated, or corrected when the text's own date contradicts the events it reports (the reason is in inspections.json)"
            ),
            Field(name: "fieldwork_started", meaning: "First day of fieldwork, YYYY-MM-DD, when the report gives it"),
            Field(
                name: "framework",
                meaning: "The inspection framework: 2021 (nine standards, score out of 27) or 2023 (seven, out of 21)"),
            Field(
                name: "origin",
                meaning:
                    "pduReport, or regionalLetter for a PDU inspected within a regional inspection; for a partial inspection, what its text is a report of: pduReport, regionalInspection, youthJustice or thematic"
            ),
            Field(
                name: "partial",
                meaning:
                    "true when only part of the report was read (its opening: title and foreword), or a report of a kind sitegen does not read in full; its row then has only what that text states (the title's PDU or region, the overall rating stated in words, the previous rating it recalls) and it is left out of every comparison"
            ),
            Field(
                name: "score",
                meaning: "Points: 3 per Outstanding, 2 per Good, 1 per Requires improvement, 0 per Inadequate"),
            Field(name: "score_max", meaning: "The highest possible score under the framework"),
            Field(
                name: "score_stated",
                meaning: "true when the report states the score; false when sitegen added up the ratings"),
            Field(
                name: "score_provenance",
                meaning: "stated, or computed when sitegen added up the ratings (the reason is in inspections.json)"),
            Field(name: "overall_rating", meaning: "Outstanding, Good, Requires improvement or Inadequate"),
            Field(name: "standards_rated", meaning: "How many standards have a rating"),
            Field(name: "key_questions", meaning: "How many key-question percentages were read"),
            Field(name: "recommendations", meaning: "How many recommendations the report makes"),
            Field(name: "community_orders", meaning: "Community orders in the case sample"),
            Field(name: "releases_on_licence", meaning: "Releases on licence in the case sample"),
            Field(name: "practitioner_interviews", meaning: "Practitioners interviewed about their cases"),
            Field(name: "lead_inspector", meaning: "The lead inspector named in the report"),
            Field(name: "chief_inspector", meaning: "The Chief Inspector who signed the foreword"),
            Field(name: "caseload", meaning: "People on probation supervised by the PDU"),
            Field(name: "caseload_place", meaning: placeMeaning),
            Field(name: "caseload_place_name", meaning: "That place in the text's words, when it names one"),
            Field(name: "population", meaning: "Population of the place in population_place"),
            Field(name: "population_place", meaning: placeMeaning),
            Field(name: "population_place_name", meaning: "That place in the text's words, when it names one"),
            Field(
                name: "proven_reoffending_rate",
                meaning:
                    "Proven reoffending rate, per cent, of the place in proven_reoffending_rate_place (a region's rate is not the PDU's)"
            ),
            Field(name: "proven_reoffending_rate_place", meaning: placeMeaning),
            Field(
                name: "proven_reoffending_rate_place_name",
                meaning: "That place in the text's words (KSS), when it names one"),
            Field(
                name: "previous_inspection",
                meaning: "When the PDU was last inspected, YYYY-MM (a partial inspection: the year its text gives)"),
            Field(name: "previous_rating", meaning: "The rating it was given then"),
        ] + sourceFields)

    static let standards = File(
        path: OpenDataExport.standardsCSVPath, format: "CSV",
        summary: "One row per standard rated in an inspection.",
        fields: inspectionFields + [
            Field(name: "framework", meaning: "2021 or 2023"),
            Field(name: "standard_id", meaning: "The standard's number, e.g. 2.1"),
            Field(name: "standard_name", meaning: "Its name, e.g. Assessment"),
            Field(name: "rating", meaning: "Outstanding, Good, Requires improvement or Inadequate"),
            Field(
                name: "rating_provenance",
                meaning:
                    "stated; inferred when matched to its standard by order in a flattened table; corrected when the section and the key questions overruled such a match (the reason is in inspections.json)"
            ),
            Field(name: "points", meaning: "The rating's points towards the score (3 to 0)"),
        ] + sourceFields)

    static let keyQuestions = File(
        path: OpenDataExport.keyQuestionsCSVPath, format: "CSV",
        summary: "One row per key question answered in an inspection's case sample.",
        fields: inspectionFields + [
            Field(name: "framework", meaning: "2021 or 2023"),
            Field(name: "standard_id", meaning: "The case-work standard the question belongs to"),
            Field(name: "standard_name", meaning: "Its name"),
            Field(name: "question", meaning: "The question as the report words it"),
            Field(name: "percent_yes", meaning: "The share of inspected cases answered yes, per cent"),
        ] + sourceFields)

    static let recommendations = File(
        path: OpenDataExport.recommendationsCSVPath, format: "CSV",
        summary: "One row per recommendation of an inspection.",
        fields: inspectionFields + [
            Field(name: "number", meaning: "Its number in the report's list"),
            Field(
                name: "number_provenance",
                meaning:
                    "stated, or inferred when the report prints no number and it was taken from the item's position"),
            Field(name: "addressee", meaning: "Who should act, as the report names them"),
            Field(
                name: "addressee_group",
                meaning:
                    "The addressee recommendations are grouped and counted under (HM Prison and Probation Service and “… (HMPPS)” are one)"
            ),
            Field(name: "addressee_kind", meaning: "pdu, region, hmpps or other"),
            Field(name: "text", meaning: "The recommendation, as written"),
        ] + sourceFields)
}

extension DataDictionary.File {
    /// The CSV header row: the fields' names.
    var header: [String] { fields.map(\.name) }
}
