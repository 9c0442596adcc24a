/// A small seeded pseudo-random generator (SplitMix64) for tests: the same seed gives the
/// same sequence on every machine and Swift version, so a failure reproduces.
/// (`sitegen-bench` keeps its own copy: the benchmark corpus must not depend on test code.)
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (0 when `bound` is 0 or less), by the remainder of `next()`:
    /// the same on every Swift version, unlike `Int.random(in:using:)`.
    public mutating func next(below bound: Int) -> Int {
        Int(next() % UInt64(max(bound, 1)))
    }
}
