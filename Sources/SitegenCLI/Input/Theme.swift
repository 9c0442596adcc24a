import BuiltInTheme
import Foundation
import MarkdownPages
import SourceAndOutput

/// The templates and assets a build uses: sitegen's built-in theme (`Templates/` compiled
/// in), overridden file by file by a templates folder when there is one. A file of the
/// folder replaces the built-in file of the same path; the folder may also add files.
struct Theme: Sendable {
    /// The name of a site's own templates folder, used when `--templates` is not given and
    /// it exists.
    static let defaultFolder = "Templates"
    /// How diagnostics name a file of the built-in theme: `<built-in>/pdu.mustache`.
    static let builtInFolder = "<built-in>"

    var templates: [TemplateSource]
    /// The site's `assets/…` files.
    var assets: [ExportFile]
    /// Files of the folder that could not be read, or templates that are not UTF-8.
    var diagnostics: [Diagnostic]

    /// The built-in theme overridden by `folder` (nil: the built-in theme alone).
    init(overriddenBy folder: String?, currentDirectory: String) {
        var templates: [String: TemplateSource] = [:]
        var assets: [String: ExportFile] = [:]
        diagnostics = []
        for file in BuiltInTheme.files {
            if let asset = Self.asset(file.path, file.bytes) {
                assets[asset.path] = asset
            } else if let name = Self.templateName(file.path) {
                templates[name] = TemplateSource(
                    name: name, path: Self.builtInFolder + "/" + file.path,
                    text: String(decoding: file.bytes, as: UTF8.self))
            }
        }
        if let folder {
            let loaded = TemplateLoader.load(directory: folder, currentDirectory: currentDirectory)
            for source in loaded.sources { templates[source.name] = source }
            let folderAssets = AssetLoader.load(templatesDirectory: folder, currentDirectory: currentDirectory)
            for asset in folderAssets.files { assets[asset.path] = asset }
            diagnostics = loaded.diagnostics + folderAssets.diagnostics
        }
        self.templates = templates.values.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        self.assets = assets.values.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// The templates folder a build uses: `--templates` when given, else the site's
    /// `Templates/` when it exists, else none (the built-in theme alone).
    static func folder(given: String?, environment: SitegenEnvironment) -> String? {
        if let given { return given }
        return isFolder(environment.absolutePath(defaultFolder)) ? defaultFolder : nil
    }

    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// `assets/site.css` as a site file; nil for a file outside `assets/`.
    private static func asset(_ path: String, _ bytes: [UInt8]) -> ExportFile? {
        path.hasPrefix(AssetLoader.folder + "/") ? ExportFile(path: path, contents: bytes) : nil
    }

    /// `partials/ratings-table` for `partials/ratings-table.mustache`; nil for other files.
    private static func templateName(_ path: String) -> String? {
        path.hasSuffix(".mustache") ? String(path.dropLast(".mustache".count)) : nil
    }
}
