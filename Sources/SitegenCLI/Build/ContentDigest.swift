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
        var bytes: [UInt8] = []
        append(to: &bytes, then: nil)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the 32 hexadecimal digits (lower case) to `bytes`, then `separator` (by default a space).
    func append(to bytes: inout [UInt8], then separator: UInt8? = UInt8(ascii: " ")) {
        // The two words one after the other (not an array of them: one is made per call).
        for index in 0..<32 {
            let word = index < 16 ? high : low
            let digit = UInt8(truncatingIfNeeded: word >> UInt64(60 - 4 * (index & 15)) & 0xF)
            bytes.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
        }
        if let separator { bytes.append(separator) }
    }
}
