import Foundation
import SourceAndOutput

/// Reads the `assets/` folder of a templates folder (stylesheet, script, images): every
/// file under it, published unchanged under `assets/` in the site.
enum AssetLoader {
    /// The folder's name, inside the templates folder and in the site.
    static let folder = "assets"

    /// The files of `templates/assets`, recursively (hidden files skipped), as site files
    /// `assets/…`; none when there is no such folder; an error for each unreadable file.
    static func load(templatesDirectory: String, currentDirectory: String) -> (
        files: [ExportFile], diagnostics: [Diagnostic]
    ) {
        let directory = Paths.absolute(templatesDirectory, against: currentDirectory) + "/" + folder
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            return ([], [])
        }
        let loaded = ContentLoader.load(
            directory: directory, currentDirectory: currentDirectory, extensions: nil,
            boundary: Paths.absolute(templatesDirectory, against: currentDirectory))
        let files = zip(loaded.sources, loaded.relativePaths).map { source, relative in
            ExportFile(path: folder + "/" + relative, contents: source.bytes)
        }
        return (files, loaded.diagnostics)
    }
}
