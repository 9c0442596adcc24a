/// A small, fast, seeded random number generator (SplitMix64): the same seed gives the
/// same corpus on every machine and Swift version, which `SystemRandomNumberGenerator`
/// would not.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniformly drawn integer in `range`. (`Int.random(in:using:)` is not guaranteed to
    /// draw the same way across standard library versions; this is.)
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % width)
    }

    /// An element of `items`, which must not be empty.
    mutating func element<T>(of items: [T]) -> T { items[int(in: 0...(items.count - 1))] }
}
