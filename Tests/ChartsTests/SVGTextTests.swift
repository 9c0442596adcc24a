import TestSupport
import Testing

@testable import Charts

/// Escaping, number formatting and label wrapping, shared by every chart.
@Suite struct SVGTextTests {
    @Test(arguments: [
        (33.33333, "33.3"), (2.0, "2"), (-0.0, "0"), (-0.04, "0"), (0.05, "0.1"), (-2.25, "-2.3"),
        (12.96, "13"), (2024.62, "2024.6"), (100, "100"), (-7, "-7"), (1e20, "1000000000000"),
        (Double.nan, "0"), (Double.infinity, "0"), (0, "0"), (0.04, "0"), (0.25, "0.3"), (9.75, "9.8"),
        (-9.75, "-9.8"), (99.96, "100"), (10, "10"), (123_456_789, "123456789"), (1e12, "1000000000000"),
        (-1e20, "-1000000000000"), (-Double.infinity, "0"), (0.1, "0.1"), (-0.5, "-0.5"),
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

    /// Every scalar that XML 1.0 forbids (of the control characters and the last of the
    /// Basic Multilingual Plane) becomes U+FFFD, and every other stays, at every place in a
    /// text: escaping reads the text's bytes.
    @Test func escapingKeepsExactlyTheScalarsXMLAllows() {
        func allowed(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
            default: false
            }
        }
        let entities: [Unicode.Scalar: String] = [
            "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&apos;",
        ]
        let scalars =
            (0..<0x80).compactMap(Unicode.Scalar.init)
            + [0xA9, 0xE9, 0x2028, 0x2019, 0xFFEF, 0xFFBE, 0xFFFD, 0xFFFE, 0xFFFF, 0x1F600].compactMap(
                Unicode.Scalar.init)
        for scalar in scalars {
            let expected = entities[scalar] ?? String(allowed(scalar) ? scalar : "\u{FFFD}")
            for padding in ["", "a", "é€"] {
                let text = padding + String(scalar) + padding
                #expect(SVGText.escape(text) == padding + expected + padding, "U+\(String(scalar.value, radix: 16))")
            }
        }
    }

    @Test func shortTextStaysOnOneLineWithWhiteSpaceCollapsed() {
        let wrapped = SVGText.wrap("  Keeping   other\npeople safe ", maxWidth: 200, fontSize: 13)
        #expect(wrapped == SVGText.Wrapped(lines: ["Keeping other people safe"], isTruncated: false))
        #expect(SVGText.wrap(" \n ", maxWidth: 200, fontSize: 13).lines.isEmpty)
    }

    /// The one-line shortcut gives what the word-by-word wrap gives, at every width from
    /// too narrow for a letter to wide enough for all, so at each text's edge of fitting.
    @Test func theOneLineShortcutWrapsAsWordByWord() {
        let texts = [
            "Keeping other people safe", "Engaging the person", "59% · Requires improvement", "80%: outstanding",
            "Assessment (rated Requires improvement)", "Inspector’s view…", "a", "a b", "a  b", " a", "a ", "",
            " ", "a\tb", "a\nb", "a\u{A0}b", "a\u{85}b", "e\u{301}clair", "a\u{2028}b", "x\u{2003}y",
            Samples.hostile, String(repeating: "W", count: 40),
        ]
        for text in texts {
            for width in stride(from: 0.0, through: 420, by: 0.5) {
                for (fontSize, bold) in [(13.0, false), (13.0, true), (14.0, true), (11.0, false)] {
                    #expect(
                        SVGText.wrap(text, maxWidth: width, fontSize: fontSize, bold: bold)
                            == SVGText.wrapWords(text, maxWidth: width, fontSize: fontSize, bold: bold, maxLines: 3),
                        "\(text) at \(width)")
                }
            }
        }
        #expect(SVGText.isSpacedWords("35% · Good") && !SVGText.isSpacedWords("a  b") && !SVGText.isSpacedWords(""))
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

    /// ASCII text, split on its bytes, gives the words its characters give (CR LF, each ASCII
    /// white space, control characters that are not white space), and so does every line of
    /// the seeds; other text is split as characters.
    @Test func wordsAreSplitAsCharactersSplitThem() {
        let alone = ((0..<0x300).compactMap(Unicode.Scalar.init) + (0x2010...0x2027).compactMap(Unicode.Scalar.init))
        #expect(alone.allSatisfy(SVGText.standsAlone))
        #expect(!SVGText.standsAlone("\u{301}") && !SVGText.standsAlone("\u{200D}") && !SVGText.standsAlone("\u{2028}"))
        // No such scalar joins a white-space scalar of the set, before or after it, into one
        // character (but CR LF, white space as a whole).
        for space in alone where space.properties.isWhitespace {
            for other in alone where !(space == "\r" && other == "\n") && !(other == "\r" && space == "\n") {
                var pair = String.UnicodeScalarView()
                pair.append(space)
                pair.append(other)
                #expect(String(pair).count == 2, "\(space.value) \(other.value)")
                pair = String.UnicodeScalarView()
                pair.append(other)
                pair.append(space)
                #expect(String(pair).count == 2, "\(other.value) \(space.value)")
            }
        }
        // Of them, only these two are white space beyond ASCII: the rest split on bytes.
        #expect(alone.filter { !$0.isASCII && $0.properties.isWhitespace } == ["\u{85}", "\u{A0}"])
        let seeds = SeedTexts.all
        #expect(seeds.count >= 4)
        let lines = seeds.flatMap { String(decoding: $0.bytes, as: UTF8.self).split(separator: "\n").map(String.init) }
        for text in [
            "", " ", "Keeping  other\r\npeople safe ", "a\tb\u{0B}c\u{0C}d\re\u{1F}f\u{7F}g", "Inspector\u{2019}s view",
            "a\u{A0}b\u{2003}c \u{85}d", "35% \u{B7} Good", "x\u{85}y", "x\u{A0}y", "Caf\u{E9}\u{2013}bar \u{2026}",
            "e\u{301} \u{301}x", " \u{301}", "a\u{2028}b",
        ] + lines {
            #expect(SVGText.words(of: text) == text.split(whereSeparator: \.isWhitespace).map(String.init), "\(text)")
        }
    }
}
