/// Work that runs once, when it is first asked for: begun on another thread by
/// ``start(_:)`` when its result is not needed yet (so that it takes a core the next steps
/// leave idle), or done on the caller's thread by ``wait()`` when nothing began it. Every
/// caller gets the one result.
public final class Deferred<Value: Sendable>: Sendable {
    private let work: @Sendable () -> Value
    private let started = Locked<Started<Value>?>(nil)

    /// The work, not begun.
    public init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
    }

    /// Begins the work on another thread (on this one first, when `parallelism` is
    /// serial), unless it was begun.
    public func start(_ parallelism: Parallelism) {
        started.withLock { started in
            if started == nil { started = parallelism.start(work) }
        }
    }

    /// The work's result: waited for when it was begun, else done now, on this thread.
    public func wait() -> Value {
        started.withLock { started in
            if let started { return started }
            let now = Parallelism.serial.start(work)
            started = now
            return now
        }.wait()
    }
}
