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

    /// The digest of the bytes in `buffer`: two lanes over 8-byte words, then a final mix.
    public init(buffer: UnsafeRawBufferPointer) {
        var a: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(buffer.count)
        var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F &+ UInt64(buffer.count)
        let words = buffer.count / 8
        for index in 0..<words {
            let word = buffer.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)
            a = ((a ^ word) &* 0xFF51_AFD7_ED55_8CCD).rotated(31)
            b = ((b &+ word) &* 0xC4CE_B9FE_1A85_EC53).rotated(27) ^ a
        }
        var tail: UInt64 = 0
        for offset in (words * 8)..<buffer.count {
            tail |= UInt64(buffer[offset]) << (UInt64(offset - words * 8) * 8)
        }
        a = ((a ^ tail) &* 0xFF51_AFD7_ED55_8CCD).rotated(31)
        b = ((b &+ tail) &* 0xC4CE_B9FE_1A85_EC53).rotated(27) ^ a
        high = Self.mix(a &+ b)
        low = Self.mix(b ^ 0x2545_F491_4F6C_DD1D)
    }

    /// 32 hexadecimal digits.
    public var description: String {
        func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return hex(high) + hex(low)
    }

    /// MurmurHash3's 64-bit finaliser: every input bit affects every output bit.
    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x = x &* 0xC4CE_B9FE_1A85_EC53
        return x ^ (x >> 33)
    }
}

extension UInt64 {
    fileprivate func rotated(_ bits: UInt64) -> UInt64 { (self << bits) | (self >> (64 - bits)) }
}
