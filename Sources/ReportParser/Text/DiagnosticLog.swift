import SourceAndOutput

/// Collects the diagnostics of one document as it is parsed, and the account of what
/// became of each line read as prose (see ``LineAccount``).
struct DiagnosticLog {
    let file: String
    private(set) var items: [Diagnostic] = []
    var account: LineAccount

    /// A log for `file`; with `accountingForProse`, one that also records the account of
    /// the prose lines (``ProseAccount`` reads it; a build does not).
    init(file: String, accountingForProse: Bool = false) {
        self.file = file
        account = LineAccount(recording: accountingForProse)
    }

    func location(_ line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    mutating func error(_ message: String, line: Int, column: Int = 1) {
        items.append(Diagnostic(.error, message, at: location(line, column: column)))
    }

    mutating func warning(_ message: String, line: Int, column: Int = 1) {
        items.append(Diagnostic(.warning, message, at: location(line, column: column)))
    }

    mutating func note(_ message: String, line: Int, column: Int = 1) {
        items.append(Diagnostic(.note, message, at: location(line, column: column)))
    }
}
