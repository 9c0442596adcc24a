/// Small string helpers the scanners share. They work on the UTF-8 bytes where the bytes
/// give the Character-level answer (after normalisation the white space and markers they
/// look for are ASCII), and fall back to Characters where a non-ASCII scalar could change it.
extension StringProtocol {
    /// The text without leading and trailing white space (spaces and tabs).
    var trimmingSpaces: Substring {
        let s = Substring(self)
        // Most lines: an ASCII byte that is no white space at either end (as `trimmedBounds` reads them).
        if let first = s.utf8.first, let last = s.utf8.last, first < 0x80, last < 0x80, !ASCII.isWhitespace(first),
            !ASCII.isWhitespace(last)
        {
            return s
        }
        if case .decided(let (start, end)) = s.withUTF8Bytes({ bytes in
            ASCII.trimmedBounds(bytes).map { ($0.0, $0.1 - bytes.count) }
        }) {
            if start == 0, end == 0 { return s }  // nothing to trim
            return s[s.utf8.index(s.startIndex, offsetBy: start)..<s.utf8.index(s.endIndex, offsetBy: end)]
        }
        return s.trimming { $0.isWhitespace }
    }

    /// The text without the Characters `drops` at either end, Character by Character.
    func trimming(_ drops: (Character) -> Bool) -> Substring {
        let s = Substring(self)
        guard let first = s.firstIndex(where: { !drops($0) }) else { return s[s.endIndex...] }
        let last = s.lastIndex(where: { !drops($0) })!
        return s[first...last]
    }

    /// Runs of white space (tabs included) folded to one space, trimmed. Works on the
    /// UTF-8 bytes: after normalisation the only white space left is ASCII.
    var collapsingSpaces: String {
        withUTF8Bytes { bytes in
            if !ASCII.needsCollapsing(bytes) { return String(decoding: bytes, as: UTF8.self) }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var pendingSpace = false
                for byte in bytes {
                    if ASCII.isCollapsibleSpace(byte) {
                        pendingSpace = count > 0
                    } else {
                        if pendingSpace { out[count] = UInt8(ascii: " "); count += 1; pendingSpace = false }
                        out[count] = byte
                        count += 1
                    }
                }
                return count
            }
        }
    }
}

extension String {
    /// `collapsingSpaces`, without copying a text that needs no change.
    var collapsingSpaces: String {
        withUTF8Bytes(ASCII.needsCollapsing) ? self[...].collapsingSpaces : self
    }
}

extension StringProtocol {
    /// Exactly `lowercased()`, which maps each scalar to its lower-case mapping, one String
    /// per scalar: here ASCII letters are lowered on the bytes and the other bytes copied,
    /// as long as every non-ASCII scalar is one that lower-casing leaves as it is.
    var lowercasedText: String {
        withUTF8Bytes(ASCII.lowercasedKeepingNonASCII).or { lowercased() }
    }

    /// Drops the given characters from both ends.
    func trimmingCharacters(_ set: String) -> Substring {
        let s = Substring(self)
        if case .decided(let (start, end)) = s.withUTF8Bytes({ ASCII.trimmedBounds($0, dropping: set) }) {
            return s[s.utf8.index(s.startIndex, offsetBy: start)..<s.utf8.index(s.startIndex, offsetBy: end)]
        }
        return s.trimming { set.contains($0) }
    }

    /// Exactly `replacing("\t", with: " ")`: a tab is always a Character of its own, so its byte is replaced.
    var replacingTabsWithSpaces: String {
        withUTF8Bytes { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                for i in bytes.indices { out[i] = bytes[i] == UInt8(ascii: "\t") ? UInt8(ascii: " ") : bytes[i] }
                return bytes.count
            }
        }
    }

    /// The text with superscript digits (footnote references) removed.
    var withoutFootnoteMarks: String {
        guard withUTF8Bytes(ASCII.holdsSuperscriptDigit) else { return String(self) }
        if case .decided(let bytes) = withUTF8Bytes(ASCII.droppingSuperscriptDigits) {
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(filter { !Phrases.superscripts.contains($0) })
    }
}

extension Substring {
    /// The first range of `needle` (given in lower case), ignoring the case of the text.
    func firstRange(ignoringCase needle: String) -> Range<Index>? {
        switch withUTF8Bytes({ PhraseSearch.search(needle, in: $0, ignoringCase: true) }) {
        case .decided(let offset):
            guard let offset else { return nil }
            let start = utf8.index(startIndex, offsetBy: offset)
            return start..<utf8.index(start, offsetBy: needle.utf8.count)
        case .undecided:
            return characterFirstRange(ignoringCase: needle)
        }
    }

    /// `firstRange(ignoringCase:)` Character by Character.
    func characterFirstRange(ignoringCase needle: String) -> Range<Index>? {
        guard let head = needle.first else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i].lowercased().first == head {
                var j = i
                var matched = true
                for ch in needle {
                    guard j < endIndex, self[j].lowercased().first == ch else { matched = false; break }
                    j = index(after: j)
                }
                if matched { return i..<j }
            }
            i = index(after: i)
        }
        return nil
    }
}

extension String {
    /// Lower case for ASCII letters only: the same bytes otherwise, so indices of the
    /// result are valid in the original.
    var asciiLowercased: String {
        withUTF8Bytes { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                for i in bytes.indices { out[i] = ASCII.lowered(bytes[i]) }
                return bytes.count
            }
        }
    }
}

extension StringProtocol where SubSequence == Substring {
    /// Exactly `split(separator: "\t", omittingEmptySubsequences: false)`: a tab is always a
    /// Character of its own, so the text is cut at its tab bytes.
    var cellsBetweenTabs: [Substring] {
        let ranges = withUTF8Bytes { bytes in
            var ranges: [Range<Int>] = []
            var start = 0
            for i in bytes.indices where bytes[i] == UInt8(ascii: "\t") {
                ranges.append(start..<i)
                start = i + 1
            }
            ranges.append(start..<bytes.count)
            return ranges
        }
        return ranges.map(utf8Slice)
    }

    /// Exactly `split(separator: " ")`: the pieces between spaces, empty ones left out. On
    /// the bytes for a plain ASCII text.
    func splitAtSpaces() -> [Substring] {
        if isPlainASCII { return withUTF8Bytes(ASCII.piecesBetweenSpaces).map(utf8Slice) }
        return split(separator: " ")
    }

    /// The part of the text between two byte offsets (which must fall on Character boundaries).
    func utf8Slice(_ offsets: Range<Int>) -> Substring {
        let start = utf8.index(startIndex, offsetBy: offsets.lowerBound)
        return self[start..<utf8.index(start, offsetBy: offsets.count)]
    }
}

extension StringProtocol {
    /// The first byte, when the first Character is that ASCII byte alone (the byte after it
    /// is ASCII too, and it is no CR): the Character's properties are then the byte's.
    var leadingASCII: UInt8? {
        withUTF8Bytes { bytes in
            guard let first = bytes.first, first < 0x80, first != UInt8(ascii: "\r"),
                bytes.count == 1 || bytes[1] < 0x80
            else { return nil }
            return first
        }
    }

    /// `first?.isLowercase == true`, from the first byte when it can tell.
    var startsLowercase: Bool {
        if let byte = leadingASCII { return ASCII.isLower(byte) }
        return first?.isLowercase == true
    }

    /// `first?.isNumber == true` (a property of the first scalar), from the first byte when it is ASCII.
    var startsWithNumber: Bool {
        if let byte = utf8.first, byte < 0x80 { return ASCII.isDigit(byte) }
        return first?.isNumber == true
    }

    /// Whether every scalar of the text is a Character of its own, equal to no other scalar:
    /// each is ASCII (no CR), Latin-1 or Latin Extended (U+00A0–U+024F, but not U+0130),
    /// general punctuation (U+2010–U+205E), a superscript, subscript or currency sign
    /// (U+2070–U+20CF). None of these joins the scalar before or after it into a grapheme
    /// cluster, and none is canonically equivalent to another scalar.
    var scalarsAreCharacters: Bool {
        unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x0D, 0x0130: false
            case 0..<0x80, 0xA0...0x24F, 0x2010...0x205E, 0x2070...0x20CF: true
            default: false
            }
        }
    }

    /// `count < limit`, counting Characters only when the bytes cannot tell.
    func hasFewerCharacters(than limit: Int) -> Bool {
        let bytes = utf8.count
        if bytes < limit { return true }  // a Character has at least one byte
        if isPlainASCII { return false }  // one Character per byte
        // A Character has at least one scalar, and each scalar one byte that is no continuation byte.
        if withUTF8Bytes({ $0.count { $0 & 0xC0 != 0x80 } }) < limit { return true }
        var characters = 0
        for _ in self {  // no further than `limit` Characters into a long text
            characters += 1
            if characters >= limit { return false }
        }
        return true
    }

    /// The index of the first `byte` of the text's UTF-8 from `start` on.
    func firstIndex(ofByte byte: UInt8, from start: String.Index) -> String.Index? {
        let offset = utf8.distance(from: startIndex, to: start)
        let found = withUTF8Bytes { bytes in bytes[offset...].firstIndex(of: byte) }
        return found.map { utf8.index(startIndex, offsetBy: $0) }
    }

    /// Whether the text's UTF-8 holds `byte`.
    func containsByte(_ byte: UInt8) -> Bool {
        withUTF8Bytes { ASCII.holds(byte, in: $0) }
    }

    /// Whether every Character of the text is one ASCII byte: no byte is non-ASCII and there
    /// is no CR (which joins a following LF into one Character). In such a text Character
    /// operations and byte operations agree.
    var isPlainASCII: Bool {
        withUTF8Bytes(ASCII.isPlain)
    }
}
