import InspectionModel

extension Inspection {
    /// The ids of the standards that have key questions, in the report's order.
    var keyQuestionStandardIDs: [String] {
        var ids: [String] = []
        for question in keyQuestions where !ids.contains(question.standard) { ids.append(question.standard) }
        return ids
    }

    /// When the inspection looked at the PDU: the fieldwork's start, else publication.
    var fieldworkOrPublished: CalendarDate { fieldworkStarted?.value ?? published.value }

    /// `PDU inspection` or `Regional letter`.
    var originLabel: String { origin == .pduReport ? "PDU inspection" : "Regional letter" }
}
