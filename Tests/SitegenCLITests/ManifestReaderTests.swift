import Foundation
import Testing

@testable import SitegenCLI

/// The manifest read in place: its fields split as `split(separator: " ", maxSplits:)`
/// splits them, its numbers written as `String` writes them, and every line of a cache
/// read back as it was written.
@Suite struct ManifestReaderTests {
    @Test(arguments: [
        "a b c d e", "a  b c d e", " a b c d e", "a b c d  e", "a b c d e  ", "a b c d e f g", "a b c  d e  f",
        "a b c d ", "a b c d", "a b", "", " ", "    ", "a", "a b c d  ", "x y z w path with spaces.md",
    ])
    func fieldsSplitAsTheStandardSplit(line: String) {
        let bytes = Array(line.utf8)
        let expected = bytes.split(separator: UInt8(ascii: " "), maxSplits: 4).map { Array($0) }
        bytes.withUnsafeBufferPointer { buffer in
            var fields = ManifestReader.Fields(buffer[...])
            var read: [[UInt8]] = []
            while read.count < 4, let field = fields.next() { read.append(Array(field)) }
            if read.count == 4, let rest = fields.rest() { read.append(Array(rest)) }
            #expect(read == expected, "\(line)")
        }
    }

    @Test func linesAreReadWithoutTheirNewlines() {
        let text = Array("one\n\nthree\nfour\nfive".utf8)
        text.withUnsafeBufferPointer { buffer in
            var lines = ManifestReader(buffer)
            #expect(lines.line().map { Array($0) } == Array("one".utf8))
            #expect(lines.line().map { Array($0) } == [])
            #expect(lines.lines(2).map { Array($0) } == Array("three\nfour".utf8))
            #expect(lines.lines(2) == nil, "one line left")
        }
        Array("five\n".utf8).withUnsafeBufferPointer { buffer in
            var lines = ManifestReader(buffer)
            #expect(lines.lines(0).map { Array($0) } == [])
            #expect(lines.line().map { Array($0) } == Array("five".utf8))
            #expect(lines.line() == nil)
        }
    }

    @Test func numbersAreWrittenAsStringWritesThem() {
        var values: [Int] = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, Int.max, Int.min, Int.min + 1, -1, -10, -99]
        var power = 1
        while power <= Int.max / 10 {
            power *= 10
            values += [power - 1, power, power + 1, -power]
        }
        for value in values {
            var bytes: [UInt8] = []
            bytes.appendDecimal(value)
            #expect(String(decoding: bytes, as: UTF8.self) == String(value))
        }
        for value in [UInt64.max, UInt64.max / 10, UInt64(Int.max) + 1, 0] {
            var bytes: [UInt8] = []
            bytes.appendDecimal(value)
            #expect(String(decoding: bytes, as: UTF8.self) == String(value))
        }
    }

    @Test func aDigestIsReadInEitherCaseAndNothingElseIsOne() {
        let digest = ContentDigest(high: 0x0123_4567_89ab_cdef, low: 0xfedc_ba98_7654_3210)
        #expect(digest.description == "0123456789abcdeffedcba9876543210")
        #expect(ContentDigest(hex: digest.description.utf8) == digest)
        #expect(ContentDigest(hex: digest.description.uppercased().utf8) == digest)
        for bad in [
            "0123456789abcdeffedcba987654321", "0123456789abcdeffedcba98765432100", "g123456789abcdeffedcba9876543210",
            "0123456789abcdeffedcba987654321/", "0123456789abcdeffedcba987654321:", "0123456789abcdeffedcba987654321@",
            "0123456789abcdeffedcba987654321`", "0123456789abcdeffedcba987654321G", " 123456789abcdeffedcba9876543210",
        ] {
            #expect(ContentDigest(hex: bad.utf8) == nil, "\(bad)")
        }
    }

    /// A cache with every kind of line (diagnostics, entries with and without a stamp,
    /// parts, texts, paths with spaces and non-ASCII names) is read back as it was written;
    /// with one byte changed, not at all.
    @Test func aManifestIsReadBackAsWritten() throws {
        let stamp = try #require(FileStamp(Array("27:1817130:10627:1796657882.944417569".utf8)))
        let old = try #require(FileStamp(Array("1:2:3:-86400.5".utf8)))
        let entry = BuildCache.Entry(
            inputKey: ContentDigest("a"), digest: ContentDigest("b"), size: 10_627, stamp: stamp)
        var unstamped = entry
        unstamped.stamp = nil
        unstamped.size = 0
        let cache = BuildCache(
            buildKey: ContentDigest("key"),
            diagnostics: "a.txt:1:1: warning: one\nb.txt:2:1: note: two  spaces\n",
            summary: "2 documents, 0 errors",
            entries: ["index.html": entry, "pdus/a b.html": unstamped, "source/é.txt": entry],
            parts: [
                "data/x.json": [
                    BuildCache.Part(inputKey: ContentDigest("p"), digest: ContentDigest("q"), offset: 0, size: 12),
                    BuildCache.Part(
                        inputKey: ContentDigest("r"), digest: ContentDigest("s"), offset: 12, size: 1 << 40),
                ]
            ],
            texts: [
                "/c/reports/a b.txt": TextFile.Record(stamp: stamp, digest: ContentDigest("t"), size: 5),
                "/c/reports/old.txt": TextFile.Record(stamp: old, digest: ContentDigest("u"), size: 0),
            ],
            models: old)
        let manifest = cache.manifest
        let read = try #require(manifest.withUnsafeBufferPointer { BuildCache.parse($0, manifestStamp: stamp) })
        #expect(read.buildKey == cache.buildKey)
        #expect(read.diagnostics == cache.diagnostics)
        #expect(read.summary == cache.summary)
        #expect(read.entries == cache.entries)
        #expect(read.parts == cache.parts)
        #expect(read.texts == cache.texts)
        #expect(read.models == old)
        #expect(read.manifestStamp == stamp)
        #expect(read.manifest == manifest, "written again, the same bytes")
        for index in stride(from: 0, to: manifest.count, by: 97) {
            var damaged = manifest
            damaged[index] ^= 0x01
            #expect(damaged.withUnsafeBufferPointer { BuildCache.parse($0, manifestStamp: stamp) } == nil, "\(index)")
        }
    }
}
