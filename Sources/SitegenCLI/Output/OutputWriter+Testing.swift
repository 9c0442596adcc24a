import Foundation
import SourceAndOutput

/// The writer's entry points for tests only: the build itself writes through
/// ``StagedOutput`` as it makes each file.
extension OutputWriter {
    /// Writes `files` (paths relative to `directory`) as the whole content of
    /// `directory`, replacing what was there. Creates the parent folders if needed.
    /// On failure the previous content of `directory` is left as it was.
    @_spi(Testing) public static func commit(_ files: [ExportFile], to directory: String) throws {
        try commit(files, to: directory, exchange: systemExchange)
    }

    /// `commit(_:to:)` with the exchange given.
    static func commit(_ files: [ExportFile], to directory: String, exchange: @escaping Exchange) throws {
        let output = try StagedOutput(directory: directory, exchange: exchange)
        do {
            for file in files { try output.add(file) }
        } catch {
            output.discard()
            throw error
        }
        try output.commit()
    }
}

#if DEBUG
/// The pause hook, compiled in debug builds only: with the environment variable
/// `SITEGEN_TEST_PAUSE_AFTER_FILES=N`, the writer sleeps for up to a minute after writing N
/// of the files (not counting the marker) into the staging folder, so that a test can
/// kill the process mid-write (`InterruptedBuildTests`).
extension OutputWriter {
    /// The environment variable of the pause hook.
    @_spi(Testing) public static let pauseVariable = "SITEGEN_TEST_PAUSE_AFTER_FILES"

    /// The pause hook's file count: a non-negative whole number in `SITEGEN_TEST_PAUSE_AFTER_FILES`.
    static func pauseAfterFiles(_ environment: [String: String]) -> Int? {
        environment[pauseVariable].flatMap { Int($0) }.flatMap { $0 >= 0 ? $0 : nil }
    }
}
#endif
