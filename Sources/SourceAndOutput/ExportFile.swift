/// One file of the generated site: its path and its bytes. A build hands each file on as
/// soon as it is made (written into the staging folder, or digested by `build --check`),
/// so the site is never held in memory whole.
/// `path` is relative to the output folder and uses `/` separators, e.g.
/// `data/inspections.json`.
public struct ExportFile: Hashable, Sendable {
    public var path: String
    public var contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }

    /// A text file, encoded as UTF-8 (no byte-order mark).
    public init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }
}
