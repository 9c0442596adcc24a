import Foundation
import ParallelWork

/// What a command prints, collected from any thread: hand `appendOutput` and `appendError`
/// to the code under test as its standard output and standard error.
public final class CapturedConsole: Sendable {
    private struct Texts { var output = "", error = "" }
    private let texts = Locked(Texts())

    public init() {}

    /// Everything written to standard output so far.
    public var standardOutput: String { texts.value.output }
    /// Everything written to standard error so far.
    public var standardError: String { texts.value.error }

    public func appendOutput(_ text: String) { texts.withLock { $0.output += text } }
    public func appendError(_ text: String) { texts.withLock { $0.error += text } }
}
