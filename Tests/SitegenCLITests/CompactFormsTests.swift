import CompactCoding
import Foundation
import InspectionModel
import ReportParser
import SourceAndOutput
import TestSupport
import Testing

@testable import SitegenCLI

/// The model's hand-written compact forms (``CompactCodable``): each writes exactly the
/// bytes of its synthesised `Codable` form and reads them back as the parser gave them,
/// and damaged bytes throw.
@Suite struct CompactFormsTests {
    let documents = SeedTexts.all.map { path, bytes in
        CorpusParser.parseDocument(ContentSource(path: path, bytes: bytes))
    }

    /// A value coded through its `Codable` form at the top level: its own fields through
    /// the keyed containers (each field's value still by its own form).
    /// Each PDU report seed's opening, up to its ratings: a partial inspection each.
    var openings: [CorpusParser.Document] {
        SeedTexts.all.compactMap { path, bytes in
            let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            guard let ratings = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "Ratings" })
            else { return nil }
            let opening = lines[..<ratings].joined(separator: "\n")
            return CorpusParser.parseDocument(ContentSource(path: path, bytes: Array(opening.utf8)))
        }
    }

    struct ThroughCodable<Value: Codable>: Codable {
        var value: Value
        init(_ value: Value) { self.value = value }
        init(from decoder: any Decoder) throws { value = try Value(from: decoder) }
        func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
    }

    func decode<Value: Decodable>(_ type: Value.Type, _ bytes: [UInt8]) throws -> Value {
        try bytes.withUnsafeBytes { try CompactDecoder().decode(type, from: $0) }
    }

    /// Each value's compact form writes the bytes its `Codable` form writes, and each form
    /// reads the other's bytes back as the value. Returns how many values were compared.
    @discardableResult
    func expectBothForms<Value: CompactCodable & Equatable>(_ values: [Value]) throws -> Int {
        for value in values {
            let compact = try CompactEncoder().encode(value)
            #expect(try CompactEncoder().encode(ThroughCodable(value)) == compact)
            #expect(try decode(Value.self, compact) == value)
            #expect(try decode(ThroughCodable<Value>.self, compact).value == value)
        }
        return values.count
    }

    /// An inspection's compact form: its findings are written apart (``InspectionBody``),
    /// so its bytes are not its `Codable` form's; each form reads its own bytes back as
    /// the value, and the compact bytes read back are written again the same.
    func expectOwnForms(_ values: [Inspection]) throws -> Int {
        for value in values {
            let compact = try CompactEncoder().encode(value)
            let back = try decode(Inspection.self, compact)
            #expect(back == value)
            #expect(try CompactEncoder().encode(back) == compact)
            let codable = try CompactEncoder().encode(ThroughCodable(value))
            #expect(codable != compact)
            #expect(try decode(ThroughCodable<Inspection>.self, codable).value == value)
        }
        return values.count
    }

    @Test func everyModelTypeWritesItsCodableBytes() throws {
        let regional = documents.flatMap(\.regions)
        let inspections = documents.flatMap(\.inspections) + regional.flatMap(\.inspections)
        let findings = inspections.flatMap(\.findings)
        let paragraphs = findings.flatMap { $0.findings.narrative + $0.findings.strengths }
        #expect(try expectOwnForms(inspections) == 8)
        #expect(try expectBothForms(regional) == 1)
        #expect(try expectBothForms(openings.flatMap(\.partialInspections)) == 4)
        #expect(try expectBothForms(documents.flatMap(\.diagnostics)) == 19)
        #expect(try expectBothForms(findings) == 34)
        #expect(try expectBothForms(findings.map(\.findings)) == 34)
        #expect(try expectBothForms(paragraphs) == 237)
        #expect(try expectBothForms(paragraphs.map(\.source)) == 237)
        #expect(try expectBothForms(inspections.map(\.pdu) + inspections.map(\.region)) == 16)
        #expect(try expectBothForms(inspections.map(\.published)) == 8)
        #expect(try expectBothForms(inspections.map(\.overallRating)) == 8)
        #expect(try expectBothForms(inspections.map(\.score)) == 8)
        #expect(try expectBothForms(inspections.compactMap(\.score.provenance)) == 2)
        #expect(try expectBothForms(inspections.flatMap(\.standards)) == 64)
        #expect(try expectBothForms(inspections.flatMap(\.keyQuestions)) == 48)
        #expect(try expectBothForms(inspections.flatMap(\.recommendations)) == 67)
        #expect(try expectBothForms(inspections.compactMap(\.casesInspected)) == 4)
        #expect(try expectBothForms(inspections.map(\.background)) == 8)
        #expect(try expectBothForms(inspections.compactMap(\.previousInspection)) == 1)
        #expect(try expectBothForms(inspections.flatMap(\.progressOnPreviousRecommendations)) == 4)
        #expect(try expectBothForms(regional.flatMap(\.sections)) == 9)
        #expect(try expectBothForms(regional.flatMap(\.sections).flatMap(\.figures)) == 39)
    }

    /// The format, by hand: a paragraph is its text, then its location's file, line and
    /// column; a repeated short string is its number + 1.
    @Test func aParagraphsBytesAreItsFieldsInOrder() throws {
        let location = SourceLocation(file: "a.txt", line: 3, column: 1)
        let bytes = try CompactEncoder().encode([Paragraph("a.txt", at: location)])
        let text: [UInt8] = [0, 5] + Array("a.txt".utf8)
        #expect(bytes == [1, 0, 0, 0] + text + [1, 6, 2])
        #expect(try decode([Paragraph].self, bytes) == [Paragraph("a.txt", at: location)])
    }

    @Test func damagedBytesThrowOrReadAsAValueNeverCrash() throws {
        var random = SeededRandom(seed: 14)
        /// How many of 2,000 copies of `bytes`, each with one byte changed, do not decode as `type`.
        func thrown<Value: Decodable>(_ type: Value.Type, _ bytes: [UInt8]) throws -> Int {
            var thrown = 0
            for _ in 0..<2000 {
                var damaged = bytes
                damaged[random.next(below: damaged.count)] = UInt8(random.next(below: 256))
                do { _ = try decode(type, damaged) } catch is DecodingError { thrown += 1 }
            }
            return thrown
        }
        // A document's inspections' findings are written apart and only stepped over (a
        // damaged length throws); the findings' own bytes, damaged, throw when decoded.
        #expect(try thrown(StoredDocument.self, try CompactEncoder().encode(StoredDocument(documents[0]))) > 10)
        let findings = try #require(documents.flatMap(\.inspections).first { !$0.findings.isEmpty }).findings
        #expect(try thrown([SectionFindings].self, try CompactEncoder().encode(findings)) > 20)
        // An array that claims more elements than there are bytes: cut short, not a huge reservation.
        let paragraphs = try CompactEncoder().encode(documents[0].inspections[0].quotes)
        #expect(throws: DecodingError.self) {
            try decode([Paragraph].self, [0xFF, 0xFF, 0xFF, 0xFF] + paragraphs[4...])
        }
        // A rating whose name is no rating's ("Xood"): its bytes start with a new string's 0 and length.
        var rating = try CompactEncoder().encode(documents[0].inspections[0].overallRating)
        #expect(rating[0] == 0)
        rating[2] = UInt8(ascii: "X")
        #expect(throws: DecodingError.self) { try decode(Sourced<Rating>.self, rating) }
    }

    /// A date's text read on its bytes (``CalendarDate/init(iso:)``, which every stored
    /// date is read back with) as the former split of it on hyphens read it: the same date,
    /// or none, for the texts written and for strange ones.
    @Test func aDateIsReadAsItsSplitOnHyphensReadsIt() {
        func split(_ iso: String) -> CalendarDate? {
            let parts = iso.split(separator: "-").map { Int($0) }
            guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ $0 != nil }),
                let year = parts[0], let month = parts[1], (1...12).contains(month)
            else { return nil }
            return CalendarDate(year: year, month: month, day: parts.count == 3 ? parts[2] : nil)
        }
        var texts = [
            "2025-02", "2025-02-24", "2025-13", "2025-00-01", "-2025-02", "2025--02", "2025-02-", "+2025-+02",
            "2025-+", "2025-0+2", "2025-++2", "2025-02-24-1", "", "-", "+", "2025", "9223372036854775807-01",
            "9223372036854775808-01", "0000000000000000000000001-1", "2025-02\u{301}", "2025-\u{301}02",
            "\u{FF12}025-02", "2025 -02", "2025-02-x", "2025-02-+",
        ]
        var random = SeededRandom(seed: 14)
        let pieces = ["0", "1", "9", "-", "-", "-", "+", "x", "\u{301}", "\u{E9}", "12", "12", "2025", "2025"]
        for _ in 0..<5000 {
            texts.append((0..<random.next(below: 9)).map { _ in pieces[random.next(below: pieces.count)] }.joined())
        }
        for text in texts { #expect(CalendarDate(iso: text) == split(text), "\(text.unicodeScalars.map(\.value))") }
        #expect(texts.count(where: { CalendarDate(iso: $0) != nil }) == 106, "dates among the random texts")
        #expect(CalendarDate(iso: "2025-02-24") == CalendarDate(year: 2025, month: 2, day: 24))
        #expect(CalendarDate(iso: "+2025-+02") == CalendarDate(year: 2025, month: 2))
    }
}
