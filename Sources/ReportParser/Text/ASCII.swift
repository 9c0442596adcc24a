#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Character classes of ASCII bytes, as the Character properties the scanners use
/// (`isWhitespace`, `isLetter`, `isNumber`, `isUppercase`, `isLowercase`) give them for a
/// Character of that one byte; and byte scans built on them.
enum ASCII {
    /// U+0009–U+000D and space: the ASCII White_Space characters.
    @inline(__always) static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || (byte &- UInt8(ascii: "\t")) < 5  // tab, LF, VT, FF, CR
    }

    /// A space or a tab: the white space of a line's indent.
    @inline(__always) static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    /// The white space `collapsingSpaces` folds (the same six bytes).
    @inline(__always) static func isCollapsibleSpace(_ byte: UInt8) -> Bool {
        isWhitespace(byte)
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { (byte &- UInt8(ascii: "0")) < 10 }
    @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { (byte &- UInt8(ascii: "A")) < 26 }
    @inline(__always) static func isLower(_ byte: UInt8) -> Bool { (byte &- UInt8(ascii: "a")) < 26 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { ((byte | caseBit) &- UInt8(ascii: "a")) < 26 }

    /// The bit that tells an ASCII letter's cases apart (set in lower case).
    static let caseBit: UInt8 = 0x20

    /// The byte with an upper-case ASCII letter made lower case.
    @inline(__always) static func lowered(_ byte: UInt8) -> UInt8 {
        isUpper(byte) ? byte | caseBit : byte
    }

    /// Whether every Character of these bytes is one ASCII byte (no byte is non-ASCII, and
    /// no CR, which joins a following LF into one Character).
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // No early exit and no branches, so that the loop vectorises: a CR makes `byte ^ CR` zero.
        var high: UInt8 = 0, closest: UInt8 = 0xFF
        for byte in bytes {
            high |= byte
            closest = min(closest, byte ^ UInt8(ascii: "\r"))
        }
        return high < 0x80 && closest != 0
    }

    /// The bytes with their ASCII letters in lower case; undecided when a non-ASCII scalar
    /// among them changes when lower-cased. (A scalar that does not has itself as its
    /// lower-case mapping.)
    static func lowercasedKeepingNonASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> ByteAnswer<String> {
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            var value = UInt32(lead) & (0xFF >> (length + 1))
            for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
            guard let scalar = Unicode.Scalar(value), !scalar.properties.changesWhenLowercased else {
                return .undecided
            }
            i += length
        }
        return .decided(
            String(unsafeUninitializedCapacity: bytes.count) { out in
                for k in bytes.indices { out[k] = lowered(bytes[k]) }
                return bytes.count
            })
    }

    /// The number of ASCII bytes other than white space and colons in each of some names,
    /// as bits (bit n for n bytes): for `mayName`.
    static func lengthBits(of names: some Sequence<String>) -> UInt64 {
        names.reduce(0) { bits, name in
            let length = name.utf8.count { $0 < 0x80 && !isWhitespace($0) && $0 != UInt8(ascii: ":") }
            precondition(length < UInt64.bitWidth, "a name of fewer than 64 bytes")
            return bits | 1 << length
        }
    }

    /// False when a text of these bytes cannot be made one of some names (`lengths`, their
    /// `lengthBits`) by steps that change only its case, white space, colons and non-ASCII
    /// scalars: when it holds more ASCII bytes other than white space and colons than every
    /// name, or (holding no non-ASCII byte, which lower-cased may become an ASCII letter, as
    /// the Kelvin sign U+212A does) a number no name has.
    static func mayName(_ bytes: UnsafeBufferPointer<UInt8>, lengths: UInt64) -> Bool {
        guard lengths != 0 else { return false }
        let limit = UInt64.bitWidth - 1 - lengths.leadingZeroBitCount
        var length = 0
        var holdsNonASCII = false
        for byte in bytes where byte != UInt8(ascii: ":") && !isWhitespace(byte) {
            if byte >= 0x80 {
                holdsNonASCII = true
                continue
            }
            length += 1
            if length > limit { return false }
        }
        return holdsNonASCII || lengths & 1 << length != 0
    }

    /// The first bytes of some words, a letter in either case: for a filter that lets
    /// through every text that may start with one of them.
    static func firstBytes(of words: some Sequence<String>) -> [UInt8] {
        let firsts = words.compactMap(\.utf8.first)
        return firsts + firsts.filter(isLetter).map { $0 ^ caseBit }
    }

    /// Whether any of the eight bytes of `word` is zero.
    @inline(__always) static func holdsZeroByte(_ word: UInt64) -> Bool {
        zeroBytes(word) != 0
    }

    /// The high bit of each zero byte of `word` set, and maybe of a byte above one (a borrow
    /// reaches it): a filter that misses no zero byte.
    @inline(__always) static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
    }

    /// Whether any of the eight bytes of `word` is below 0x0E (a tab, LF, VT, FF, CR or lower):
    /// the classic test for a byte below n (n ≤ 128) in a word.
    @inline(__always) static func holdsControl(_ word: UInt64) -> Bool {
        (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// Whether every byte is ASCII.
    static func isAllASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var high: UInt8 = 0
        for byte in bytes { high |= byte }  // no early exit, so that the loop vectorises
        return high < 0x80
    }

    /// Whether any byte is non-ASCII or a form feed (the bytes CharacterRepair changes).
    static func holdsNonASCIIOrFormFeed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var high: UInt8 = 0, closest: UInt8 = 0xFF
        for byte in bytes {  // no branches, so that the loop vectorises: a form feed makes `byte ^ FF` zero
            high |= byte
            closest = min(closest, byte ^ UInt8(ascii: "\u{C}"))
        }
        return high >= 0x80 || closest == 0
    }

    /// Whether any byte is `target` (the C library's `memchr`, which reads a line many bytes
    /// at a time).
    static func holds(_ target: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        return memchr(base, Int32(target), bytes.count) != nil
    }

    /// The byte bounds of the text without its leading and trailing white space; undecided
    /// when a non-ASCII scalar stands where the Character-level trim decides.
    static func trimmedBounds(_ bytes: UnsafeBufferPointer<UInt8>) -> ByteAnswer<(Int, Int)> {
        var start = 0
        while start < bytes.count, isWhitespace(bytes[start]) { start += 1 }
        if start == bytes.count { return .decided((start, start)) }
        var end = bytes.count
        while isWhitespace(bytes[end - 1]) { end -= 1 }
        // A non-ASCII first or last scalar may be white space, or hold white space in its Character.
        guard bytes[start] < 0x80, bytes[end - 1] < 0x80 else { return .undecided }
        return .decided((start, end))
    }

    /// The byte bounds of the text without the characters of `set` at either end; undecided
    /// when a non-ASCII scalar (or a CR) stands where the Character-level trim decides.
    static func trimmedBounds(_ bytes: UnsafeBufferPointer<UInt8>, dropping set: String) -> ByteAnswer<(Int, Int)> {
        var set = set
        return set.withUTF8 { members in
            /// Whether the byte at `i` is a Character of its own, the same as its scalar.
            func standsAlone(_ i: Int) -> Bool {
                bytes[i] < 0x80 && bytes[i] != UInt8(ascii: "\r")
                    && (i + 1 == bytes.count || bytes[i + 1] < 0x80)
                    && (i == 0 || bytes[i - 1] < 0x80 && bytes[i - 1] != UInt8(ascii: "\r"))
            }
            var start = 0
            while start < bytes.count {
                guard standsAlone(start) else { return .undecided }
                if !members.contains(bytes[start]) { break }
                start += 1
            }
            if start == bytes.count { return .decided((start, start)) }
            var end = bytes.count
            while end - 1 > start {
                guard standsAlone(end - 1) else { return .undecided }
                if !members.contains(bytes[end - 1]) { break }
                end -= 1
            }
            return .decided((start, end))
        }
    }

    /// The byte ranges between spaces (empty ones left out) of a plain text.
    static func piecesBetweenSpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = 0
        for i in bytes.indices where bytes[i] == UInt8(ascii: " ") {
            if i > start { pieces.append(start..<i) }
            start = i + 1
        }
        if bytes.count > start { pieces.append(start..<bytes.count) }
        return pieces
    }

    /// Whether the text needs `collapsingSpaces` to change it: white space at an end, a run
    /// of it, or white space other than a space.
    static func needsCollapsing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        if isCollapsibleSpace(first) || isCollapsibleSpace(last) { return true }
        // Eight pairs of neighbouring bytes at a time while no byte is a control character:
        // two spaces side by side make both bytes of `word ^ spaces | next ^ spaces` zero.
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        let spaces: UInt64 = 0x2020_2020_2020_2020
        var start = 0
        while start + 9 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: start, as: UInt64.self)
            if holdsControl(word) { break }
            let next = raw.loadUnaligned(fromByteOffset: start + 1, as: UInt64.self)
            if holdsZeroByte(word ^ spaces | next ^ spaces) { return true }
            start += 8
        }
        // Here the last byte is no white space, so each white space byte has a next byte.
        var found: UInt8 = 0
        for i in start..<(bytes.count - 1) {  // no branches, so that the loop vectorises
            let byte = bytes[i], next = bytes[i + 1]
            let space: UInt8 = byte == UInt8(ascii: " ") ? 1 : 0
            let otherSpace: UInt8 = (byte &- UInt8(ascii: "\t")) < 5 ? 1 : 0
            let nextSpace: UInt8 = (next == UInt8(ascii: " ") ? 1 : 0) | ((next &- UInt8(ascii: "\t")) < 5 ? 1 : 0)
            found |= otherSpace | (space & nextSpace)
        }
        return found != 0
    }

    /// Whether a text of these bytes is prose that `withoutFootnoteMarks`,
    /// `Paragraphs.dropLinkResidue` and `collapsingSpaces` all leave as it is: ASCII (so no
    /// superscript digit), no `]`, and no white space but single spaces between words. One
    /// pass, eight bytes at a time, for the three; false is also said of a few such texts
    /// (a control byte, a byte borrowed from in the zero-byte test), which the three then read.
    static func isTidyProse(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return true }
        if isCollapsibleSpace(first) || isCollapsibleSpace(last) { return false }
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        let spaces: UInt64 = 0x2020_2020_2020_2020
        let brackets: UInt64 = 0x5D5D_5D5D_5D5D_5D5D
        var start = 0
        while start + 9 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: start, as: UInt64.self)
            let next = raw.loadUnaligned(fromByteOffset: start + 1, as: UInt64.self)
            // Two spaces side by side make both bytes of `word ^ spaces | next ^ spaces` zero.
            if word & 0x8080_8080_8080_8080 != 0 || holdsControl(word) || holdsZeroByte(word ^ brackets)
                || holdsZeroByte(word ^ spaces | next ^ spaces)
            {
                return false
            }
            start += 8
        }
        for i in start..<bytes.count {
            let byte = bytes[i]
            if byte >= 0x80 || byte < 0x0E || byte == UInt8(ascii: "]") { return false }
            if byte == UInt8(ascii: " "), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: " ") { return false }
        }
        return true
    }

    /// The bytes without their superscript digits; undecided when a digit stands beside a
    /// non-ASCII scalar that could join it into a larger Character (which is kept).
    static func droppingSuperscriptDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> ByteAnswer<[UInt8]> {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let length = superscriptDigitLength(bytes, at: i)
            if length > 0 {
                let before = i == 0 ? 0 : bytes[i - 1], after = i + length < bytes.count ? bytes[i + length] : 0
                guard before < 0x80, before != UInt8(ascii: "\r"), after < 0x80 else { return .undecided }
                i += length
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return .decided(out)
    }

    /// The UTF-8 of the superscript digits (`Phrases.superscripts`).
    static let superscripts = ScalarEncodings(Phrases.superscripts.flatMap(\.unicodeScalars))

    /// The length of the superscript digit at `i`, or 0.
    @inline(__always) private static func superscriptDigitLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int
    {
        superscripts.length(in: bytes, at: i)
    }

    /// Whether the bytes hold a superscript digit.
    static func holdsSuperscriptDigit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        superscripts.isHeld(in: bytes)
    }
}

/// A set of bytes, looked up in a table of all 256.
struct ByteSet {
    private var members = [Bool](repeating: false, count: 256)

    init(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { members[Int(byte)] = true }
    }

    @inline(__always) func contains(_ byte: UInt8) -> Bool { members[Int(byte)] }
}

/// The UTF-8 of a few non-ASCII scalars, found quickly: a byte can open one only when it is
/// the first byte of one and the byte after it the second byte of one.
struct ScalarEncodings {
    let encodings: [[UInt8]]
    /// The first bytes, each once.
    let leads: [UInt8]
    private let firsts: ByteSet
    private let seconds: ByteSet

    init(_ scalars: some Sequence<Unicode.Scalar>) {
        encodings = scalars.map { Array(String($0).utf8) }
        precondition(encodings.allSatisfy { $0.count >= 2 }, "only non-ASCII scalars")
        leads = Array(Set(encodings.map { $0[0] })).sorted()
        firsts = ByteSet(leads)
        seconds = ByteSet(encodings.map { $0[1] })
    }

    /// The lowest first byte: bytes all below it hold none.
    var lowestLead: UInt8 { leads[0] }

    /// Whether one of the encodings is in `bytes`. Eight bytes at a time past ASCII, which
    /// none starts with; each other byte tested as a first byte.
    func isHeld(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        let lowest = lowestLead
        var i = 0
        while i < bytes.count {
            if i + 8 <= bytes.count, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                i += 8
                continue
            }
            if bytes[i] >= lowest, length(in: bytes, at: i) > 0 { return true }
            i += 1
        }
        return false
    }

    /// The length of the encoding that starts at `i`, or 0.
    @inline(__always) func length<Bytes: Collection<UInt8>>(in bytes: Bytes, at i: Bytes.Index) -> Int {
        guard firsts.contains(bytes[i]) else { return 0 }
        let next = bytes.index(after: i)
        guard next < bytes.endIndex, seconds.contains(bytes[next]) else { return 0 }
        return encodings.first { bytes[i...].starts(with: $0) }?.count ?? 0
    }
}
