/// A report text as raw bytes, with the path diagnostics and source locations will name.
public struct ContentSource: Sendable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// A report text whose bytes can be had when they are needed: a ``ContentSource`` holds
/// them already; a text on disk reads them again (so a build need not hold every text).
public protocol ReportText: Sendable {
    /// The path diagnostics and source locations name.
    var path: String { get }
    /// The text's bytes; throws when they cannot be had (a file changed or gone).
    func source() throws -> ContentSource
}

extension ContentSource: ReportText {
    public func source() -> ContentSource { self }
}
