import MarkdownPages
import Testing

/// `MarkdownEscaping.inline`: exact output for special characters, block markers, text
/// that must pass unchanged, and whitespace.
@Suite struct MarkdownEscapingTests {
    @Test(arguments: [
        ("a\\b", "a\\\\b"), ("a`b", "a\\`b"), ("a*b", "a\\*b"), ("a_b", "a\\_b"),
        ("a[b", "a\\[b"), ("a]b", "a\\]b"), ("a<b", "a\\<b"), ("a>b", "a\\>b"),
        ("a|b", "a\\|b"), ("a~b", "a\\~b"), ("a\"b", "a\\\"b"),
        ("&amp;", "\\&amp;"), ("&#60;", "\\&#60;"), ("AT&T", "AT\\&T"),
        ("!", "!"), ("![x](y)", "!\\[x\\](y)"),
        // No autolink of a bare URL: GitHub's extension would keep the backslashes after it.
        ("http://x.y/z", "http\\://x.y/z"), ("www.x.y", "www\\.x.y"), ("WWW.x.y", "WWW\\.x.y"),
    ])
    func specialCharactersGetABackslash(input: String, expected: String) {
        #expect(MarkdownEscaping.inline(input) == expected)
    }

    @Test(arguments: [
        ("# x", "\\# x"), ("## x ##", "\\## x \\##"), ("Item #", "Item \\#"),
        ("- x", "\\- x"), ("-5", "\\-5"), ("+ x", "\\+ x"), ("= x", "\\= x"), ("===", "\\==="),
        ("> x", "\\> x"), ("* x", "\\* x"),
        ("1. x", "1\\. x"), ("12) x", "12\\) x"), ("1.", "1\\."), ("3)", "3\\)"),
        ("\n  # x", "\\# x"),
    ])
    func leadingBlockMarkersAreEscaped(input: String, expected: String) {
        #expect(MarkdownEscaping.inline(input) == expected)
    }

    @Test(arguments: [
        "2.5", "1.5 million", "2024", "co-location", "../a/b-c.html#L96",
        "../source/leeds-2024.html#L96", "a:b", "x.www", "Leicester & Rutland", "a & b",
        "a+b=c", "x - y + z = w", "issue#3", "(see 2.1): done!",
        "The probation delivery unit was rated Good overall.", "Café – naïve ✓ 😀",
        "a  b", "",
    ])
    func ordinaryTextPassesUnchanged(input: String) {
        #expect(MarkdownEscaping.inline(input) == input)
    }

    @Test(arguments: [
        ("a\nb", "a b"), ("a\r\nb", "a b"), ("a\rb", "a b"), ("a\tb", "a b"),
        ("a \n\n  b", "a b"), ("a\u{2028}b", "a b"), ("a\u{2029}b", "a b"), ("a\u{85}b", "a b"),
        ("a\u{0B}\u{0C}b", "a b"), ("  lead and trail \n", "lead and trail"), (" \n\t ", ""),
        ("a\n- b", "a - b"), ("a\n# b", "a \\# b"), ("two  \nhard", "two hard"),
    ])
    func whitespaceWithLineBreaksCollapsesAndEdgesAreTrimmed(input: String, expected: String) {
        #expect(MarkdownEscaping.inline(input) == expected)
    }
}
