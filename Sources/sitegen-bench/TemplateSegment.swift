/// A piece of a seed text: literal text, or something the generator varies per document.
enum TemplateSegment {
    /// Text copied as it is.
    case text(Substring)
    /// A PDU's name (`slot`: the first or second PDU a document names), in full or as the
    /// place it is named after.
    case pdu(slot: Int, form: NameForm)
    /// The region's name.
    case region
    /// A date in words, shifted by the document's month shift: `09 February 2022`,
    /// `December 2024`, `29 July` (no year), `Dec 2021` (abbreviated).
    case date(day: Substring?, month: Int, year: Int?, abbreviated: Bool)
    /// A date in figures, `15/12/2023`, shifted like dates in words.
    case numericDate(day: Substring, month: Substring, year: Int)
    /// A year on its own (`© Crown copyright 2024`, `since 2022`), shifted by the whole
    /// years the publication date moves.
    case year(Int)
    /// The percentage of a key question (`question` of the standard numbered `group` in
    /// reading order).
    case percent(group: Int, question: Int)

    /// How a PDU's name is written.
    enum NameForm { case full, place }
}
