import Foundation

/// The files of a built site: how many, how many are HTML pages, their size, and the
/// Markdown pages (the input of the cmark-gfm and Hugo comparisons).
struct SiteFiles {
    let folder: String
    private(set) var files = 0
    private(set) var htmlPages = 0
    private(set) var bytes = 0
    /// Paths of the `.md` files relative to `folder`, sorted.
    private(set) var markdownPages: [String] = []

    init(folder: String) {
        self.folder = folder
        let root = URL(fileURLWithPath: folder)
        let keys: [URLResourceKey] = [.isRegularFileKey, .fileSizeKey]
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: keys) else { return }
        let prefix = root.standardizedFileURL.path + "/"
        for case let url as URL in walker {
            guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else {
                continue
            }
            files += 1
            bytes += values.fileSize ?? 0
            let path = url.standardizedFileURL.path
            if path.hasSuffix(".html") { htmlPages += 1 }
            if path.hasSuffix(".md"), path.hasPrefix(prefix) {
                markdownPages.append(String(path.dropFirst(prefix.count)))
            }
        }
        markdownPages.sort()
    }
}
