/// A report text as raw bytes, with the path diagnostics and source locations will name.
public struct ContentSource: Sendable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
