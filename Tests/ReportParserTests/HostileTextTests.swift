import InspectionModel
import SourceAndOutput
import Testing

@testable import ReportParser

/// Issue 15 (11): characters that mislead a reader or a diagnostic, read from the real
/// Leeds seed with one line changed.
@Suite("Hostile characters are named, removed or kept as they should be")
struct HostileTextTests {
    static func leeds(replacingLine number: Int, with line: (String) -> String) -> Corpus {
        var lines = Seeds.text(Seeds.leeds).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[number - 1] = line(lines[number - 1])
        return Seeds.parse(lines.joined(separator: "\n"), path: Seeds.leeds)
    }

    @Test func aUTF32TextIsCalledUTF32() {
        for bom: [UInt8] in [[0xFF, 0xFE, 0x00, 0x00], [0x00, 0x00, 0xFE, 0xFF]] {
            let bytes =
                bom
                + Array(Seeds.text(Seeds.leeds).unicodeScalars.prefix(200)).flatMap { scalar -> [UInt8] in
                    let v = scalar.value
                    let le = [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), 0]
                    return bom[0] == 0xFF ? le : le.reversed()
                }
            let corpus = CorpusParser.parse([ContentSource(path: "Content/utf32.txt", bytes: bytes)])
            #expect(
                corpus.diagnostics.map(\.description) == [
                    "Content/utf32.txt:1:1: error: the file is UTF-32 encoded; save it as UTF-8"
                ])
        }
    }

    @Test func rightToLeftOverridesAreStrippedFromNamesWithANote() throws {
        // Line 10 is `Leeds PDU`, where the name is read.
        let corpus = Self.leeds(replacingLine: 10) { "\u{202E}" + $0.replacing("Leeds", with: "Le\u{2066}eds") }
        let inspection = try #require(corpus.inspections.first)
        #expect(inspection.pdu.value == "Leeds")
        let note = try #require(corpus.diagnostics.first { $0.location.line == 10 })
        #expect(note.severity == .note)
        #expect(note.location.column == 1)
        #expect(note.message.hasPrefix("removed 2 bidirectional control characters"))
    }

    @Test func zeroWidthJoinersInsideEmojiAreKept() throws {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
        #expect(CharacterRepair.repair("A family \(family) here").text == "A family \(family) here")
        #expect(
            CharacterRepair.repair("skin \u{1F44B}\u{1F3FD}\u{200D}\u{1F525}").text
                == "skin \u{1F44B}\u{1F3FD}\u{200D}\u{1F525}")
        // Between letters a joiner is still an invisible leftover of the conversion.
        #expect(CharacterRepair.repair("pro\u{200D}bation \u{200D}\u{1F468}").text == "probation \u{1F468}")
    }
}
