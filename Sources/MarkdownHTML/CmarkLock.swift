import Foundation

/// The lock around the one step of a conversion that uses cmark-gfm's mutable global state.
///
/// In cmark-gfm 0.29.0.gfm.6 that step is `cmark_parser_finish`, which parses the inlines:
/// it sets the attached extensions' characters (`~`, `:`, `w`) in the library's global tables
/// `SPECIAL_CHARS` and `SKIP_CHARS` (`inlines.c`), reads them while it parses, and clears them
/// when it ends, so one thread's clearing makes another lose strikethrough and autolinks.
/// Registering the extensions writes global state too, once: ``CmarkConversion`` does it in a
/// lazily initialised static, which Swift runs exactly once, before any parser exists.
/// Everything else (creating a parser, attaching the extensions, feeding it, rewriting and
/// rendering the tree, freeing it) writes only the document's own memory and reads globals
/// that nothing writes after registration, so it runs concurrently. The evidence, global by
/// global, is in `docs/CMARK-THREADS.md`. Nothing else in the process may call cmark-gfm.
enum CmarkLock {
    private static let lock = NSLock()

    static func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
