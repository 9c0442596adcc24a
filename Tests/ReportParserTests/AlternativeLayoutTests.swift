import InspectionModel
import SourceAndOutput
import Testing

@testable import ReportParser

/// Layouts other converters produce that the seeds do not show, each made from a seed by
/// changing its lines (keeping the line count, so source lines stay comparable).
@Suite("Alternative layouts of the same reports")
struct AlternativeLayoutTests {
    /// The seed's lines with some replaced (0-based line index -> new text).
    static func edited(_ seed: String, _ edits: [Int: String]) -> Corpus {
        var lines = Seeds.text(seed).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, text) in edits { lines[index] = text }
        return Seeds.parse(lines.joined(separator: "\n"), path: seed)
    }

    static func line(_ seed: String, _ number: Int) -> String {
        String(Seeds.text(seed).split(separator: "\n", omittingEmptySubsequences: false)[number - 1])
    }

    @Test("no 'Ratings' heading: the table is found by its 'Overall rating' line")
    func ratingsWithoutHeading() throws {
        #expect(Self.line(Seeds.leeds, 77) == "Ratings")
        let corpus = Self.edited(Seeds.leeds, [76: ""])
        let inspection = try #require(corpus.inspections.first)
        let seed = try #require(Seeds.inspection("Leeds", in: Seeds.leeds))
        #expect(inspection.score == seed.score)
        #expect(inspection.overallRating == seed.overallRating)
        #expect(inspection.standards == seed.standards)
        #expect(corpus.diagnostics.filter { $0.severity != .note }.isEmpty)
    }

    @Test("recommendations without an '<addressee> should:' line go to the PDU, with a note")
    func recommendationsWithoutAddressee() throws {
        #expect(Self.line(Seeds.brighton, 142) == "Brighton and East Sussex PDU should:")
        let corpus = Self.edited(Seeds.brighton, [141: ""])
        let inspection = try #require(corpus.inspections.first)
        #expect(inspection.recommendations.map(\.number) == [1, 2, 3, 4, 5])
        #expect(
            inspection.recommendations.allSatisfy {
                $0.addressee == Addressee(name: "Brighton and East Sussex PDU", kind: .pdu)
            })
        #expect(
            inspection.recommendations[4].text
                == "improve the use of interventions and services to manage the risk of harm and support the desistance of people on probation."
        )
        let note = try #require(corpus.diagnostics.first { $0.message.contains("should:") })
        #expect(note.severity == .note && note.location.line == 144)
    }

    @Test("a standard heading that carries its rating: 'P 2.2. Planning – Inadequate'")
    func ratingOnHeading() throws {
        #expect(Self.line(Seeds.york, 353) == "P 2.2. Planning")
        #expect(Self.line(Seeds.york, 359) == "Inadequate")
        let corpus = Self.edited(Seeds.york, [352: "P 2.2. Planning – Inadequate", 358: ""])
        let inspection = try #require(corpus.inspections.first)
        #expect(inspection.rating(ofStandard: "2.2") == .inadequate)
        #expect(inspection.keyQuestions(ofStandard: "2.2").map(\.percentYes) == [70, 70, 35])
        let findings = try #require(inspection.findings.first { $0.standard == "2.2" })
        #expect(findings.heading == "Planning")
        #expect(findings.findings.narrative.count == 4)
        #expect(corpus.diagnostics.filter { $0.severity == .warning }.isEmpty)
    }

    @Test("the same rating on the heading and below it agree; a different one is a warning")
    func ratingOnHeadingDisagrees() throws {
        let corpus = Self.edited(Seeds.york, [352: "P 2.2. Planning: Good", 358: ""])
        let warning = try #require(corpus.diagnostics.first { $0.message.contains("'Planning'") })
        #expect(warning.severity == .warning)
        #expect(warning.location.line == 81)
        #expect(warning.message.contains("line 353"))
    }

    @Test("a progress table whose cells lost their separators is reported, not dropped silently")
    func unreadableProgressTable() throws {
        var edits: [Int: String] = [:]
        for n in 414...421 { edits[n - 1] = Self.line(Seeds.derbyCity, n).replacing("\t", with: "  ") }
        let corpus = Self.edited(Seeds.derbyCity, edits)
        let inspection = try #require(corpus.inspections.first)
        #expect(inspection.progressOnPreviousRecommendations.isEmpty)
        let warning = try #require(corpus.diagnostics.first { $0.message.contains("progress table") })
        #expect(warning.severity == .warning && warning.location.line == 412)
    }

    @Test("ratings and key questions aligned with spaces, as `pdftotext -layout` prints them")
    func spaceAlignedTables() throws {
        var edits: [Int: String] = [:]
        for n in 73...83 { edits[n - 1] = Self.line(Seeds.york, n).replacing("\t", with: "     ") }
        for n in [326, 327, 328] { edits[n - 1] = Self.line(Seeds.york, n).replacing("\t", with: "          ") }
        let corpus = Self.edited(Seeds.york, edits)
        let inspection = try #require(corpus.inspections.first)
        let seed = try #require(Seeds.inspection("York", in: Seeds.york))
        #expect(inspection.standards == seed.standards)
        #expect(inspection.score == seed.score)
        #expect(inspection.keyQuestions == seed.keyQuestions)
    }
}

extension AlternativeLayoutTests {
    @Test("a letter's ratings annexe printed one cell per line: the names above each block are found")
    func verticalRatingsAnnexe() throws {
        let text = Seeds.text(Seeds.eastMidlands)
        #expect(text.contains("Derby City\t\tScore\t11/27\nOverall rating\t\tRequires improvement"))
        let vertical = text.replacing(
            "Derby City\t\tScore\t11/27\nOverall rating\t\tRequires improvement",
            with: "Derby City\n\nScore 11/27\n\nOverall rating\n\nRequires improvement"
        )
        .replacing(
            "Overall rating**Inadequate****1. Organisational delivery**",
            with:
                "Leicester, Leicestershire, and Rutland PDU\n\nOverall rating\n\nInadequate\n\n1. Organisational delivery"
        )
        let corpus = Seeds.parse(vertical, path: Seeds.eastMidlands)
        let seed = Seeds.corpus.inspections.filter { $0.source.file == Seeds.eastMidlands }
        #expect(corpus.inspections.map(\.pdu.value) == seed.map(\.pdu.value))
        #expect(corpus.inspections.map(\.score.value) == [11, 2])
        #expect(corpus.inspections.map(\.standards.count) == [9, 9])
        #expect(corpus.inspections.map { $0.standards.map(\.rating) } == seed.map { $0.standards.map(\.rating) })
        #expect(!corpus.diagnostics.contains { $0.message.contains("names no PDU") })
        #expect(corpus.diagnostics.filter { $0.severity == .error }.isEmpty)
    }
}

extension AlternativeLayoutTests {
    @Test("a key-question table printed column by column: questions first, then percentages")
    func keyQuestionColumns() throws {
        // York lines 325-328: the header and three rows of question<TAB>percentage.
        let rows = (326...328).map { Self.line(Seeds.york, $0).split(separator: "\t") }
        var edits: [Int: String] = [324: "Key question\nPercentage 'Yes'"]
        for (i, row) in rows.enumerated() { edits[325 + i] = String(row[0]) }
        edits[328] = "\n" + rows.map { String($0[1]) }.joined(separator: "\n") + "\n"
        let corpus = Self.edited(Seeds.york, edits)
        let inspection = try #require(corpus.inspections.first)
        let questions = inspection.keyQuestions(ofStandard: "2.1")
        #expect(questions.map(\.percentYes) == [70, 80, 25])
        #expect(questions.map(\.question) == rows.map { String($0[0]) })
        #expect(corpus.diagnostics.filter { $0.severity == .warning }.isEmpty)
    }

    @Test("a word hyphenated at a line end is joined without a space")
    func lineEndHyphenation() throws {
        // Derby line 111: "... The use of crossgrade forums promoted ownership ..."
        let text = Seeds.text(Seeds.derbyCity).replacing(
            "The use of crossgrade forums", with: "The use of cross-\ngrade forums")
        let corpus = Seeds.parse(text, path: Seeds.derbyCity)
        let leadership = try #require(corpus.inspections.first?.findings.first { $0.standard == "1.1" })
        #expect(leadership.findings.strengths[4].text.contains("The use of cross-grade forums promoted ownership"))
    }

    @Test("fieldwork 'between 24 February and 7 March 2025' starts on 24 February 2025")
    func fieldworkRange() throws {
        let corpus = Self.edited(
            Seeds.derbyCity,
            [
                82:
                    "We conducted fieldwork in Derby City PDU between 24 February and 7 March 2025. We inspected 18 community orders and 16 releases on licence. We also conducted 31 interviews with probation practitioners."
            ])
        let inspection = try #require(corpus.inspections.first)
        #expect(inspection.fieldworkStarted?.value == CalendarDate(year: 2025, month: 2, day: 24))
        #expect(inspection.casesInspected?.communityOrders == 18)
    }

    @Test("a section's rating printed as 'Rating: Good'")
    func ratingWithLabel() throws {
        #expect(Self.line(Seeds.derbyCity, 103) == "Good")
        let corpus = Self.edited(Seeds.derbyCity, [102: "Rating: Good"])
        #expect(corpus.diagnostics.filter { $0.severity == .warning }.isEmpty)
        let leadership = try #require(corpus.inspections.first?.findings.first { $0.standard == "1.1" })
        #expect(leadership.findings.strengths.count == 10)
    }

    @Test("the same report in two files gives a warning naming the first")
    func duplicateFile() throws {
        let corpus = CorpusParser.parse([
            Seeds.source(Seeds.leeds),
            ContentSource(path: "Content/copy/leeds.txt", bytes: Seeds.source(Seeds.leeds).bytes),
        ])
        let warning = try #require(corpus.diagnostics.first { $0.message.contains("also read from") })
        #expect(warning.severity == .warning)
        #expect(warning.location == SourceLocation(file: "Content/copy/leeds.txt", line: 8))
        #expect(warning.message.contains("Content/reports/leeds-2024.txt:8"))
    }
}

extension AlternativeLayoutTests {
    /// The seed as a word processor's "save as text" gives it: one paragraph per line,
    /// no blank lines.
    static func withoutBlankLines(_ seed: String) -> Corpus {
        let text = Seeds.text(seed).split(separator: "\n").filter { !$0.trimmingSpaces.isEmpty }.joined(separator: "\n")
        return Seeds.parse(text, path: seed)
    }

    /// Every word of the findings and quotes.
    static func prose(_ corpus: Corpus) -> [Substring] {
        let inspections = corpus.inspections.flatMap { i in
            i.findings.flatMap {
                [$0.findings.narrative, $0.findings.strengths, $0.findings.areasForImprovement].flatMap { $0 }
            }
                + [i.diversityAndInclusion?.strengths ?? [], i.diversityAndInclusion?.areasForImprovement ?? []].flatMap
            { $0 }
                + i.quotes
        }
        let regions = corpus.regions.flatMap {
            $0.sections.flatMap { $0.findings.narrative + $0.findings.strengths + $0.findings.areasForImprovement }
        }
        // Quotation marks aside: a paragraph joined to a quotation keeps the quote's closing mark.
        return (inspections + regions).flatMap { $0.text.filter { $0 != "\"" }.split(separator: " ") }
    }

    @Test(
        "one paragraph per line and no blank lines: the same facts, and the same words in the findings",
        arguments: Seeds.all)
    func noBlankLines(_ seed: String) throws {
        let variant = Self.withoutBlankLines(seed)
        let original = Seeds.parse(Seeds.text(seed), path: seed)
        func facts(_ corpus: Corpus) -> [ModelFields.Field] {
            ModelFields(corpus, locations: .omitted).fields.filter {
                !$0.path.contains(".findings") && !$0.path.contains(".quotes")
                    && !$0.path.contains(".diversityAndInclusion")
            }
        }
        #expect(facts(variant) == facts(original))
        #expect(Self.prose(variant).sorted() == Self.prose(original).sorted())
        let severities: (Corpus) -> [Diagnostic.Severity] = { $0.diagnostics.map(\.severity).filter { $0 != .note } }
        #expect(severities(variant) == severities(original))
    }

    @Test("without blank lines, paragraphs and list items stay apart")
    func noBlankLinesParagraphs() throws {
        let leeds = try #require(Self.withoutBlankLines(Seeds.leeds).inspections.first)
        let seed = try #require(Seeds.inspection("Leeds", in: Seeds.leeds))
        #expect(leeds.findings.map { $0.findings.strengths.count } == seed.findings.map { $0.findings.strengths.count })
        #expect(
            leeds.findings.map { $0.findings.areasForImprovement.count }
                == seed.findings.map { $0.findings.areasForImprovement.count })
        #expect(
            leeds.recommendations
                == seed.recommendations.map {
                    var r = $0; r.source = leeds.recommendations[$0.number - 1].source; return r
                })
    }
}

extension AlternativeLayoutTests {
    @Test(
        "footnote references as <sup>2</sup> or [^2] are footnote marks, never digits of a figure",
        arguments: [("<sup>", "</sup>", ""), ("[^", "]", ":")])
    func footnoteReferenceMarkup(open: String, close: String, definition: String) throws {
        // Leeds line 162: "population of 822,483.² The proven reoffending rate is 31.1 per cent.³"
        let superscripts: [(Character, String)] = [
            ("¹", "1"), ("²", "2"), ("³", "3"), ("⁴", "4"), ("⁵", "5"), ("⁶", "6"), ("⁷", "7"), ("⁸", "8"),
        ]
        var lines = Seeds.text(Seeds.leeds).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for i in lines.indices {
            for (mark, digit) in superscripts {
                if lines[i].hasPrefix(String(mark) + " ") {
                    lines[i] = open + digit + close + definition + lines[i].dropFirst()  // a footnote's own line
                } else {
                    lines[i] = lines[i].replacing(String(mark), with: open + digit + close)
                }
            }
        }
        let corpus = Seeds.parse(lines.joined(separator: "\n"), path: Seeds.leeds)
        let leeds = try #require(corpus.inspections.first)
        let seed = try #require(Seeds.inspection("Leeds", in: Seeds.leeds))
        #expect(leeds.background == seed.background)
        #expect(leeds.background.population?.value == 822_483)
        #expect(leeds.background.provenReoffendingRate?.value == 31.1)
        #expect(leeds.findings == seed.findings)
    }
}

extension AlternativeLayoutTests {
    @Test("other wordings: 'led by …, HM Inspector', 'last inspection, in …, rated', 'Published: …'")
    func otherWordings() throws {
        #expect(Self.line(Seeds.derbyCity, 9) == "HM Inspectorate of Probation, May 2025")
        let corpus = Self.edited(
            Seeds.derbyCity,
            [
                8: "Published: May 2025",
                22: "This inspection was led by Hannah Darby, HM Inspector, supported by a team of inspectors.",
                92:
                    "The PDU's last inspection, in February 2023, rated it 'Requires improvement'. While we saw some encouraging practice.",
            ])
        let inspection = try #require(corpus.inspections.first)
        #expect(inspection.published.value == CalendarDate(year: 2025, month: 5))
        #expect(inspection.published.source.line == 9)
        #expect(inspection.leadInspector?.value == "Hannah Darby")
        #expect(inspection.previousInspection?.date == CalendarDate(year: 2023, month: 2))
        #expect(inspection.previousInspection?.rating == .requiresImprovement)
        #expect(inspection.previousInspection?.source.line == 93)
    }
}

extension AlternativeLayoutTests {
    @Test("figures read from a wrapped paragraph point at the line they are printed on")
    func factLinesInWrappedParagraphs() throws {
        // Derby lines 83 and 85, wrapped as a converter would at about 80 columns.
        let text = Seeds.text(Seeds.derbyCity)
            .replacing(
                "We conducted fieldwork in Derby City PDU over a period of two weeks, beginning on 24 February 2025. We inspected 18 community orders",
                with:
                    "We conducted fieldwork in Derby City PDU over a period of two weeks,\nbeginning on 24 February 2025. We inspected 18 community orders"
            )
            .replacing(
                "The city of Derby is in the south of the county of Derbyshire and has an estimated population of 266,460. It is a unitary",
                with:
                    "The city of Derby is in the south of the county of Derbyshire and has an\nestimated population of 266,460. It is a unitary"
            )
            .replacing(
                "with 26.2 per cent of residents identifying as being from an ethnic minority background. It has varying levels of deprivation. The proven reoffending rate across Derby between April 2022 and March 2023 was 27.2 per cent.",
                with:
                    "with 26.2 per cent of residents identifying as being from an ethnic minority\nbackground. It has varying levels of deprivation. The proven reoffending rate\nacross Derby between April 2022 and March 2023 was 27.2 per cent."
            )
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func number(of words: String) -> Int { (lines.firstIndex { $0.contains(words) } ?? -1) + 1 }
        let inspection = try #require(Seeds.parse(text, path: Seeds.derbyCity).inspections.first)
        #expect(inspection.fieldworkStarted?.source.line == number(of: "beginning on 24 February 2025"))
        #expect(inspection.casesInspected?.source.line == number(of: "18 community orders"))
        #expect(inspection.background.population?.value == 266_460)
        #expect(inspection.background.population?.source.line == number(of: "population of 266,460"))
        #expect(inspection.background.provenReoffendingRate?.source.line == number(of: "was 27.2 per cent"))
        #expect(number(of: "was 27.2 per cent") == number(of: "The city of Derby") + 3)
    }
}

extension AlternativeLayoutTests {
    @Test("'Implementation & delivery', 'Annex 1' and 'Annex 2', and a letter dated by month only")
    func letterVariants() throws {
        let text = Seeds.text(Seeds.eastMidlands)
            .replacing("Implementation and delivery", with: "Implementation & delivery")
            .replacing("Annexe one – Recommendations", with: "Annex 1: Recommendations")
            .replacing("Annexe two – PDU ratings", with: "Annex 2: PDU ratings")
            .replacing("09 February 2022", with: "February 2023")
        let corpus = Seeds.parse(text, path: Seeds.eastMidlands)
        let seed = Seeds.corpus.inspections.filter { $0.source.file == Seeds.eastMidlands }
        #expect(corpus.inspections.map(\.pdu.value) == seed.map(\.pdu.value))
        #expect(corpus.inspections.map { $0.standards.map(\.rating) } == seed.map { $0.standards.map(\.rating) })
        #expect(corpus.inspections.map(\.recommendations.count) == [8, 13])
        let letter = try #require(corpus.regions.first)
        #expect(letter.date.value == CalendarDate(year: 2023, month: 2))
        #expect(letter.date.source.line == 14)
        // February 2023 is after everything it reports.
        #expect(!corpus.diagnostics.contains { $0.location.line == 14 })
    }
}

extension AlternativeLayoutTests {
    @Test("a wrapped key-question cell with its percentage beside the cell's first line")
    func percentageOnFirstLineOfWrappedCell() throws {
        // Leeds lines 373-375 (2.3), as `pdftotext -layout` prints a table whose question cells wrap.
        let corpus = Self.edited(
            Seeds.leeds,
            [
                372:
                    "Is the sentence or post-custody period implemented effectively with a         67%\nfocus on engaging the person on probation?",
                373: "Does the implementation and delivery of services effectively support          39%\ndesistance?",
                374:
                    "Does the implementation and delivery of services effectively support the     23%\nsafety of other people?",
            ])
        let inspection = try #require(corpus.inspections.first)
        let seed = try #require(Seeds.inspection("Leeds", in: Seeds.leeds))
        #expect(
            inspection.keyQuestions(ofStandard: "2.3").map(\.question)
                == seed.keyQuestions(ofStandard: "2.3").map(\.question))
        #expect(inspection.keyQuestions(ofStandard: "2.3").map(\.percentYes) == [67, 39, 23])
        #expect(inspection.keyQuestions.count == 12)
    }
}

extension AlternativeLayoutTests {
    @Test("a standard's name wrapped inside its ratings-table cell is read from the table")
    func wrappedStandardName() throws {
        #expect(Self.line(Seeds.york, 82) == "P 2.3\tImplementation and delivery\tInadequate\t")
        let corpus = Self.edited(Seeds.york, [81: "P 2.3    Implementation and\n         delivery          Inadequate"])
        let inspection = try #require(corpus.inspections.first)
        let seed = try #require(Seeds.inspection("York", in: Seeds.york))
        #expect(inspection.standards.map(\.rating) == seed.standards.map(\.rating))
        #expect(inspection.standards.first { $0.id == "2.3" }?.source.line == 83)
        #expect(!corpus.diagnostics.contains { $0.message.contains("missing from the ratings table") })
        #expect(corpus.diagnostics.filter { $0.severity == .warning }.isEmpty)
    }

    @Test("a rating printed between the two lines of a wrapped name: taken from the standard's section, with a note")
    func ratingInsideWrappedName() throws {
        let corpus = Self.edited(Seeds.york, [81: "P 2.3    Implementation and        Inadequate\n         delivery"])
        let inspection = try #require(corpus.inspections.first)
        #expect(inspection.rating(ofStandard: "2.3") == .inadequate)
        #expect(inspection.standards.first { $0.id == "2.3" }?.source.line == 388)
        #expect(
            corpus.diagnostics.contains {
                $0.severity == .note && $0.message.contains("missing from the ratings table")
            })
        #expect(corpus.diagnostics.filter { $0.severity == .warning }.isEmpty)
    }
}

extension AlternativeLayoutTests {
    @Test("a region named without the word 'region': 'Probation Service – Wales.'")
    func regionWithoutTheWordRegion() throws {
        let text = Seeds.text(Seeds.eastMidlands)
            .replacing(
                "the recent review of Probation Service – East Midlands region.",
                with: "the recent review of Probation Service – Wales.")
        #expect(text != Seeds.text(Seeds.eastMidlands))
        let letter = try #require(Seeds.parse(text, path: Seeds.eastMidlands).regions.first)
        #expect(letter.region.value == "Wales")
        #expect(letter.region.source.line == 44)
    }
}

extension AlternativeLayoutTests {
    @Test("a letter that looks ahead to a later date keeps its printed date")
    func letterLookingAhead() throws {
        // Dated correctly, and mentioning only a deadline after its date.
        let text = Seeds.text(Seeds.eastMidlands)
            .replacing("09 February 2022", with: "09 February 2023")
            .replacing(
                "I look forward to receiving your regional action plan in due course",
                with: "I look forward to receiving your regional action plan, due by 31 March 2023")
        #expect(text.contains("due by 31 March 2023"))
        let corpus = Seeds.parse(text, path: Seeds.eastMidlands)
        let letter = try #require(corpus.regions.first)
        #expect(letter.date.value == CalendarDate(year: 2023, month: 2, day: 9))
        #expect(!corpus.diagnostics.contains { $0.location.line == 14 })
    }
}

extension AlternativeLayoutTests {
    @Test("other background wordings: a month alone on the title page, community sentences, 'interviewed'")
    func otherBackgroundWordings() throws {
        let corpus = Self.edited(
            Seeds.york,
            [
                8: "December 2024",
                104:
                    "We conducted fieldwork in York PDU over a period of two weeks, beginning 16 September 2024. We inspected 12 community sentences and eight releases on licence from custody. We interviewed 19 probation practitioners.",
            ])
        let inspection = try #require(corpus.inspections.first)
        #expect(inspection.published.value == CalendarDate(year: 2024, month: 12))
        #expect(inspection.published.source.line == 9)
        let cases = try #require(inspection.casesInspected)
        #expect(cases.communityOrders == 12 && cases.releasesOnLicence == 8 && cases.practitionerInterviews == 19)
    }
}

extension AlternativeLayoutTests {
    @Test("pandoc grid tables: borders dropped, cells wrapped over two lines rejoined")
    func pandocGridTables() throws {
        // York lines 325-328 (2.1's key questions) as pandoc writes a grid table.
        let grid = """
            +--------------------------------------------------+------------------+
            | Key question                                     | Percentage 'Yes' |
            +==================================================+==================+
            | Does assessment focus sufficiently on engaging   | 70%              |
            | the person on probation?                         |                  |
            +--------------------------------------------------+------------------+
            | Does assessment focus sufficiently on the        | 80%              |
            | factors linked to offending and desistance?      |                  |
            +--------------------------------------------------+------------------+
            | Does assessment focus sufficiently on keeping    | 25%              |
            | other people safe?                               |                  |
            +--------------------------------------------------+------------------+
            """
        let corpus = Self.edited(Seeds.york, [324: grid, 325: "", 326: "", 327: ""])
        let inspection = try #require(corpus.inspections.first)
        let seed = try #require(Seeds.inspection("York", in: Seeds.york))
        #expect(
            inspection.keyQuestions(ofStandard: "2.1").map(\.question)
                == seed.keyQuestions(ofStandard: "2.1").map(\.question))
        #expect(inspection.keyQuestions(ofStandard: "2.1").map(\.percentYes) == [70, 80, 25])
        // The table's rows never leak into the findings.
        let texts = { (i: Inspection) in i.findings.first { $0.standard == "2.1" }?.findings.narrative.map(\.text) }
        #expect(texts(inspection) == texts(seed))
        #expect(corpus.diagnostics.filter { $0.severity == .warning }.isEmpty)
    }
}

extension AlternativeLayoutTests {
    @Test("pandoc headings: underlined with '=' or '-', or carrying '{#id}' attributes")
    func pandocHeadings() throws {
        #expect(Self.line(Seeds.leeds, 77) == "Ratings" && Self.line(Seeds.leeds, 138) == "Recommendations")
        #expect(Self.line(Seeds.leeds, 312) == "P 2.1. Assessment")
        let corpus = Self.edited(
            Seeds.leeds,
            [
                77: "=======",  // under "Ratings" (line 77)
                138: "---------------",  // under "Recommendations" (line 138)
                311: "### P 2.1. Assessment {#assessment .unnumbered}",
            ])
        let inspection = try #require(corpus.inspections.first)
        let seed = try #require(Seeds.inspection("Leeds", in: Seeds.leeds))
        #expect(inspection.standards == seed.standards)
        #expect(inspection.recommendations == seed.recommendations)
        #expect(inspection.keyQuestions == seed.keyQuestions)
        #expect(inspection.findings.map(\.heading) == seed.findings.map(\.heading))
        #expect(corpus.diagnostics.filter { $0.severity != .note } == [])
    }
}

/// The letter's annexes in the other order: the ratings before the recommendations.
@Suite struct LetterAnnexOrderTests {
    @Test func annexTwoBeforeAnnexOneReadsBoth() throws {
        let text = Seeds.text(Seeds.eastMidlands)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let one = try #require(lines.firstIndex { $0.hasPrefix("Annexe one") })
        let two = try #require(lines.firstIndex { $0.hasPrefix("Annexe two") })
        #expect(one < two)
        let swapped = lines[..<one] + lines[two...] + lines[one..<two]
        let reordered = Seeds.parse(swapped.joined(separator: "\n"), path: Seeds.eastMidlands)
        let original = Seeds.parse(text, path: Seeds.eastMidlands)
        #expect(reordered.inspections.map(\.pdu.value) == original.inspections.map(\.pdu.value))
        #expect(reordered.inspections.map(\.score.value) == [11, 2])
        #expect(
            reordered.inspections.map { $0.recommendations.count }
                == original.inspections.map { $0.recommendations.count })
        #expect(!reordered.diagnostics.contains { $0.severity == .error })
    }
}
