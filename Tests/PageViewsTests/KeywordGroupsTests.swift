import SourceAndOutput
import Testing

@testable import PageViews

/// The recommendation themes are found in one reading of each text (``KeywordGroups``); the
/// rule stays the one the trends page states: a theme matches when the text in lower case
/// holds one of its keywords, byte for byte.
@Suite struct KeywordGroupsTests {
    static let groups = RecommendationThemes.keywordGroups

    /// The rule read literally: every keyword searched for in the lower-case text's bytes.
    static func byEachKeyword(_ text: String) -> [Bool] {
        let lower = Array(text.lowercased().utf8)
        return RecommendationThemes.themeKeywords.map { _, keywords in
            keywords.contains { keyword in
                let word = Array(keyword.utf8)
                return lower.count >= word.count
                    && (0...(lower.count - word.count)).contains { lower[$0..<($0 + word.count)].elementsEqual(word) }
            }
        }
    }

    @Test func theSeedsRecommendationsMatchTheThemesOfEachKeyword() {
        let texts = SeedSite.corpus.inspections.flatMap(\.recommendations).map(\.text)
        #expect(texts.count == 46)
        // Also in capitals, which the rule reads as lower case.
        for text in texts + texts.map({ $0.uppercased() }) {
            #expect(Self.groups.matches(in: text) == Self.byEachKeyword(text), "\(text)")
        }
        // The seeds name most themes, and not every recommendation names one.
        let matched = texts.map(Self.groups.matches(in:))
        #expect(matched.filter { $0[0] }.count > 10)
        #expect(matched.contains { !$0.contains(true) })
    }

    @Test func textsOutsideASCIIAreReadInLowerCaseFirst() {
        for text in [
            "\u{212A}nowledge",  // KELVIN SIGN: `k` in lower case
            "STAFFİNG and Ｄata", "children’s social care", "children's social care", "Réview the DATA",
            "engag", "engagé", "vacanc", "stafF", "sta", "", "ĐIVERSITY", "RACE\u{301}",
        ] {
            #expect(Self.groups.matches(in: text) == Self.byEachKeyword(text), "\(text)")
        }
        #expect(Self.groups.matches(in: "\u{212A}nowledge")[4])
        #expect(Self.groups.matches(in: "RACE\u{301}")[6])
        #expect(!Self.groups.matches(in: "children’s social care")[1])
    }

    /// The characters read byte by byte (no Unicode lower case taken first) are their own
    /// lower case, and hold no ASCII byte; the themes they surround are found as by the rule.
    @Test func punctuationAndLatin1SymbolsAreReadByteByByte() {
        let own = (0x80...0xBF).compactMap(Unicode.Scalar.init) + (0x2000...0x203F).compactMap(Unicode.Scalar.init)
        #expect(own.count == 128)
        for scalar in own {
            let text = "STAFF\(scalar)DATA"
            #expect(KeywordGroups.lowersByteByByte(text), "\(scalar.value)")
            #expect(String(scalar).lowercased() == String(scalar), "\(scalar.value)")
            #expect(Self.groups.matches(in: text) == Self.byEachKeyword(text), "\(scalar.value)")
        }
        for text in ["é", "\u{212A}", "İ", "Ａ", "\u{2040}", "\u{00C0}", "a\u{E2}"] {
            #expect(!KeywordGroups.lowersByteByByte(text), "\(text)")
        }
        #expect(KeywordGroups.lowersByteByByte("The PDU’s – “staffing” … £5 ½"))
        #expect(Self.groups.matches(in: "The PDU’s “STAFFING”")[3])
    }

    @Test func aKeywordAtTheVeryEndIsFound() {
        let groups = KeywordGroups([["ab", "b"], ["abc"], ["zz"]])
        #expect(groups.matches(in: "xxab") == [true, false, false])
        #expect(groups.matches(in: "xABC") == [true, true, false])
        #expect(groups.matches(in: "a") == [false, false, false])
        #expect(groups.matches(in: "zZz") == [false, false, true])
    }
}

@Suite struct PathsOnBytesTests {
    @Test func markdownPathsBecomeHTMLPathsWithTheirFragment() {
        #expect(SiteMap.htmlPath(of: "pdus/leeds.md#history") == "pdus/leeds.html#history")
        #expect(SiteMap.htmlPath(of: "index.md") == "index.html")
        #expect(SiteMap.htmlPath(of: "../regions/east-midlands.md") == "../regions/east-midlands.html")
        #expect(SiteMap.htmlPath(of: "charts/york.svg") == "charts/york.svg")
        #expect(SiteMap.htmlPath(of: "source/a.md.txt#L3") == "source/a.md.txt#L3")
        #expect(SiteMap.htmlPath(of: "a#b.md") == "a#b.md")
        #expect(SiteMap.htmlPath(of: "md") == "md")
        #expect(SiteMap.htmlPath(of: "é.md#ü") == "é.html#ü")
    }

    /// ASCII names skip Foundation's folding; the same name with a non-ASCII letter added
    /// takes it, and gives the same slug.
    @Test func asciiSlugsAreTheFoldedOnes() {
        let printable = (32..<127).map { String(UnicodeScalar(UInt8($0))) }
        let names =
            SeedSite.map.pdus.map(\.name) + SeedSite.map.regions.map(\.name)
            + SeedSite.map.sources.values.map(\.name) + printable.map { "Ab\($0)Cd" } + printable
            + ["Kent, Surrey & Sussex", "&", "A&&B", "  Women's Estate  "]
        for name in names {
            #expect(Slug.make(name + " é") == Slug.make(name + " e"), "\(name)")
        }
        #expect(Slug.make("Kent, Surrey & Sussex é") == "kent-surrey-and-sussex-e")
    }

    @Test func bidiControlsOfBothLeadBytesAreRemoved() {
        #expect(BidiControls.removed(from: "a\u{061C}b\u{200F}c\u{2069}d") == "abcd")
        #expect(BidiControls.removed(from: "leeds-2024.txt") == "leeds-2024.txt")
        #expect(BidiControls.removed(from: "Ċ – ‘x’") == "Ċ – ‘x’")
    }
}

/// Keywords of one byte, keywords sharing their first two bytes, and a keyword at the very
/// end of the text are found as the literal rule finds them.
@Suite struct KeywordPairsTests {
    static let groups = KeywordGroups([["x"], ["staff", "stage"], ["sta"], ["data"], []])

    /// The literal rule: each keyword searched for in the lower-case text.
    static func literally(_ text: String) -> [Bool] {
        let lower = text.lowercased()
        return groups.groups.map { $0.contains { lower.contains($0) } }
    }

    @Test func everyPairOfBytesFindsItsKeywords() {
        for text in ["", "x", "X", "ax", "STAGE", "sta", "st", "staf", "Data", "dat", "a staff x", "the data", "D"] {
            #expect(Self.groups.matches(in: text) == Self.literally(text), "\(text)")
        }
        #expect(Self.groups.matches(in: "DATA x") == [true, false, false, true, false])
        #expect(Self.groups.matches(in: "stage") == [false, true, true, false, false])
    }
}
