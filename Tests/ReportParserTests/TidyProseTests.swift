import TestSupport
import Testing

@testable import ReportParser

/// `ASCII.isTidyProse`, the one pass that lets a block's text skip the three steps after it
/// is joined, must say true only of a text each of them leaves as it is.
@Suite("Tidy prose is left as it is by the steps it skips")
struct TidyProseTests {
    @Test("A tidy text: no footnote mark dropped, no link residue, no white space folded")
    func tidyTextsUnchanged() {
        let seedLines = Seeds.all.flatMap { NormalisedText.physicalLines(Seeds.text($0)) }.map { $0[...] }
        let samples = ByteScanningTests.samples() + ByteScanningTests.samples(count: 3000, pieces: Self.pieces)
        var tidy = 0
        var untidy = 0
        for text in seedLines + samples {
            let string = String(text)
            guard string.withUTF8Bytes(ASCII.isTidyProse) else {
                untidy += 1
                continue
            }
            tidy += 1
            #expect(string.withoutFootnoteMarks == string, "\(Array(string.unicodeScalars))")
            #expect(Paragraphs.dropLinkResidue(string) == string, "\(Array(string.unicodeScalars))")
            #expect(string.collapsingSpaces == string, "\(Array(string.unicodeScalars))")
        }
        #expect(tidy > 2000)
        #expect(untidy > 2000)
    }

    @Test("Real texts, each side of the line")
    func examples() {
        func isTidy(_ text: String) -> Bool { text.withUTF8Bytes(ASCII.isTidyProse) }
        #expect(isTidy("Staff were positive about the training they had received, and managers knew their teams."))
        #expect(isTidy(""))
        #expect(!isTidy("Staff were  positive about the training they had received."))  // two spaces, past 8 bytes
        #expect(!isTidy("Staff were positive about the training they had received.²"))  // a footnote mark
        #expect(!isTidy("the [inspection framework](https://example.org) says"))  // link residue may follow
        #expect(!isTidy("Staff were\tpositive"))
        #expect(!isTidy(" Staff"))
        #expect(!isTidy("Staff were positive about the “training”."))  // non-ASCII: left to the steps
    }

    /// Pieces of prose with the bytes each step looks for.
    static let pieces = [
        "Staff", " ", "  ", "were", "positive", ".", "]", "](", "[", ")", "¹", "²", "\t", "–", "’", "a", "ab", "\u{C}",
        "1", "x\u{301}", "https://example.org",
    ]
}
