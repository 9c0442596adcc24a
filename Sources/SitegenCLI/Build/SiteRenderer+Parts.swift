import InspectionModel
import MarkdownHTML
import OpenData
import PageViews
import ParallelWork

extension SiteRenderer {
    /// The files made in parts: the open data, then the search index, whose first part
    /// builds the index that every part writes a share of.
    static func partedFiles(_ site: Site, corpus: Corpus) -> [ExportParts] {
        let built = Locked<SearchIndex?>(nil)
        let searchIndex: @Sendable () -> SearchIndex = {
            built.withLock { index in
                if let index { return index }
                let made = site.searchIndex()
                index = made
                return made
            }
        }
        let count = max(1, corpus.inspections.count / passagePartInspections)
        return OpenDataExport.parts(for: corpus)
            + [
                ExportParts(
                    path: SearchIndex.path,
                    parts: (0..<count).map { number in
                        { searchIndex().scriptPart(number, of: count, anchor: MarkdownHeading.id(of:)) }
                    })
            ]
    }

    /// About how many inspections' passages make one part of the search index.
    private static let passagePartInspections = 200
}
