import TestSupport
import Testing

@testable import MarkdownPages

/// The byte-level shortcuts of the Markdown pages: `MarkdownEscaping.isProse`, which lets the
/// escaping copy eight bytes at a time, says of eight bytes what a byte-by-byte reading of
/// its rule says; a page's line breaks found by `memchr` are those found byte by byte.
@Suite struct PageByteScanTests {
    /// The rule, a byte at a time: an ASCII letter or digit, or a space followed by one.
    private func isProseByteByByte(_ bytes: ArraySlice<UInt8>) -> Bool {
        let isAlphanumeric = { (byte: UInt8) in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
        }
        let bytes = Array(bytes)
        return bytes.indices.allSatisfy { index in
            isAlphanumeric(bytes[index])
                || (bytes[index] == UInt8(ascii: " ") && index + 1 < bytes.count && isAlphanumeric(bytes[index + 1]))
        }
    }

    private func word(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    }

    /// Every byte value at every place of a word of prose, and every window of the seeds.
    @Test func proseIsFoundAsByteByByte() {
        for base in ["Good job", "is 65 in", "a b c d ", "Leeds 20"] {
            for place in 0..<8 {
                for value in 0...255 {
                    var bytes = Array(base.utf8)
                    bytes[place] = UInt8(value)
                    #expect(
                        MarkdownEscaping.isProse(word(bytes[...])) == isProseByteByByte(bytes[...]), "\(bytes)")
                }
            }
        }
        let seeds = SeedTexts.all
        #expect(seeds.count >= 4)
        var prose = 0
        var differing: [String] = []
        for seed in seeds {
            for start in 0..<(seed.bytes.count - 8) {
                let window = seed.bytes[start..<(start + 8)]
                let found = MarkdownEscaping.isProse(word(window))
                if found != isProseByteByByte(window) { differing.append("\(seed.path) at \(start)") }
                if found { prose += 1 }
            }
        }
        #expect(differing.isEmpty)
        #expect(prose > 1000)
    }

    /// A page without a CR has its line breaks found by `memchr`; one with a CR byte by byte.
    /// A lone CR at the end (an empty last line) changes no page, so each seed normalised
    /// both ways, with its blank lines, trailing spaces and tabs, gives the same bytes.
    @Test func pagesWithAndWithoutACarriageReturnAreNormalisedAlike() {
        let seeds = SeedTexts.all
        #expect(seeds.count >= 4)
        for seed in seeds {
            #expect(!seed.bytes.contains(0x0D))
            let page = Array("\n \n".utf8) + seed.bytes + Array("\t\n\n  \nend  ".utf8)
            let byMemchr = page.withUnsafeBufferPointer(PageNormalisation.normalise)
            let byByte = (page + [0x0D]).withUnsafeBufferPointer(PageNormalisation.normalise)
            #expect(byMemchr == byByte, "\(seed.path)")
            #expect(byMemchr.first != 0x0A && byMemchr.suffix(5) == Array("\nend\n".utf8.suffix(5)), "\(seed.path)")
        }
    }
}
