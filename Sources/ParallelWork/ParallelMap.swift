import Dispatch

/// How a command's steps use the cores: all of them, or one thread (`sitegen build
/// --serial`). A value handed down to every step that maps in parallel, since the worker
/// threads of one step run the next (a task-local setting would not reach them).
public struct Parallelism: Sendable, Equatable {
    /// Whether every step runs on the calling thread only.
    public var isSerial: Bool

    /// Every step on every core (the default).
    public static let allCores = Parallelism(isSerial: false)
    /// Every step on the calling thread.
    public static let serial = Parallelism(isSerial: true)
}

extension Array where Element: Sendable {
    /// `map(transform)`, run on every core unless `parallelism` is serial:
    /// `DispatchQueue.concurrentPerform` hands the elements out one at a time to its
    /// threads, so long and short jobs balance. The results are in the elements' order, so
    /// the output does not depend on the number of cores or the timing. (For work that can
    /// fail, return a `Result`.)
    public func parallelMap<T: Sendable>(_ parallelism: Parallelism, _ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1, !parallelism.isSerial else { return map(transform) }
        let results = Locked([T?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let result = transform(self[index])
            results.withLock { $0[index] = result }
        }
        return results.withLock { slots in slots.map { $0! } }
    }
}
