import Foundation
import InspectionModel
import PageViews
import ReportParser

/// The five real report texts in `Content/reports/`, parsed once, and the site map of them.
enum SeedSite {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let corpus: Corpus = {
        let folder = repository.appendingPathComponent("Content/reports")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        return CorpusParser.parse(names.map { name in
            let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) ?? Data()
            return ContentSource(path: "Content/reports/\(name)", bytes: [UInt8](data))
        })
    }()

    static let map = SiteMap(corpus: corpus)

    static func pdu(_ slug: String) -> SiteMap.PDU? { map.pdu(slug: slug) }
}
