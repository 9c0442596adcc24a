import Dispatch

/// Work started on another thread, whose result is waited for when it is needed: for a
/// step that the next steps do not need, such as recording the parsed documents in the
/// build cache while they are checked and rendered. Made by ``Parallelism/start(_:)``;
/// the work runs once, and ``wait()`` gives its result to every caller.
public final class Started<Value: Sendable>: Sendable {
    private let group = DispatchGroup()
    private let result = Locked<Value?>(nil)

    /// Starts `work` on another thread, or runs it now on this one when `serial`.
    fileprivate init(serial: Bool, _ work: @escaping @Sendable () -> Value) {
        guard !serial else {
            result.withLock { $0 = work() }
            return
        }
        let result = result
        DispatchQueue.global().async(group: group) {
            let value = work()
            result.withLock { $0 = value }
        }
    }

    /// The work's result, once it is done (waiting for it when it is not).
    @discardableResult
    public func wait() -> Value {
        group.wait()
        return result.value!
    }
}

extension Parallelism {
    /// Starts `work` on another thread and returns at once, unless serial: then runs it
    /// here first. The caller waits for it with ``Started/wait()``, also when a later
    /// step fails, so that the work never outlives what started it.
    public func start<Value: Sendable>(_ work: @escaping @Sendable () -> Value) -> Started<Value> {
        Started(serial: isSerial, work)
    }
}
