import InspectionModel
import TestSupport
import Testing

@testable import ReportParser

/// `ReportOutline.mayBeHeading` and `ASCII.mayName`, the quick tests on a line's bytes
/// before a heading or a list label is looked up, must never turn away a line whose words
/// name one: wherever they say no, the lookup finds none.
@Suite("The quick filters turn away no heading and no list label")
struct HeadingFilterTests {
    /// Pieces of headings and of lines that look like them: the openings (`Annex`, `Appendix`,
    /// `P 1.1`), names in part and in full, and what the steps before the lookup drop.
    static let pieces: [String] = [
        "annex", "Annex", "ANNEXE", "appendix", "Appendix", "app", "ann", "ex", "e", "x", "Ap", "A", "a", "P", "p",
        " ", "  ", "\t", ":", "¹", "²", "\u{212A}", "\u{301}", "é", "1", "1.1", "2.", " one", " 2", "Acknowledgements",
        "acknowledgments", "Progress", "progress", " on previous recommendations", " against previous", "People",
        " on probation feedback", "Contents", "Table of", " contents", "Ratings", "Outcomes", "Background",
        " information", "Recommendations", "Foreword", "Diversity", " and inclusion", "Leadership", "Approved",
        " premises", "Practitioners", "All", "rating", "Court work", "Key", " strengths", "Areas", " for improvement",
    ]

    static func texts(count: Int = 20000) -> [String] {
        var generator = SeededRandom(seed: 14)
        return (0..<count).map { _ in
            let length = Int.random(in: 1...5, using: &generator)
            return (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
    }

    @Test("Where the filter says no, the lookup finds no heading: the seeds' lines and generated ones")
    func filterKeepsEveryHeading() {
        var standards = StandardLookup()
        var headings = 0
        var turnedAway = 0
        let seedLines = Seeds.all.flatMap { NormalisedText.physicalLines(Seeds.text($0)) }
        for text in seedLines + Self.texts() {
            let t = ReportOutline.numberTabAsSpace(text.trimmingSpaces)
            guard !t.isEmpty else { continue }
            let kind = ReportOutline.kind(ofHeading: t, standards: &standards)
            if kind != nil { headings += 1 }
            if !t.withUTF8Bytes(ReportOutline.mayBeHeading) {
                turnedAway += 1
                #expect(kind == nil, "\(Array(t.unicodeScalars))")
            }
        }
        // The test means something only if both kinds of line are many.
        #expect(headings > 1000)
        #expect(turnedAway > 10000)
    }

    @Test("Lines that start as a prefixed heading or a marked number would, and are none")
    func openings() {
        var standards = StandardLookup()
        func heading(_ text: String) -> ReportOutline.Kind? {
            ReportOutline.heading(TextLine(number: 1, text: text), standards: &standards)
        }
        #expect(heading("Annex one – Web links") == .annexe)
        #expect(heading("APPENDIX  2: definitions") == .annexe)
        #expect(heading("Acknowledgements:") == .acknowledgements)
        #expect(heading("Progress against  previous recommendations") == .progress)
        #expect(heading("P 1.1 Leadership") == .standard(printedId: "1.1", name: "Leadership"))
        // Sentences opening with the letters of `Annex`, `Appendix` and the marker `P`.
        for line in [
            "Approved premises were used well.", "Annual reviews were late", "All staff had been trained",
            "Practitioners had good caseloads and managers who listened",
        ] {
            #expect(heading(line) == nil)
            #expect(!line.withUTF8Bytes(ReportOutline.mayBeHeading), "\(line)")
        }
        // A non-ASCII byte where an opening's letters stand leaves it to the lookup.
        #expect("Ann¹ex one".withUTF8Bytes(ReportOutline.mayBeHeading))
    }

    @Test("A text mayName turns away is none of the names once its case, white space and colons change")
    func namesByLength() {
        let names = ["strengths", "key strengths", "areas for improvement", "contents", "ratings table", "k"]
        let lengths = ASCII.lengthBits(of: names)
        #expect(lengths == 1 << 9 | 1 << 12 | 1 << 19 | 1 << 8 | 1 << 12 | 1 << 1)
        var turnedAway = 0
        var found = 0
        for text in Self.texts() + ["Key  Strengths:", "\u{212A}", "STRENGTHS", "Strengthens"] {
            let name = text.trimmingSpaces.trimmingCharacters(":").lowercasedText.collapsingSpaces
            if names.contains(name) { found += 1 }
            if !text.withUTF8Bytes({ ASCII.mayName($0, lengths: lengths) }) {
                turnedAway += 1
                #expect(!names.contains(name), "\(Array(text.unicodeScalars))")
            }
        }
        #expect(found >= 4)
        #expect(turnedAway > 10000)
        // The Kelvin sign is a `k` once lower-cased: its bytes are not ASCII, so it is not turned away.
        #expect("\u{212A}".withUTF8Bytes { ASCII.mayName($0, lengths: lengths) })
        #expect(!"Strengthens".withUTF8Bytes { ASCII.mayName($0, lengths: lengths) })
    }

    @Test("List labels: the real ones found, and lines of other lengths not")
    func listLabels() {
        #expect(ListLabel("Key strengths:") == .strengths)
        #expect(ListLabel("  AREAS FOR\tIMPROVEMENT ") == .areasForImprovement)
        #expect(ListLabel(": Key areas of improvement :") == .areasForImprovement)
        #expect(ListLabel("Strengthening partnerships") == nil)
        #expect(ListLabel("Areas for improvement were found") == nil)
    }
}
