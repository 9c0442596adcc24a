/// Searches for ASCII phrases (`"overall rating"`, `"led by "`) in report text on its
/// UTF-8 bytes, answering exactly as the Character-level `contains`, `firstRange(of:)` and
/// `hasPrefix` (on the text, or on its `lowercased()` form) answer, without their cost.
///
/// Why the bytes give the same answer:
/// - A byte match of an ASCII phrase is a Character match when the bytes on either side
///   are ASCII (and not a CR): only a non-ASCII neighbour (a combining accent after it, a
///   prepended mark before it) can join one of its letters into a larger Character. A
///   Substring's own ends count as ASCII: its Characters are cut at its bounds.
/// - Every Character match is a byte match, except through the four non-ASCII scalars that
///   equal an ASCII character canonically (`K` Kelvin sign, Greek question mark `;`, Greek
///   varia `` ` ``) or lower-case to one (`İ`, Kelvin sign).
/// Whenever either rule leaves a doubt, the Character-level search decides.
enum PhraseSearch {
    /// The byte offset of the first occurrence of `phrase` (ASCII; lower case when
    /// `ignoringCase`) in `text`, or nil when there is none.
    static func search(_ phrase: String, in text: UnsafeBufferPointer<UInt8>, ignoringCase: Bool) -> ByteAnswer<Int?> {
        var phrase = phrase
        return phrase.withUTF8 { needle in
            guard let offset = firstOffset(of: needle, in: text, ignoringCase: ignoringCase) else {
                return holdsLookalike(text[...]) ? .undecided : .decided(nil)
            }
            guard isBoundary(text, before: offset), isBoundary(text, before: offset + needle.count),
                !holdsLookalike(text[..<offset])
            else { return .undecided }
            return .decided(offset)
        }
    }

    /// Byte-by-byte search; ASCII letters of the text are compared case-blind when
    /// `ignoringCase` (the needle is then lower case).
    static func firstOffset(
        of needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>,
        from start: Int = 0, ignoringCase: Bool
    ) -> Int? {
        guard let head = needle.first else { return start }
        guard text.count - start >= needle.count else { return nil }
        let last = text.count - needle.count
        // Past eight places at a time while none can start the needle: none holds its first
        // byte followed by its second. When a needle byte is a letter, a text byte matches
        // it case-blind exactly when it does with bit 5 set.
        let second = needle.count > 1 ? needle[1] : head
        let step = needle.count > 1 ? 1 : 0  // the second byte's offset
        func broadcast(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }
        func caseBits(_ byte: UInt8) -> UInt64 { ignoringCase && ASCII.isLower(byte) ? broadcast(0x20) : 0 }
        let (heads, headCase) = (broadcast(head), caseBits(head))
        let (seconds, secondCase) = (broadcast(second), caseBits(second))
        let raw = UnsafeRawPointer(text.baseAddress!)
        var i = start
        while true {
            // The eight places from `i` hold their second bytes up to `i + 8 + step`, within the text.
            while i + 8 <= last + 1,
                ASCII.zeroBytes((raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) | headCase) ^ heads)
                    & ASCII.zeroBytes(
                        (raw.loadUnaligned(fromByteOffset: i + step, as: UInt64.self) | secondCase) ^ seconds)
                    == 0
            {
                i += 8
            }
            let stop = min(i + 8, last + 1)
            while i < stop {
                var k = 0
                if ignoringCase {
                    while k < needle.count, ASCII.lowered(text[i + k]) == needle[k] { k += 1 }
                } else {
                    while k < needle.count, text[i + k] == needle[k] { k += 1 }
                }
                if k == needle.count { return i }
                i += 1
            }
            if i > last { return nil }
        }
    }

    /// Whether a Character boundary certainly falls before byte `offset` of an ASCII match
    /// (the bytes either side are ASCII and not CR, or it is an end of the text).
    @inline(__always) static func isBoundary(_ text: UnsafeBufferPointer<UInt8>, before offset: Int) -> Bool {
        (offset == 0 || text[offset - 1] < 0x80 && text[offset - 1] != UInt8(ascii: "\r"))
            && (offset == text.count || text[offset] < 0x80)
    }

    /// The scalars an ASCII phrase may match without matching their bytes: U+0130 `İ`
    /// (lower-cases to `i` and a dot), U+037E `;`, U+1FEF `` ` `` and U+212A `K` (each
    /// canonically equal to an ASCII character).
    static let lookalikes = ScalarEncodings(["\u{0130}", "\u{037E}", "\u{1FEF}", "\u{212A}"] as [Unicode.Scalar])

    /// Whether the bytes hold one of the `lookalikes`.
    static func holdsLookalike(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        lookalikes.isHeld(in: UnsafeBufferPointer(rebasing: bytes))
    }
}

extension StringProtocol {
    /// Calls `body` with the text's UTF-8 bytes, copied only if they are not contiguous.
    @inline(__always)
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        return try Array(utf8).withUnsafeBufferPointer(body)
    }

    /// Exactly `contains(phrase)`, for an ASCII phrase.
    func containsPhrase(_ phrase: String) -> Bool {
        switch withUTF8Bytes({ PhraseSearch.search(phrase, in: $0, ignoringCase: false) }) {
        case .decided(let offset): return offset != nil
        case .undecided: return firstRange(of: phrase) != nil
        }
    }

    /// Exactly `lowercased().contains(phrase)`, for a lower-case ASCII phrase.
    func containsPhrase(ignoringCase phrase: String) -> Bool {
        switch withUTF8Bytes({ PhraseSearch.search(phrase, in: $0, ignoringCase: true) }) {
        case .decided(let offset): return offset != nil
        case .undecided: return lowercasedText.firstRange(of: phrase) != nil
        }
    }

    /// Exactly `firstRange(of: phrase)`, for an ASCII phrase.
    func firstRange(ofPhrase phrase: String) -> Range<String.Index>? {
        switch withUTF8Bytes({ PhraseSearch.search(phrase, in: $0, ignoringCase: false) }) {
        case .decided(let offset):
            guard let offset else { return nil }
            let start = utf8.index(startIndex, offsetBy: offset)
            return start..<utf8.index(start, offsetBy: phrase.utf8.count)
        case .undecided: return firstRange(of: phrase)
        }
    }

    /// Exactly `hasPrefix(phrase)`, for an ASCII phrase.
    func startsWithPhrase(_ phrase: String) -> Bool {
        startsWith(phrase, ignoringCase: false).or { hasPrefix(phrase) }
    }

    /// Exactly `lowercased().hasPrefix(phrase)`, for a lower-case ASCII phrase.
    func startsWithPhrase(ignoringCase phrase: String) -> Bool {
        startsWith(phrase, ignoringCase: true).or { lowercasedText.hasPrefix(phrase) }
    }

    /// False only when the text cannot contain `phrase` (ASCII), Character by Character,
    /// even with its white space changed: when its bytes do not hold the phrase's. A quick
    /// test before building a changed copy of the text to search.
    func mayContain(_ phrase: String) -> Bool {
        withUTF8Bytes { text in
            var phrase = phrase
            return phrase.withUTF8 { PhraseSearch.firstOffset(of: $0, in: text, ignoringCase: false) != nil }
                || PhraseSearch.holdsLookalike(text[...])
        }
    }

    /// False only when neither the text nor any part of it contains `phrase` (lower-case
    /// ASCII) ignoring case, Character by Character (`lowercased().contains(phrase)`): when
    /// its bytes do not hold the phrase's, whatever their case, and it holds no look-alike
    /// (`holdsLookalike`, given when known). A quick test before searching its parts.
    func mayContain(ignoringCase phrase: String, holdsLookalike: Bool? = nil) -> Bool {
        withUTF8Bytes { text in
            var phrase = phrase
            return phrase.withUTF8 { PhraseSearch.firstOffset(of: $0, in: text, ignoringCase: true) != nil }
                || (holdsLookalike ?? PhraseSearch.holdsLookalike(text[...]))
        }
    }

    /// Whether the text holds one of the scalars an ASCII phrase may match without
    /// matching its bytes (see `PhraseSearch.lookalikes`).
    var holdsLookalike: Bool { withUTF8Bytes { PhraseSearch.holdsLookalike($0[...]) } }

    /// Exactly `lowercased() == phrase`, for a lower-case ASCII phrase.
    func equalsPhrase(ignoringCase phrase: String) -> Bool {
        switch startsWith(phrase, ignoringCase: true) {
        case .decided(let starts): return starts && utf8.count == phrase.utf8.count
        case .undecided: return lowercasedText == phrase
        }
    }

    /// Whether the text starts with `phrase`, when its bytes can tell.
    private func startsWith(_ phrase: String, ignoringCase: Bool) -> ByteAnswer<Bool> {
        var phrase = phrase
        return phrase.withUTF8 { needle in
            withUTF8Bytes { text -> ByteAnswer<Bool> in
                var k = 0
                while k < needle.count, k < text.count {
                    let byte = ignoringCase ? ASCII.lowered(text[k]) : text[k]
                    if byte != needle[k] {
                        // A non-ASCII Character equals (or lower-cases to) the phrase's
                        // character only if it is one of the look-alikes.
                        return text[k] < 0x80 || !PhraseSearch.holdsLookalike(text[k..<Swift.min(k + 3, text.count)])
                            ? .decided(false) : .undecided
                    }
                    k += 1
                }
                if k < needle.count { return .decided(false) }  // the text is shorter (and all ASCII so far)
                return PhraseSearch.isBoundary(text, before: k) ? .decided(true) : .undecided
            }
        }
    }
}

extension String {
    /// Exactly `replacing(phrase, with: replacement)`, for a non-empty ASCII phrase, without
    /// the standard library's search (slow even when there is nothing to replace): nothing
    /// to do when the bytes show the text cannot hold the phrase (``mayContain(_:)``; a
    /// canonically equal look-alike, such as U+1FEF for a backtick, still goes to
    /// `replacing`), and the bytes replaced in a plain ASCII text, where every byte is a
    /// Character and the byte matches, left to right and not overlapping, are its matches.
    func replacingPhrase(_ phrase: String, with replacement: String) -> String {
        guard mayContain(phrase) else { return self }
        guard isPlainASCII, !phrase.isEmpty else { return replacing(phrase, with: replacement) }
        var phrase = phrase
        return phrase.withUTF8 { needle in
            withUTF8Bytes { text in
                var out: [UInt8] = []
                out.reserveCapacity(text.count)
                var i = 0
                while let at = PhraseSearch.firstOffset(of: needle, in: text, from: i, ignoringCase: false) {
                    out += text[i..<at]
                    out += replacement.utf8
                    i = at + needle.count
                }
                out += text[i...]
                return String(decoding: out, as: UTF8.self)
            }
        }
    }
}
