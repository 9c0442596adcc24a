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

    /// Every text of up to five bytes from the bytes whose escaping depends on their
    /// neighbours (and letters, a digit, a space and a line break around them) escapes as the
    /// rules say, byte by byte (``escapedByRule(_:)``): the runs copied whole agree with them.
    @Test func contextualBytesEscapeByTheRulesInEveryRun() {
        let alphabet = Array("aw.:/&#-+=1) \n".utf8)
        var texts: [[UInt8]] = [[]]
        var all: [[UInt8]] = []
        for _ in 1...5 {
            texts = texts.flatMap { text in alphabet.map { text + [$0] } }
            all += texts
        }
        var differing = 0
        for text in all {
            let string = String(decoding: text, as: UTF8.self)
            if MarkdownEscaping.inline(string) != Self.escapedByRule(text) { differing += 1 }
        }
        #expect(all.count > 500_000)
        #expect(differing == 0)
        #expect(MarkdownEscaping.inline("a #b.c-d www.e: f://g &h &1") == "a \\#b.c-d www\\.e: f\\://g \\&h &1")
    }

    /// The doc comment's rules for ASCII text, one byte at a time.
    static func escapedByRule(_ input: [UInt8]) -> String {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
        var output: [UInt8] = []
        var i = 0
        while i < input.count {
            let byte = input[i]
            if isSpace(byte) {
                var end = i
                while end < input.count && isSpace(input[end]) { end += 1 }
                if !output.isEmpty && end < input.count {
                    output += input[i..<end].allSatisfy { $0 == 0x20 } ? Array(input[i..<end]) : [0x20]
                }
                i = end
                continue
            }
            if output.isEmpty && isDigit(byte) {
                var end = i
                while end < input.count && isDigit(input[end]) { end += 1 }
                output += input[i..<end]
                if end < input.count, input[end] == UInt8(ascii: ".") || input[end] == UInt8(ascii: ")"),
                    end + 1 == input.count || isSpace(input[end + 1])
                {
                    output += [UInt8(ascii: "\\"), input[end]]
                    end += 1
                }
                i = end
                continue
            }
            let next = i + 1 < input.count ? input[i + 1] : 0
            let escaped: Bool
            switch UInt8(byte) {
            case UInt8(ascii: "&"): escaped = next == UInt8(ascii: "#") || (next | 0x20 >= 0x61 && next | 0x20 <= 0x7A)
            case UInt8(ascii: "#"): escaped = output.isEmpty || output.last == 0x20
            case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="): escaped = output.isEmpty
            case UInt8(ascii: ":"): escaped = input[(i + 1)...].starts(with: Array("//".utf8))
            case UInt8(ascii: "."): escaped = i >= 3 && input[(i - 3)..<i].allSatisfy { $0 | 0x20 == UInt8(ascii: "w") }
            default: escaped = Array("\\`*_[]<>|~\"".utf8).contains(byte)
            }
            if escaped { output.append(UInt8(ascii: "\\")) }
            output.append(byte)
            i += 1
        }
        return String(decoding: output, as: UTF8.self)
    }
}
