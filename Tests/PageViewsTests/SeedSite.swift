import Foundation
import InspectionModel
import PageViews
import ReportParser
import SourceAndOutput

/// The five real report texts in `Content/reports/`, parsed once, and the site map of them.
enum SeedSite {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The seeds' sources, as `sitegen` reads them.
    static let sources: [ContentSource] = {
        let folder = repository.appendingPathComponent("Content/reports")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        return names.map { name in ContentSource(path: "Content/reports/\(name)", bytes: corpusSource(name)) }
    }()

    /// The bytes of one seed, by its file name.
    static func corpusSource(_ name: String) -> [UInt8] {
        [UInt8](FileManager.default.contents(atPath: repository.appendingPathComponent("Content/reports/\(name)").path) ?? Data())
    }

    static let corpus: Corpus = CorpusParser.parse(sources)

    static let map = SiteMap(corpus: corpus)

    static func pdu(_ slug: String) -> SiteMap.PDU? { map.pdu(slug: slug) }
}
