import Foundation

/// The one process-wide lock every use of cmark-gfm runs under.
///
/// cmark-gfm 0.29.0.gfm.6 keeps global state (its extension registry and the parsers'
/// special-character tables), so two conversions on two threads at once silently lose
/// strikethrough and autolinks. Every call into the library, from registering the
/// extensions to freeing the rendered HTML, happens inside ``withLock(_:)``: conversions
/// are serialised, never concurrent. Nothing else in the process may call cmark-gfm.
enum CmarkLock {
    private static let lock = NSLock()

    static func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
