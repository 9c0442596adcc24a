extension ContentDigest {
    /// Makes a ``ContentDigest`` from bytes given in any number of pieces, so that a file
    /// written in parts is digested as it is written, without being held whole: the same
    /// pieces joined give the same digest. Four independent lanes over 32-byte blocks (so
    /// that the processor runs them side by side), xxHash64's round in each; then the
    /// lanes, the last bytes (as words, the last padded with zeros) and the length mixed
    /// into two words, each through MurmurHash3's finaliser.
    public struct Hasher: Sendable {
        private var lanes: (UInt64, UInt64, UInt64, UInt64) = (
            prime1 &+ prime2, prime2, 0x9E37_79B9_7F4A_7C15, 0 &- prime1
        )
        /// Bytes taken so far.
        private var count = 0
        /// The bytes of a block not yet complete (fewer than 32).
        private var pending: [UInt8] = []

        public init() {}

        /// Takes the bytes of `buffer`, after those taken before.
        public mutating func combine(_ buffer: UnsafeRawBufferPointer) {
            count += buffer.count
            // The lanes in a local: a store into `self` might change the bytes read (for all
            // the compiler knows), so lanes kept there would go through memory at every block.
            var lanes = self.lanes
            defer { self.lanes = lanes }
            var offset = 0
            if !pending.isEmpty {
                offset = min(32 - pending.count, buffer.count)
                pending += buffer[..<offset]
                guard pending.count == 32 else { return }
                pending.withUnsafeBytes { Self.take(block: $0, at: 0, into: &lanes) }
                pending.removeAll(keepingCapacity: true)
            }
            while offset + 32 <= buffer.count {
                Self.take(block: buffer, at: offset, into: &lanes)
                offset += 32
            }
            pending += buffer[offset...]
        }

        /// Takes `bytes`, after those taken before.
        public mutating func combine(_ bytes: [UInt8]) {
            bytes.withUnsafeBytes { combine($0) }
        }

        /// Takes a part of a file as its digest and size, not its bytes: for a file made in
        /// parts (``PartedFile``), whose digest is then made of its parts' (so a part kept
        /// from the old file is neither read nor digested again). The same bytes cut into
        /// the same parts give the same digest, and any changed byte changes its part's.
        public mutating func combine(part digest: ContentDigest, size: Int) {
            withUnsafeBytes(of: (digest.high.littleEndian, digest.low.littleEndian, UInt64(size).littleEndian)) {
                combine($0)
            }
        }

        /// The digest of every byte taken.
        public func finalize() -> ContentDigest {
            let (lane0, lane1, lane2, lane3) = lanes
            var a = lane0.rotated(1) &+ lane1.rotated(7) &+ lane2.rotated(12) &+ lane3.rotated(18)
            var b = lane3.rotated(3) ^ lane2.rotated(17) ^ lane1.rotated(29) ^ lane0.rotated(41)
            for start in stride(from: 0, to: pending.count, by: 8) {
                var word: UInt64 = 0
                for (index, byte) in pending[start..<min(start + 8, pending.count)].enumerated() {
                    word |= UInt64(byte) << (UInt64(index) * 8)
                }
                a = ((a ^ word) &* 0xFF51_AFD7_ED55_8CCD).rotated(31)
                b = ((b &+ word) &* 0xC4CE_B9FE_1A85_EC53).rotated(27) ^ a
            }
            a ^= UInt64(count)
            b &+= UInt64(count) &* 0x2545_F491_4F6C_DD1D
            return ContentDigest(high: Self.finish(a &+ b), low: Self.finish(b ^ 0x2545_F491_4F6C_DD1D))
        }

        private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
        private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F

        /// The 32 bytes of `buffer` from `offset`: a word into each of `lanes`, by xxHash64's round.
        private static func take(
            block buffer: UnsafeRawBufferPointer, at offset: Int, into lanes: inout (UInt64, UInt64, UInt64, UInt64)
        ) {
            func round(_ lane: UInt64, _ word: Int) -> UInt64 {
                let value = buffer.loadUnaligned(fromByteOffset: offset + word * 8, as: UInt64.self)
                return (lane &+ value.littleEndian &* prime2).rotated(31) &* prime1
            }
            lanes = (round(lanes.0, 0), round(lanes.1, 1), round(lanes.2, 2), round(lanes.3, 3))
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
