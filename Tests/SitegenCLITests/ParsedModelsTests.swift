import CompactCoding
import Foundation
import ReportParser
import SourceAndOutput
import TestSupport
import Testing

@testable import SitegenCLI

/// The parsed models of the build cache (``ParsedModels``): what is read back is what the
/// parser gave, byte for byte, and damaged bytes are never taken for a model.
@Suite struct ParsedModelsTests {
    /// Each seed's document, as the parser gives it.
    let seeds = SeedTexts.all.map { path, bytes in
        CorpusParser.parseDocument(ContentSource(path: path, bytes: bytes))
    }

    func decoded(_ bytes: [UInt8]) throws -> StoredDocument {
        try bytes.withUnsafeBytes { try CompactDecoder().decode(StoredDocument.self, from: $0) }
    }

    /// JSON with sorted keys: a second, independent encoding of every field's exact value.
    func json(_ document: StoredDocument) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }

    @Test func everySeedReadsBackAsTheParserGaveIt() throws {
        #expect(seeds.count == 5)
        for document in seeds {
            let stored = StoredDocument(document)
            let bytes = try CompactEncoder().encode(stored)
            let back = try decoded(bytes)
            #expect(back.document.inspections == document.inspections)
            #expect(back.document.regions == document.regions)
            #expect(back.document.partialInspections == document.partialInspections)
            #expect(back.document.diagnostics.map(\.description) == document.diagnostics.map(\.description))
            #expect(try json(back) == json(stored))
            #expect(try CompactEncoder().encode(back) == bytes)
            // Smaller than the JSON: field names are not written, repeated strings (the file's path) once.
            let jsonSize = try json(stored).utf8.count
            #expect(bytes.count < jsonSize)
        }
        let york = try #require(seeds.first { $0.inspections.first?.pdu.value == "York" })
        #expect(york.diagnostics.count == 7)
    }

    @Test func bytesCutShortOrOfAnotherTypeDoNotDecode() throws {
        let bytes = try CompactEncoder().encode(StoredDocument(seeds[0]))
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 500)) {
            #expect(throws: DecodingError.self) { try decoded(Array(bytes[..<length])) }
        }
        #expect(throws: DecodingError.self) { try decoded(bytes + [0]) }
        let diagnostic = try CompactEncoder().encode(
            try #require(seeds.first { !$0.diagnostics.isEmpty }).diagnostics[0])
        #expect(throws: DecodingError.self) { try decoded(diagnostic) }
    }

    @Test func strangeStringsAndNumbersReadBackExactly() throws {
        struct Sample: Codable, Equatable {
            var texts: [String]
            var numbers: [Int]
            var small: [Int8]
            var optional: Int?
            var missing: String?
            var double: Double
        }
        // "é" composed and decomposed are equal Strings but different bytes: both are kept.
        let sample = Sample(
            texts: ["caf\u{E9}", "cafe\u{301}", "caf\u{E9}", "", "\u{0}\n\u{202E}", "🙂"],
            numbers: [0, 1, -1, 127, 128, -129, .max, .min], small: [.min, .max], optional: 0, missing: nil,
            double: -0.1)
        let bytes = try CompactEncoder().encode(sample)
        let back = try bytes.withUnsafeBytes { try CompactDecoder().decode(Sample.self, from: $0) }
        #expect(back == sample)
        #expect(back.texts.map { Array($0.utf8) } == sample.texts.map { Array($0.utf8) })
        #expect(throws: EncodingError.self) { try CompactEncoder().encode([Int?.none]) }
    }

    @Test func aRepeatedStringIsWrittenOnceAndItsSameLengthNeighbourIsNot() throws {
        // Two spellings of one 20-byte string (a literal and a concatenation: two buffers),
        // a string of the same length differing in its last byte, small strings, the empty one.
        let long = "sources/leeds-2024.t"
        let built = ["sources/", "leeds-2024", ".t"].joined()
        let texts = [long, "sources/leeds-2024.u", built, "abcd", "abce", "abcd", "", ""]
        let bytes = try CompactEncoder().encode(texts)
        let new: (String) -> [UInt8] = { [0, UInt8($0.utf8.count)] + Array($0.utf8) }
        #expect(
            bytes
                == [8, 0, 0, 0] + new(long) + new("sources/leeds-2024.u") + [1] + new("abcd") + new("abce") + [3]
                + [0, 0] + [5])
        #expect(try bytes.withUnsafeBytes { try CompactDecoder().decode([String].self, from: $0) } == texts)
    }

    /// Strings of up to 256 bytes are numbered and repeated by number (a text's path of
    /// 100 bytes, past the former limit of 64, is written once), longer ones each time;
    /// a length past 127 takes two bytes.
    @Test func stringsUpToTheRepeatLimitAreWrittenOnceLongerOnesEachTime() throws {
        let path = "/" + String(repeating: "p", count: 95) + ".txt"
        let (at256, at257) = (String(repeating: "a", count: 256), String(repeating: "b", count: 257))
        #expect(path.utf8.count == 100)
        let texts = [path, at256, at257, path, at256, at257]
        let bytes = try CompactEncoder().encode(texts)
        let new: (String, [UInt8]) -> [UInt8] = { [0] + $1 + Array($0.utf8) }
        #expect(
            bytes
                == [6, 0, 0, 0] + new(path, [100]) + new(at256, [0x80, 0x02]) + new(at257, [0x81, 0x02]) + [1, 2]
                + new(at257, [0x81, 0x02]))
        #expect(try bytes.withUnsafeBytes { try CompactDecoder().decode([String].self, from: $0) } == texts)
    }
}
