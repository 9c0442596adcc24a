import InspectionModel
import OpenData

/// Collects the files of every output stage into the one list `build` writes. Later
/// stages (pages, assets) add their files here; paths must not collide.
public enum SiteRenderer {
    /// The site's files, sorted by path. Today: the open-data export under `data/`.
    public static func files(for corpus: Corpus) -> [ExportFile] {
        let files = OpenDataExport.files(for: corpus)
        return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }
}
