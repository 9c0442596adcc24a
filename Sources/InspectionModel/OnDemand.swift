import ParallelWork

/// A value given as it is, or as the work that makes it, done only when the value is
/// first read: an inspection read back from the build cache keeps its findings as their
/// compact bytes and the decoding of them, which most builds never need. The work runs
/// once, on the first thread that reads the value (another thread reading it meanwhile
/// waits for it, then has the same value); it must not fail (it has its own way to stop
/// the program should it have to).
///
/// A value type, as the value is: a copy set to another value leaves the original as it
/// was (setting makes a new box; the box of a value is never changed, only made), two
/// are equal when their values are, and hash as their value does.
public struct OnDemand<Value: Hashable & Sendable>: Hashable, Sendable {
    private var box: Box

    /// The value, made.
    public init(_ value: Value) { box = Box(.made(value)) }

    /// The value that `work` makes, made when first read.
    public init(making work: @escaping @Sendable () -> Value) { box = Box(.waiting(work)) }

    /// The value: made now when it was not.
    public var value: Value {
        get { box.value }
        set { box = Box(.made(newValue)) }
    }

    /// Whether the value was made (given, or its work done).
    public var isMade: Bool { box.isMade }

    /// The same box (one value made once) is equal without making it.
    public static func == (a: Self, b: Self) -> Bool { a.box === b.box || a.value == b.value }

    public func hash(into hasher: inout Hasher) { hasher.combine(value) }

    /// The value or its work, under a lock: shared by the copies of one value.
    private final class Box: Sendable {
        enum State: Sendable {
            case made(Value)
            case waiting(@Sendable () -> Value)
        }

        private let state: Locked<State>

        init(_ state: State) { self.state = Locked(state) }

        var value: Value {
            state.withLock { state in
                switch state {
                case .made(let value):
                    return value
                case .waiting(let work):
                    let value = work()
                    state = .made(value)
                    return value
                }
            }
        }

        var isMade: Bool {
            state.withLock {
                if case .made = $0 { true } else { false }
            }
        }
    }
}
