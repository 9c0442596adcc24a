extension ContentDigest {
    /// Makes a ``ContentDigest`` from bytes given in any number of pieces, so that a file
    /// written in parts is digested as it is written, without being held whole: the same
    /// pieces joined give the same digest. Two lanes over 8-byte words (a last, shorter
    /// word padded with zeros), the length mixed in at the end, then MurmurHash3's finaliser.
    public struct Hasher: Sendable {
        private var a: UInt64 = 0x9E37_79B9_7F4A_7C15
        private var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        /// Bytes taken so far.
        private var count = 0
        /// The bytes of a word not yet complete (fewer than 8), the first in the lowest bits.
        private var pending: UInt64 = 0

        public init() {}

        /// Takes the bytes of `buffer`, after those taken before.
        public mutating func combine(_ buffer: UnsafeRawBufferPointer) {
            var offset = 0
            // Complete the pending word first, a byte at a time.
            while count % 8 != 0, offset < buffer.count {
                pending |= UInt64(buffer[offset]) << (UInt64(count % 8) * 8)
                count += 1
                offset += 1
                if count % 8 == 0 {
                    mix(pending)
                    pending = 0
                }
            }
            let words = (buffer.count - offset) / 8
            for index in 0..<words {
                mix(buffer.loadUnaligned(fromByteOffset: offset + index * 8, as: UInt64.self))
            }
            offset += words * 8
            count += words * 8
            for byte in buffer[offset...] {
                pending |= UInt64(byte) << (UInt64(count % 8) * 8)
                count += 1
            }
        }

        /// Takes `bytes`, after those taken before.
        public mutating func combine(_ bytes: [UInt8]) {
            bytes.withUnsafeBytes { combine($0) }
        }

        /// The digest of every byte taken.
        public func finalize() -> ContentDigest {
            var (a, b) = (self.a, self.b)
            if count % 8 != 0 {
                a = ((a ^ pending) &* 0xFF51_AFD7_ED55_8CCD).rotated(31)
                b = ((b &+ pending) &* 0xC4CE_B9FE_1A85_EC53).rotated(27) ^ a
            }
            a ^= UInt64(count)
            b &+= UInt64(count) &* 0x2545_F491_4F6C_DD1D
            return ContentDigest(high: Self.finish(a &+ b), low: Self.finish(b ^ 0x2545_F491_4F6C_DD1D))
        }

        private mutating func mix(_ word: UInt64) {
            a = ((a ^ word) &* 0xFF51_AFD7_ED55_8CCD).rotated(31)
            b = ((b &+ word) &* 0xC4CE_B9FE_1A85_EC53).rotated(27) ^ a
        }

        /// MurmurHash3's 64-bit finaliser: every input bit affects every output bit.
        private static func finish(_ value: UInt64) -> UInt64 {
            var x = value
            x ^= x >> 33
            x = x &* 0xFF51_AFD7_ED55_8CCD
            x ^= x >> 33
            x = x &* 0xC4CE_B9FE_1A85_EC53
            return x ^ (x >> 33)
        }
    }
}

extension UInt64 {
    fileprivate func rotated(_ bits: UInt64) -> UInt64 { (self << bits) | (self >> (64 - bits)) }
}
