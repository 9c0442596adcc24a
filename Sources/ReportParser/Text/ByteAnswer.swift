/// What a byte-level fast path says about a question that, in general, only the
/// Characters can settle: `decided` with the answer when the bytes give the Character-level
/// answer, `undecided` when a non-ASCII scalar (or a CR) where the rule looks could join
/// its neighbours into other Characters, and the Character-level rule must run.
///
/// Used only where a rule cannot run on the bytes of the whole text (most rules are written
/// once over `TextUnit` and run on the bytes of a plain text instead).
enum ByteAnswer<T> {
    case decided(T)
    case undecided

    /// The answer changed by `transform`, if decided.
    @inline(__always) func map<U>(_ transform: (T) -> U) -> ByteAnswer<U> {
        switch self {
        case .decided(let answer): .decided(transform(answer))
        case .undecided: .undecided
        }
    }

    /// The decided answer, or the Character-level rule's.
    @inline(__always) func or(_ characters: () -> T) -> T {
        switch self {
        case .decided(let answer): answer
        case .undecided: characters()
        }
    }
}
