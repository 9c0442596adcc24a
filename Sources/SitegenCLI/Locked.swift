import Synchronization

/// A value and the lock that guards it, as one thing (after swift-nio's
/// `NIOLockedValueBox`): the value is reached only through ``withLock(_:)``, so no thread
/// can read or write it unlocked. A class, so that the threads of a parallel step share
/// one box; `Sendable` without an unchecked promise, because the standard library's
/// `Mutex` is.
final class Locked<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>

    init(_ value: Value) { mutex = Mutex(value) }

    /// Runs `body` on the value while holding the lock, and returns what it returns.
    func withLock<R, E: Error>(_ body: (inout sending Value) throws(E) -> sending R) throws(E) -> sending R {
        try mutex.withLock(body)
    }

    /// A copy of the value, taken under the lock.
    var value: Value { withLock { $0 } }
}
