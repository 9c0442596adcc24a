import TestSupport
import Testing

@testable import HTMLPages

/// A report text's page: every line a link target, every character shown as text.
@Suite struct SourceTextPageTests {
    @Test func everyLineIsNumberedAndEscaped() {
        let html = String(
            decoding: SourceTextPage.content(
                name: "york<1>.txt", lines: ["Rating:\tGood", "", "<script>alert(\"x\") & co</script>"],
                plainTextHref: "york<1>.txt"), as: UTF8.self)
        #expect(
            html == """
                <h1>york&lt;1&gt;.txt</h1>
                <p>The text of a report by HM Inspectorate of Probation, as converted from the published PDF and read by sitegen: 3 lines. \
                The figures on the other pages link to the lines they were read from. Download the <a href="york&lt;1&gt;.txt">plain text</a>.</p>
                <pre class="source-text"><code><a id="L1" href="#L1">1</a>Rating:\tGood
                <a id="L2" href="#L2">2</a>
                <a id="L3" href="#L3">3</a>&lt;script&gt;alert(&quot;x&quot;) &amp; co&lt;/script&gt;</code></pre>

                """)
    }

    /// A text given as its bytes and its lines' byte ranges (as the build gives it: line
    /// breaks of every kind left out) makes the page its lines make.
    @Test func aTextsBytesAndLineRangesMakeThePageItsLinesMake() {
        let text = Array("a & b\r\nbell\u{7}\rlast é".utf8)
        let lines: [Range<Int>] = [0..<5, 7..<12, 13..<20]
        let page = SourceTextPage.content(name: "t.txt", text: text, lines: lines, plainTextHref: "t.txt")
        #expect(
            page
                == SourceTextPage.content(
                    name: "t.txt", lines: ["a & b", "bell\u{7}", "last é"], plainTextHref: "t.txt"))
        #expect(
            String(decoding: page, as: UTF8.self).hasSuffix(
                "<a id=\"L2\" href=\"#L2\">2</a>bell\u{FFFD}\n<a id=\"L3\" href=\"#L3\">3</a>last é</code></pre>\n"))
    }

    /// Line numbers past a carry (9 → 10, 99 → 100): each line's id, link and number agree.
    @Test func numbersCarryIntoNewDigits() {
        let html = String(
            decoding: SourceTextPage.content(
                name: "long.txt", lines: (1...101).map { "line \($0)" }, plainTextHref: "long.txt"), as: UTF8.self)
        for number in [1, 9, 10, 11, 99, 100, 101] {
            let end = number == 101 ? "</code>" : "\n"
            #expect(html.contains("<a id=\"L\(number)\" href=\"#L\(number)\">\(number)</a>line \(number)\(end)"))
        }
        #expect(!html.contains("id=\"L102\""))
        var digits = Array("1299".utf8)
        SourceTextPage.increment(&digits)
        #expect(String(decoding: digits, as: UTF8.self) == "1300")
    }

    @Test func controlCharactersBecomeReplacementCharacters() {
        #expect(SourceTextPage.visible("a\u{0}b\u{7}c\td\u{85}e\u{FFFE}") == "a\u{FFFD}b\u{FFFD}c\td\u{FFFD}e\u{FFFD}")
        #expect(SourceTextPage.visible("plain é ✓") == "plain é ✓")
        #expect(
            SourceTextPage.visible("\u{1F}~\u{7F}\u{A0}\u{9F}\u{E0001}") == "\u{FFFD}~\u{FFFD}\u{A0}\u{FFFD}\u{E0001}")
    }

    /// The bytes of a line, ruled out eight at a time when printable ASCII, give what its
    /// characters give: a control character at any place of a word or of the tail is found,
    /// tab and the printable ASCII around the limits (space, `~`) are not, and the lines of
    /// every seed keep their text unless it has a control character.
    @Test func controlCharactersAreFoundAtEveryPlace() {
        func visible(_ bytes: [UInt8]) -> String? { bytes.withUnsafeBufferPointer { SourceTextPage.visible($0) } }
        for length in [1, 7, 8, 9, 16, 19] {
            let plain =
                Array(" ~Good\t".utf8).prefix(length) + Array(repeating: UInt8(ascii: "a"), count: max(0, length - 7))
            #expect(visible(Array(plain)) == nil, "\(length)")
            for control in [0x00, 0x07, 0x1F, 0x7F] as [UInt8] {
                for place in 0..<length {
                    var bytes = Array(plain)
                    bytes[place] = control
                    var expected = String(decoding: plain, as: UTF8.self).unicodeScalars.map(String.init)
                    expected[place] = "\u{FFFD}"
                    #expect(visible(bytes) == expected.joined(), "\(bytes)")
                }
            }
        }
        let seeds = SeedTexts.all
        #expect(seeds.count >= 4)
        for seed in seeds {
            for line in seed.bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
                let hasControl = String(decoding: line, as: UTF8.self).unicodeScalars.contains {
                    ($0.properties.generalCategory == .control && $0 != "\t") || $0.properties.isNoncharacterCodePoint
                }
                #expect((visible(Array(line)) != nil) == hasControl)
            }
        }
    }
}
