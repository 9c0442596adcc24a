import Foundation
import InspectionModel
import PageViews
import ReportParser
import SourceAndOutput
import TestSupport

/// The five real report texts in `Content/reports/`, parsed once, and the site map of them.
enum SeedSite {
    static let repository = URL(fileURLWithPath: Repository.path)

    /// The seeds' sources, as `sitegen` reads them.
    static let sources = SeedTexts.all.map { ContentSource(path: $0.path, bytes: $0.bytes) }

    /// The bytes of one seed, by its file name.
    static func corpusSource(_ name: String) -> [UInt8] {
        Repository.bytes(SeedTexts.folder + "/" + name)
    }

    static let corpus: Corpus = CorpusParser.parse(sources)

    static let map = SiteMap(corpus: corpus)

    static func pdu(_ slug: String) -> SiteMap.PDU? { map.pdu(slug: slug) }
}
