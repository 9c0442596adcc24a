import Foundation
import InspectionModel
import SourceAndOutput
import TestSupport

@testable import ReportParser

/// The five real report texts in `Content/reports/`, read once and parsed once for all tests.
enum Seeds {
    static let repository = URL(fileURLWithPath: Repository.path)

    static let derbyCity = "Content/reports/derby-city-2025.txt"
    static let brighton = "Content/reports/brighton-and-east-sussex-2024.txt"
    static let eastMidlands = "Content/reports/east-midlands-regional-letter-2023.txt"
    static let york = "Content/reports/york-2024.txt"
    static let leeds = "Content/reports/leeds-2024.txt"
    static let all = [brighton, derbyCity, eastMidlands, leeds, york]

    /// The raw bytes of a seed, by its repository-relative path.
    static func source(_ path: String) -> ContentSource {
        ContentSource(path: path, bytes: Repository.bytes(path))
    }

    /// The seed's text, decoded as UTF-8.
    static func text(_ path: String) -> String {
        String(decoding: source(path).bytes, as: UTF8.self)
    }

    /// All five seeds parsed together, as `sitegen` does.
    static let corpus: Corpus = CorpusParser.parse(all.map(source))

    /// The inspection of a PDU read from a given file.
    static func inspection(_ pdu: String, in file: String) -> Inspection? {
        corpus.inspections.first { $0.pdu.value == pdu && $0.source.file == file }
    }

    /// Parses one text on its own, as if it were the only file in `Content/`.
    static func parse(_ text: String, path: String = "Content/test.txt") -> Corpus {
        CorpusParser.parse([ContentSource(path: path, bytes: Array(text.utf8))])
    }
}
