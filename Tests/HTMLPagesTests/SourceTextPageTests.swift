import Testing

@testable import HTMLPages

/// A report text's page: every line a link target, every character shown as text.
@Suite struct SourceTextPageTests {
    @Test func everyLineIsNumberedAndEscaped() {
        let html = SourceTextPage.content(
            name: "york<1>.txt", lines: ["Rating:\tGood", "", "<script>alert(\"x\") & co</script>"],
            plainTextHref: "york<1>.txt")
        #expect(
            html == """
                <h1>york&lt;1&gt;.txt</h1>
                <p>The text of a report by HM Inspectorate of Probation, as converted from the published PDF and read by sitegen: 3 lines. \
                The figures on the other pages link to the lines they were read from. Download the <a href="york&lt;1&gt;.txt">plain text</a>.</p>
                <pre class="source-text"><code><span class="line" id="L1"><a class="line-number" href="#L1">1</a>Rating:\tGood</span>
                <span class="line" id="L2"><a class="line-number" href="#L2">2</a></span>
                <span class="line" id="L3"><a class="line-number" href="#L3">3</a>&lt;script&gt;alert(&quot;x&quot;) &amp; co&lt;/script&gt;</span></code></pre>

                """)
    }

    @Test func controlCharactersBecomeReplacementCharacters() {
        #expect(SourceTextPage.visible("a\u{0}b\u{7}c\td\u{85}e\u{FFFE}") == "a\u{FFFD}b\u{FFFD}c\td\u{FFFD}e\u{FFFD}")
        #expect(SourceTextPage.visible("plain é ✓") == "plain é ✓")
    }
}
