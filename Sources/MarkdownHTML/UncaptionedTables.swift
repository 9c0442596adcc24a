/// What ``MarkdownConverter`` does with a table that has no caption, i.e. no paragraph of
/// a single emphasised line right before it (see ``MarkdownConverter`` for the caption
/// convention).
public enum UncaptionedTables: Hashable, Sendable {
    /// The table gets `aria-labelledby` naming the nearest heading before it in the
    /// document, so that assistive technology announces the table by its section's title:
    /// `<table aria-labelledby="leadership">`. A table with no heading before it is left
    /// unnamed.
    case labelledByPrecedingHeading
    /// The table is written without an accessible name (plain `<table>`).
    case unnamed
}
