/// A problem (or a repair) found while reading the content, pointing at a line.
/// Printed like a compiler message: `path:line:column: warning: message`.
public struct Diagnostic: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    /// How serious a diagnostic is. Errors make `sitegen check` fail.
    public enum Severity: String, Codable, Sendable, Comparable {
        case error, warning, note

        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation

    public init(_ severity: Severity, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }

    /// In reading order: by file, line and column, then errors first, then by message.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.location, a.severity, a.message) < (b.location, b.severity, b.message)
    }
}
