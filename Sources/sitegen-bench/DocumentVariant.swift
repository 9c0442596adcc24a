/// What one synthetic document changes in its seed: the PDUs and region it names, when it
/// was published, and its key-question percentages.
struct DocumentVariant {
    /// A PDU as a document names it: in full (`Crawley North`) and for short (`Crawley`).
    struct PDU: Hashable {
        let name: String
        let place: String
    }

    let pdus: [PDU]
    let region: String
    /// The month the document's publication date moves to; every other date moves by as
    /// many months.
    let published: MonthDate
    /// One array per standard, as many as the seed has.
    let percentages: [[Int]]
}
