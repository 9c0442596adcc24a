import SourceAndOutput

/// One file of the site made in parts, each made on its own (so that parts can be made on
/// several threads at once, and written as they come): the file is the parts' text joined
/// in order.
public struct ExportParts: Sendable {
    /// Where the file is written in the site, as ``ExportFile/path``.
    public var path: String
    /// Each part's text, made when called.
    public var parts: [@Sendable () -> String]

    public init(path: String, parts: [@Sendable () -> String]) {
        self.path = path
        self.parts = parts
    }

    /// A file of one part.
    public init(path: String, _ make: @escaping @Sendable () -> String) {
        self.init(path: path, parts: [make])
    }

    /// The whole file, its parts made one after another.
    public func joined() -> ExportFile {
        ExportFile(path: path, text: parts.map { $0() }.joined())
    }
}
