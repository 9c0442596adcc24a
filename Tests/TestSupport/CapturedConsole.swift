import Foundation

/// What a command prints, collected from any thread: hand `appendOutput` and `appendError`
/// to the code under test as its standard output and standard error.
public final class CapturedConsole: @unchecked Sendable {
    // The lock guards both texts; they are read and written only through it.
    private let lock = NSLock()
    private var output = ""
    private var error = ""

    public init() {}

    /// Everything written to standard output so far.
    public var standardOutput: String { lock.withLock { output } }
    /// Everything written to standard error so far.
    public var standardError: String { lock.withLock { error } }

    public func appendOutput(_ text: String) { lock.withLock { output += text } }
    public func appendError(_ text: String) { lock.withLock { error += text } }
}
