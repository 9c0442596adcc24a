import Dispatch

extension Array where Element: Sendable {
    /// `map(transform)`, run on every core: `DispatchQueue.concurrentPerform` hands the
    /// elements out one at a time to its threads, so long and short jobs balance. The
    /// results are in the elements' order, so the output does not depend on the number of
    /// cores or the timing. (For work that can fail, return a `Result`.)
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1, !Parallelism.isSerial else { return map(transform) }
        let results = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.store(transform(self[index]), at: index)
        }
        return results.values()
    }
}

/// One slot per element of a ``Swift/Array/parallelMap(_:)``, each written once, by one
/// thread, before any is read: no two threads touch the same memory.
private final class Slots<T>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func store(_ value: T, at index: Int) { buffer[index] = value }

    /// Every slot's value, in order (all were stored).
    func values() -> [T] { buffer.map { $0! } }
}

/// Whether the running command works on one thread only (`sitegen build --serial`).
enum Parallelism {
    @TaskLocal static var isSerial = false
}
