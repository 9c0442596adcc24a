/// A 128-bit fingerprint of some bytes, to tell files apart without keeping them (the
/// output check, the build cache). Fast, deterministic on every machine, not cryptographic:
/// it guards against change, not against an adversary.
public struct ContentDigest: Hashable, Sendable, CustomStringConvertible {
    public let high: UInt64
    public let low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The digest of `bytes`.
    public init(_ bytes: [UInt8]) {
        self = bytes.withUnsafeBytes(Self.init(buffer:))
    }

    /// The digest of `text`'s UTF-8 bytes.
    public init(_ text: String) {
        var text = text
        self = text.withUTF8 { Self(buffer: UnsafeRawBufferPointer($0)) }
    }

    /// The digest of the bytes in `buffer`: ``Hasher`` over them in one go.
    public init(buffer: UnsafeRawBufferPointer) {
        var hasher = Hasher()
        hasher.combine(buffer)
        self = hasher.finalize()
    }

    /// 32 hexadecimal digits.
    public var description: String {
        func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return hex(high) + hex(low)
    }
}
