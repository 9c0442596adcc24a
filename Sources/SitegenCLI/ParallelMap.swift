import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map(transform)`, run on every core: the elements are split into chunks that
    /// `DispatchQueue.concurrentPerform` hands to its threads. The results are in the
    /// elements' order, so the output does not depend on the number of cores or the timing.
    /// (For work that can fail, return a `Result`.)
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let chunkCount = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount * 4)
        let results = ChunkResults<T>(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let range = (count * chunk / chunkCount)..<(count * (chunk + 1) / chunkCount)
            results.store(chunk, self[range].map(transform))
        }
        return results.joined()
    }
}

/// The results of the chunks of a ``Swift/Array/parallelMap(_:)``, each written once by
/// the thread that computed it.
private final class ChunkResults<T>: @unchecked Sendable {
    private var chunks: [[T]]
    private let lock = NSLock()

    init(count: Int) { chunks = Array(repeating: [], count: count) }

    func store(_ index: Int, _ results: [T]) {
        lock.withLock { chunks[index] = results }
    }

    /// Every chunk's results, in order.
    func joined() -> [T] {
        lock.withLock { chunks.flatMap { $0 } }
    }
}
