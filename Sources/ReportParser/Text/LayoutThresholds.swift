/// The lengths, line counts and ratios by which the parser tells layouts apart: a heading
/// from a sentence, a table line from prose, a page's furniture from the report's words.
/// Each was set from the seeds and the converters' layouts; change one only with the tests
/// (and the golden dumps) that show what it moves. Lengths are in Characters unless a name
/// says bytes (a byte count is an upper bound of the Characters, read without decoding).
enum LayoutThresholds {
    // MARK: Headings

    /// A line of more bytes than this is prose or a flattened table, never a heading.
    static let headingLineBytes = 400
    /// A heading's text has fewer Characters than this (the longest standard's name, numbered, fits).
    static let headingLength = 91
    /// A short heading (a letter's, or a line after a bullet that stands alone) has at most this many Characters.
    static let shortHeadingLength = 70
    /// A letter's heading has at most this many words.
    static let shortHeadingWords = 9
    /// A practice example's heading ("Good practice example") has fewer Characters than this.
    static let practiceExampleHeadingLength = 40
    /// An annexe's heading in a letter ("Annexe one – Derby City") has fewer Characters than this.
    static let annexeHeadingLength = 60
    /// A line naming a PDU over its recommendations in a letter has fewer Characters than this.
    static let letterPDULineLength = 80
    /// A region's name stated in a letter has at most this many words.
    static let regionNameWords = 6

    // MARK: Contents and ratings tables

    /// The contents list ends at its first line of this many Characters or more (running prose).
    static let contentsLineLength = 101
    /// A line that opens a ratings table with no heading ("Overall rating … Score") has fewer Characters than this.
    static let ratingsOpeningLength = 400
    /// A table-like line, taken into a ratings table with no heading, has fewer Characters than this.
    static let tableLineLength = 100
    /// At most this many table-like lines above "Overall rating" are taken into a ratings table with no heading.
    static let unheadedTableLines = 12
    /// A line above a letter's "Overall rating" that may name the PDU or give its score has fewer Characters than this.
    static let ratingsBlockHeadLength = 80
    /// At most this many lines above a letter's "Overall rating" are taken into its ratings block.
    static let ratingsBlockHeadLines = 3
    /// How many Characters after "started" a ratings table's fieldwork month is looked for in.
    static let fieldworkMonthReach = 40
    /// A key question ("Does assessment …?") has fewer Characters than this.
    static let questionLength = 250
    /// A list label ("Key strengths:") has fewer bytes than this.
    static let listLabelBytes = 48
    /// A standard's stated rating is looked for in its first this many blocks.
    static let statedRatingBlocks = 4

    // MARK: Title pages and dates

    /// A title line has fewer Characters than this.
    static let titleLength = 160
    /// The title is looked for in the first this many non-blank lines.
    static let titleReach = 60
    /// The title page is the title's line and this many lines after it.
    static let titlePageLines = 12
    /// A line naming an inspection of another service has fewer Characters than this.
    static let otherServiceTitleLength = 120
    /// A line that is a date alone ("May 2025") has fewer Characters than this.
    static let publishedDateLength = 21
    /// A letter's date line ("09 February 2023") has fewer Characters than this.
    static let letterDateLength = 31
    /// A letter's date is looked for in its first this many lines.
    static let letterDateReach = 80
    /// A signatory's name is looked for in this many lines above "Chief Inspector of Probation".
    static let signatoryReach = 4

    // MARK: Page furniture

    /// A page number, running header or footer has fewer bytes than this; longer lines are the report's own.
    static let furnitureLineBytes = 160
    /// A page number line ("Page 12 of 30") has at most this many bytes.
    static let pageNumberBytes = 24
    /// A running header or footer has fewer Characters (or bytes) than this.
    static let runningLineLength = 120

    // MARK: Paragraphs and markup

    /// A text of one paragraph per line has at least this many non-blank lines ...
    static let oneLineParagraphsMinimum = 30
    /// ... and fewer blank lines than one for every this many non-blank ones.
    static let oneLineParagraphsBlankRatio = 50
    /// An active element's closing tag must come within this many lines, or it is never closed.
    static let closingReach = 50
    /// A tag left open at the end of a line is one only if a `>` follows within this many lines.
    static let tagWrapReach = 3
}
