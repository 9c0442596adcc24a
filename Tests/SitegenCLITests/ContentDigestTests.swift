import Testing

@testable import SitegenCLI

/// The digest the build cache and the output check record must not change unless the cache
/// format's version does: digests of fixed bytes are pinned (as the hasher gave them before
/// its lanes were kept in registers), whole and in pieces cut anywhere.
@Suite struct ContentDigestTests {
    /// 200 bytes that are neither constant nor ASCII: byte n is 37 n + 11 (mod 256).
    static let bytes: [UInt8] = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }

    /// Digests of the first n bytes: none, part of a block, one block and a byte either side,
    /// several blocks and a remainder.
    static let pinned: [(count: Int, digest: String)] = [
        (0, "3ae63973296e3bb4365ef1e98b6458ee"),
        (5, "339715689969f78eef66fdf977443e6c"),
        (31, "acaf75724485210a83ee9967671a5b68"),
        (32, "ed0a6ff9f69223006cf402115b9a0e91"),
        (33, "7d31ff17c6f6adfaef8d73ae474164c9"),
        (100, "a47690577ba2fa80f3ba1dca97565947"),
        (200, "786508ee84445375781824f0a94229ea"),
    ]

    @Test func theDigestsOfFixedBytesAreAsRecordedBefore() {
        for (count, digest) in Self.pinned {
            #expect(ContentDigest(Array(Self.bytes[..<count])).description == digest, "\(count) bytes")
        }
    }

    @Test func bytesGivenInPiecesGiveTheDigestOfTheWhole() {
        let whole = ContentDigest(Self.bytes)
        for first in [0, 1, 7, 31, 32, 33, 64, 100] {
            for second in [first, first + 1, first + 30, first + 32, first + 65] where second <= Self.bytes.count {
                var hasher = ContentDigest.Hasher()
                hasher.combine(Array(Self.bytes[..<first]))
                hasher.combine(Array(Self.bytes[first..<second]))
                hasher.combine(Array(Self.bytes[second...]))
                #expect(hasher.finalize() == whole, "cut at \(first) and \(second)")
            }
        }
    }
}
