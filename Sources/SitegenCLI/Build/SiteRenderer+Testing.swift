import Foundation
import ParallelWork
import SourceAndOutput

/// The renderer's entry points for tests only: the build hands each file to the staging
/// folder (or `--check`'s digests) as it is made.
extension SiteRenderer {
    /// Every file of the site, sorted by path: ``render(_:)`` then ``finish(_:_:into:)``,
    /// kept in memory.
    @_spi(Testing) public static func files(for input: Input) throws -> [ExportFile] {
        let collected = FileCollector()
        var input = input
        input.sink = collected
        try finish(render(input), input, into: collected)
        return collected.files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }
}

/// A file sink that keeps the files in memory.
@_spi(Testing) public final class FileCollector: FileSink {
    private let collected = Locked<[ExportFile]>([])

    @_spi(Testing) public init() {}

    func add(_ file: ExportFile, inputKey: ContentDigest?) throws {
        collected.withLock { $0.append(file) }
    }

    /// The files added, in the order they came.
    @_spi(Testing) public var files: [ExportFile] { collected.value }
}
