import Testing

@testable import Charts

/// Escaping, number formatting and label wrapping, shared by every chart.
@Suite struct SVGTextTests {
    @Test(arguments: [
        (33.33333, "33.3"), (2.0, "2"), (-0.0, "0"), (-0.04, "0"), (0.05, "0.1"), (-2.25, "-2.3"),
        (12.96, "13"), (2024.62, "2024.6"), (100, "100"), (-7, "-7"), (1e20, "1000000000000"),
        (Double.nan, "0"), (Double.infinity, "0"),
    ])
    func numbersHaveAtMostOneDecimalAndNoNegativeZero(value: Double, expected: String) {
        #expect(SVGText.number(value) == expected)
    }

    @Test func escapesTheFiveXMLCharactersAndDropsForbiddenOnes() {
        #expect(
            SVGText.escape(#"<a href="x">Tom & Jerry's</a>"#)
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;")
        #expect(SVGText.escape("bell\u{7}null\u{0}") == "bell\u{FFFD}null\u{FFFD}")
        #expect(SVGText.escape("Café · ▼ lowest\tand\nmore") == "Café · ▼ lowest\tand\nmore")
    }

    @Test func shortTextStaysOnOneLineWithWhiteSpaceCollapsed() {
        let wrapped = SVGText.wrap("  Keeping   other\npeople safe ", maxWidth: 200, fontSize: 13)
        #expect(wrapped == SVGText.Wrapped(lines: ["Keeping other people safe"], isTruncated: false))
        #expect(SVGText.wrap(" \n ", maxWidth: 200, fontSize: 13).lines.isEmpty)
    }

    @Test func longTextWrapsAtWordsWithinTheWidth() {
        let text = "Is enforcement and compliance activity well judged to support the person on probation?"
        let wrapped = SVGText.wrap(text, maxWidth: 240, fontSize: 13)
        #expect(!wrapped.isTruncated)
        #expect(
            wrapped.lines == [
                "Is enforcement and compliance", "activity well judged to support the",
                "person on probation?",
            ])
        for line in wrapped.lines {
            #expect(SVGText.width(of: line, fontSize: 13) <= 240)
        }
    }

    @Test func textBeyondTheLineLimitIsCutWithAnEllipsis() {
        let text = Array(repeating: "word", count: 60).joined(separator: " ")
        let wrapped = SVGText.wrap(text, maxWidth: 120, fontSize: 13, maxLines: 2)
        #expect(wrapped.isTruncated)
        #expect(wrapped.lines.count == 2)
        #expect(wrapped.lines[1].hasSuffix("…"))
        #expect(wrapped.lines.allSatisfy { SVGText.width(of: $0, fontSize: 13) <= 120 })
    }

    @Test func aWordTooLongForALineIsBrokenBetweenCharacters() {
        let word = String(repeating: "W", count: 50)
        let wrapped = SVGText.wrap("a " + word, maxWidth: 100, fontSize: 13, maxLines: 10)
        #expect(wrapped.lines.first == "a")
        #expect(wrapped.lines.dropFirst().joined() == word)
        #expect(wrapped.lines.allSatisfy { SVGText.width(of: $0, fontSize: 13) <= 100 })
    }

    @Test func widerCharactersAreEstimatedWider() {
        #expect(SVGText.width(of: "WWW", fontSize: 10) > SVGText.width(of: "iii", fontSize: 10))
        #expect(SVGText.width(of: "abc", fontSize: 10, bold: true) > SVGText.width(of: "abc", fontSize: 10))
        #expect(SVGText.width(of: "", fontSize: 10) == 0)
    }
}
