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

    /// The digest of the bytes in `buffer`: four independent lanes over 32-byte blocks (so
    /// that the processor runs them side by side), xxHash64's round in each, then the lanes
    /// and the last bytes mixed into two words.
    public init(buffer: UnsafeRawBufferPointer) {
        let length = UInt64(buffer.count)
        var lane0 = Self.prime1 &+ Self.prime2 ^ length
        var lane1 = Self.prime2 &+ length
        var lane2 = 0x9E37_79B9_7F4A_7C15 ^ length
        var lane3 = Self.prime1 &- length
        let blocks = buffer.count / 32
        for block in 0..<blocks {
            let start = block * 32
            lane0 = Self.round(lane0, buffer.loadUnaligned(fromByteOffset: start, as: UInt64.self))
            lane1 = Self.round(lane1, buffer.loadUnaligned(fromByteOffset: start + 8, as: UInt64.self))
            lane2 = Self.round(lane2, buffer.loadUnaligned(fromByteOffset: start + 16, as: UInt64.self))
            lane3 = Self.round(lane3, buffer.loadUnaligned(fromByteOffset: start + 24, as: UInt64.self))
        }
        var a = lane0.rotated(1) &+ lane1.rotated(7) &+ lane2.rotated(12) &+ lane3.rotated(18)
        var b = lane3.rotated(3) ^ lane2.rotated(17) ^ lane1.rotated(29) ^ lane0.rotated(41)
        var offset = blocks * 32
        while offset + 8 <= buffer.count {
            let word = buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            a = ((a ^ word) &* 0xFF51_AFD7_ED55_8CCD).rotated(31)
            b = ((b &+ word) &* 0xC4CE_B9FE_1A85_EC53).rotated(27) ^ a
            offset += 8
        }
        var tail: UInt64 = 0
        for index in offset..<buffer.count { tail |= UInt64(buffer[index]) << (UInt64(index - offset) * 8) }
        a = ((a ^ tail) &* 0xFF51_AFD7_ED55_8CCD).rotated(31)
        b = ((b &+ tail) &* 0xC4CE_B9FE_1A85_EC53).rotated(27) ^ a
        high = Self.mix(a &+ b)
        low = Self.mix(b ^ 0x2545_F491_4F6C_DD1D)
    }

    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F

    /// xxHash64's round: one word into one lane.
    private static func round(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        (lane &+ word &* prime2).rotated(31) &* prime1
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
