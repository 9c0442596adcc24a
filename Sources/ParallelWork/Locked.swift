import Foundation

/// A value and the lock that guards it, as one thing (after swift-nio's
/// `NIOLockedValueBox`): the value is reached only through ``withLock(_:)``, so no thread
/// can read or write it unlocked. A class, so that the threads of a parallel step share
/// one box; `Sendable` when the value is.
///
/// The one unchecked `Sendable` promise in sitegen and its tests: the lock makes it true. The lock is
/// Foundation's `NSLock` (a pthread mutex), not the standard library's `Mutex`: on Linux
/// `Mutex` waits on a futex that ThreadSanitizer cannot see, so it reports every access
/// under it as a race, and the CI's ThreadSanitizer run could not tell real races apart.
public final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var state: Value

    public init(_ value: Value) { state = value }

    /// Runs `body` on the value while holding the lock, and returns what it returns.
    public func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body(&state)
    }

    /// A copy of the value, taken under the lock.
    public var value: Value { withLock { $0 } }
}
