import Foundation
import TestSupport
import Testing

@testable import MarkdownHTML

/// The byte-level shortcuts of the conversion give what the character-level rules give.
@Suite struct ByteScanTests {
    static let plainScalars = (Array(UInt32(0)..<0xC0) + Array(UInt32(0x2010)...0x2027) + PlainScalars.symbols)
        .compactMap(Unicode.Scalar.init)

    /// `isASCIIWhitespace` is `Character.isWhitespace` on every ASCII character.
    @Test func asciiWhitespaceIsCharacterWhitespace() {
        for byte in UInt8(0)..<0x80 {
            #expect(TreeRewriter.isASCIIWhitespace(byte) == Character(Unicode.Scalar(byte)).isWhitespace, "\(byte)")
        }
    }

    /// `PlainScalars.isWhitespace` is the scalar's White_Space property on every plain scalar.
    @Test func plainWhitespaceIsTheUnicodeProperty() {
        let plain = Self.plainScalars
        for scalar in plain {
            #expect(PlainScalars.isWhitespace(scalar) == scalar.properties.isWhitespace, "\(scalar.value)")
        }
    }

    /// A text whose plain text, or itself, is a key is never ruled out by its first byte; texts
    /// starting with a byte no key starts with are; with an empty key, nothing is.
    @Test func keyStartsRuleOutOnlyWhatIsNoKey() {
        let keys = ["Good", "RI", "Requires improvement", "I"]
        let starts = KeyStarts(keys)
        for text in ["Good", "  Good ", "\tRI", "Requires\nimprovement", "I", "\u{A0}Good", "\u{E9}"] {
            #expect(text.withCString(starts.mayStart), "\(text.debugDescription)")
        }
        for text in ["35%", "Yes", "", " \n", "good", " 3 PDUs"] {
            let plain = TreeRewriter.collapsingWhitespace(Array(text.utf8))
            #expect(!keys.contains(plain) && !keys.contains(text))
            #expect(!text.withCString(starts.mayStart), "\(text.debugDescription)")
        }
        #expect(["", "35%", "Yes"].allSatisfy { $0.withCString(KeyStarts(keys + [""]).mayStart) })
    }

    /// ASCII text (split as bytes) and other text (split as characters) collapse alike.
    @Test func whitespaceCollapsesAsCharactersDo() {
        for text in [
            "", " ", "Good", "  Requires\timprovement \r\n", "a\u{0B}b\u{0C}c\u{1F}d", "35%", " \r\n ",
            "Inspector\u{2019}s  view", "a\u{A0}b\u{2003}c  d", "caf\u{E9}\n\nau lait", " 35%\u{A0}\u{B7} Good\u{85}x ",
            "e\u{301} \u{301}x", "\u{2018}Good\u{2019}\u{2002}\u{2013} 2024\r\n",
        ] {
            let expected = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(TreeRewriter.collapsingWhitespace(Array(text.utf8)) == expected, "\(text.debugDescription)")
        }
        #expect(TreeRewriter.collapsingWhitespace(Array("  Requires\timprovement \r\n".utf8)) == "Requires improvement")
        #expect(TreeRewriter.collapsingWhitespace(Array("a\u{1F}d".utf8)) == "a\u{1F}d")
    }

    /// `.md` in any letter case, anywhere in the URL's bytes; nothing else.
    @Test func markdownMentionsAreFoundInBytes() {
        for url in ["a.md", "../regions/york.MD#x", "x.mD?y", ".md", "a.Md/b"] {
            #expect(MarkdownLinks.mentionsMD(url), "\(url)")
        }
        for url in ["", "../source/york-2024.html#L366", "a.m", "md", "a.mx", "a-md", "a..m.d", "a.\u{1D5C6}d"] {
            #expect(!MarkdownLinks.mentionsMD(url), "\(url)")
        }
        // On cmark-gfm's bytes as on the String.
        for url in [
            "a.md", "../regions/york.MD#x", "x.mD?y", ".md", "a.Md/b", "", "../source/york-2024.html#L366", "a.m",
            "a..m.d", "a.\u{1D5C6}d", "caf\u{E9}.md",
        ] {
            #expect(MarkdownLinks.mentionsMD(utf8: Array(url.utf8)) == MarkdownLinks.mentionsMD(url), "\(url)")
        }
    }

    /// ASCII headings skip the canonical decomposition (they are their own); others do not.
    @Test func slugsOfASCIIAndAccentedHeadings() {
        #expect(HeadingIDs.slug("1.1 Leadership") == "1-1-leadership")
        #expect(HeadingIDs.slug("Inspector's view") == "inspectors-view")
        #expect(HeadingIDs.slug("Caf\u{E9} cr\u{E8}me") == "cafe-creme")
        #expect(HeadingIDs.slug("Cafe\u{301}  cre\u{300}me") == "cafe-creme")
        #expect(
            HeadingIDs.slug(" -- Inspector\u{2019}s view \u{2013} 2.3 (\u{201C}good\u{201D})! ")
                == "inspectors-view-2-3-good")
        #expect(HeadingIDs.slug("\u{B7}\u{A0}\u{2026}") == "")
    }

    /// The plain scalars are each their own decomposition and have no combining class (so no
    /// text of them is reordered), and none joins a white-space scalar of the set, before or
    /// after it, into one character (but CR LF, white space as a whole); the first letter with
    /// an accent and a combining mark are not plain.
    @Test func plainScalarsNeedNoUnicodeTables() {
        let plain = Self.plainScalars
        for scalar in plain {
            #expect(PlainScalars.contains(scalar))
            #expect(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([scalar]))
            #expect(scalar.properties.canonicalCombiningClass == .notReordered, "\(scalar.value)")
        }
        #expect(
            (UInt32(0)..<0x11_0000).compactMap(Unicode.Scalar.init).filter(PlainScalars.contains) == plain)
        for space in plain where space.properties.isWhitespace {
            for other in plain where !(space == "\r" && other == "\n") && !(other == "\r" && space == "\n") {
                #expect(String(String.UnicodeScalarView([space, other])).count == 2, "\(space.value) \(other.value)")
                #expect(String(String.UnicodeScalarView([other, space])).count == 2, "\(other.value) \(space.value)")
            }
        }
    }

    /// `HTMLEscaping.append`, which rules out eight bytes at a time, escapes what a byte-by-byte
    /// replacement escapes: each of `&<>"` at every place of a word and of the tail, next to
    /// the bytes that differ from them in one bit (`$.>:` and so on), and every seed's text.
    @Test func htmlEscapingFindsEveryByteToEscape() {
        func escapedByteByByte(_ bytes: [UInt8]) -> [UInt8] {
            bytes.flatMap { byte -> [UInt8] in
                switch byte {
                case UInt8(ascii: "&"): Array("&amp;".utf8)
                case UInt8(ascii: "<"): Array("&lt;".utf8)
                case UInt8(ascii: ">"): Array("&gt;".utf8)
                case UInt8(ascii: "\""): Array("&quot;".utf8)
                default: [byte]
                }
            }
        }
        func escaped(_ bytes: [UInt8]) -> [UInt8] {
            var output: [UInt8] = []
            bytes.withUnsafeBufferPointer { HTMLEscaping.append($0, to: &output) }
            return output
        }
        for special in Array("&<>\"".utf8) {
            for length in [1, 7, 8, 9, 16, 19] {
                for place in 0..<length {
                    var bytes = Array("Probation\u{2019}s $.>:\"\u{7F}".utf8.prefix(length))
                    bytes += Array(repeating: UInt8(ascii: "x"), count: max(0, length - bytes.count))
                    bytes[place] = special
                    #expect(escaped(bytes) == escapedByteByByte(bytes), "\(bytes)")
                }
            }
        }
        for near in Array("\"$%'.:;=>?".utf8) + [0x26 | 0x80, 0x3C | 0x80, 0xBE, 0xA2] {
            let bytes = Array(repeating: near, count: 17)
            #expect(escaped(bytes) == escapedByteByByte(bytes), "\(near)")
        }
        let seeds = SeedTexts.all
        #expect(seeds.count >= 4)
        for seed in seeds {
            #expect(escaped(seed.bytes) == escapedByteByByte(seed.bytes), "\(seed.path)")
        }
    }
}
