/// One Mustache tag found in a template's text, with the 1-based line and column (counted
/// in characters, as Mustache counts them) of its opening delimiter.
struct TemplateTag: Equatable {
    /// The character after the opening delimiter (`#`, `^`, `/`, `$`, `<`, `>`, `!`, `=`, `%`,
    /// `{`, `&`), or nil for a plain variable.
    var sigil: Character?
    /// The text between the sigil and the closing delimiter, trimmed.
    var name: String
    var line: Int
    var column: Int
    /// The line of its closing delimiter (the last line, for an unterminated tag).
    var endLine = 0

    /// Whether the tag opens something a `/` tag must close.
    var opensSection: Bool { sigil.map { "#^$<".contains($0) } ?? false }
    /// The template this tag includes (`{{> name}}` or `{{< name}}`), if it names one;
    /// dynamic names (`{{>*name}}`) name none.
    var partialName: String? {
        guard sigil == ">" || sigil == "<", !name.hasPrefix("*") else { return nil }
        return name
    }

    /// Whether the tag starts at or before the given line and column.
    func starts(atOrBefore line: Int, _ column: Int) -> Bool {
        (self.line, self.column) <= (line, column)
    }
}

/// The tags of a template, found by a light scan (Mustache's own tokens are not public):
/// used to point diagnostics at tags and to find the partials a template includes. Follows
/// set-delimiter tags; does not check what Mustache checks.
struct TemplateTags {
    /// Every tag, in order. The last one may be unterminated: the text ends inside it.
    private(set) var tags: [TemplateTag] = []

    init(_ text: String) {
        let chars = Array(text)
        var opening: [Character] = ["{", "{"], closing: [Character] = ["}", "}"]
        var i = 0, line = 1, column = 1
        func advance(to end: Int) {
            while i < end {
                if chars[i] == "\n" { line += 1; column = 1 } else { column += 1 }
                i += 1
            }
        }
        while i < chars.count {
            guard chars.hasPrefix(opening, at: i) else { advance(to: i + 1); continue }
            var start = i + opening.count
            let sigil = start < chars.count && "#^/$<>!=%{&".contains(chars[start]) ? chars[start] : nil
            if sigil != nil { start += 1 }
            let end = sigil == "{" ? closing + ["}"] : closing
            guard let stop = chars.firstIndex(of: end, from: start) else {
                tags.append(TemplateTag(sigil: sigil, name: chars[start...].trimmedString, line: line, column: column))
                advance(to: chars.count)
                tags[tags.count - 1].endLine = line
                return
            }
            let tag = TemplateTag(sigil: sigil, name: chars[start..<stop].trimmedString, line: line, column: column)
            tags.append(tag)
            if sigil == "=" {
                let delimiters = tag.name.dropLast(tag.name.hasSuffix("=") ? 1 : 0).split { $0.isWhitespace }
                if delimiters.count == 2 { (opening, closing) = (Array(delimiters[0]), Array(delimiters[1])) }
            }
            advance(to: stop + end.count)
            tags[tags.count - 1].endLine = line
        }
    }

    /// Each tag's nesting depth after it: how many sections are open once it is read.
    var depths: [Int] {
        var open: [String] = []
        return tags.map { tag in
            if tag.opensSection {
                open.append(tag.name)
            } else if tag.sigil == "/", open.last == tag.name {
                open.removeLast()
            }
            return open.count
        }
    }

    /// The index of the last tag starting at or before the given line and column.
    func lastTag(atOrBefore line: Int, _ column: Int) -> Int? {
        tags.lastIndex { $0.starts(atOrBefore: line, column) }
    }

    /// The sections (and parents and blocks) open just before the tag at `index` (after the
    /// last tag if nil), innermost last.
    func openSections(before index: Int? = nil) -> [TemplateTag] {
        var open: [TemplateTag] = []
        for tag in tags[..<(index ?? tags.count)] {
            if tag.opensSection {
                open.append(tag)
            } else if tag.sigil == "/", open.last?.name == tag.name {
                open.removeLast()
            }
        }
        return open
    }
}

extension Array where Element == Character {
    fileprivate func hasPrefix(_ prefix: [Character], at index: Int) -> Bool {
        index + prefix.count <= count && self[index..<index + prefix.count].elementsEqual(prefix)
    }

    fileprivate func firstIndex(of sequence: [Character], from start: Int) -> Int? {
        var i = start
        while i + sequence.count <= count {
            if hasPrefix(sequence, at: i) { return i }
            i += 1
        }
        return nil
    }
}

extension ArraySlice where Element == Character {
    /// The characters as a string without leading and trailing whitespace.
    fileprivate var trimmedString: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
