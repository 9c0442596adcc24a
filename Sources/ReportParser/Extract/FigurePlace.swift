import InspectionModel

/// The place a background figure is about, as its sentence says: "21.6 per cent across
/// KSS" is the region's, "the proven reoffending rate across Derby" the PDU's area's,
/// "the population of Brighton and East Sussex" the PDU's. A place is a capitalised name
/// after "across", "in", "of", "for", "within" or "throughout"; the first one after the
/// figure in its clause wins, else the last one between the figure's label and the
/// figure; with none, the figure is the PDU's by context (the Background describes the
/// PDU's area).
enum FigurePlace {
    private static let prepositions: Set<String> = ["across", "in", "of", "for", "within", "throughout"]
    private static let connectors: Set<String> = ["and", "&", "of", "the", "upon"]

    /// `before`: the words between the figure's label and the figure; `after`: the words
    /// after the figure, to the end of its sentence.
    static func place(before: Substring, after: Substring, pdu: String, region: String?) -> Place {
        if let named = names(in: clause(after)).first ?? names(in: before).last {
            return classify(named.name, followedBy: named.next, pdu: pdu, region: region)
        }
        if (before + " " + after).lowercasedText.containsPhrase("national") { return Place(.nation) }
        return Place(.pdu)
    }

    /// The words after a figure up to the end of its clause: a full stop, semicolon,
    /// bracket, or a comma not followed by a capitalised word (`Kent, Surrey and Sussex`
    /// is one name).
    /// (The words are those of `text.split(separator: " ")`, read one by one up to the
    /// clause's end: the text is the rest of a paragraph, and the clause a few words of it.)
    static func clause(_ text: Substring) -> [Substring] {
        var words: [Substring] = []
        var rest = text
        func nextWord() -> Substring? {
            let start = rest.drop { $0 == " " }
            guard !start.isEmpty else { return nil }
            let end = start.firstIndex(of: " ") ?? start.endIndex
            rest = start[end...]
            return start[..<end]
        }
        var word = nextWord()
        while let current = word {
            words.append(current)
            if current.last.map({ ".;:()".contains($0) }) == true || current.first == "(" { break }
            let next = nextWord()
            if current.hasSuffix(","), next?.first?.isUppercase != true { break }
            word = next
        }
        return words
    }

    private static func names(in text: Substring) -> [(name: String, next: String?)] {
        names(in: text.split(separator: " "))
    }

    /// Every capitalised name after a preposition, with the word after it.
    private static func names(in tokens: [Substring]) -> [(name: String, next: String?)] {
        let words = tokens.map { $0.trimmingCharacters(",.;:()'\"¹²³⁴⁵⁶⁷⁸⁹⁰") }
        // As printed, keeping the commas inside a name (`Kent, Surrey and Sussex`).
        let printed = tokens.map { $0.trimmingCharacters(".;:()'\"¹²³⁴⁵⁶⁷⁸⁹⁰") }
        var found: [(String, String?)] = []
        var i = 0
        while i < words.count {
            guard prepositions.contains(words[i].lowercasedText) else { i += 1; continue }
            var j = i + 1
            if j < words.count, words[j].lowercasedText == "the" { j += 1 }
            var name: [Substring] = []
            while j < words.count {
                let word = words[j]
                if isName(word) {
                    name.append(printed[j])
                } else if !name.isEmpty, connectors.contains(word.lowercasedText), j + 1 < words.count,
                    isName(words[j + 1])
                {
                    name.append(printed[j])
                } else {
                    break
                }
                let ended = tokens[j].last.map { ".;:()".contains($0) } == true
                j += 1
                if ended { break }
            }
            if !name.isEmpty {
                found.append(
                    (
                        String(name.joined(separator: " ").trimmingCharacters(",")),
                        j < words.count ? String(words[j]).lowercasedText : nil
                    ))
            }
            i = max(j, i + 1)
        }
        return found
    }

    private static func isName(_ word: Substring) -> Bool {
        guard let first = word.first, first.isUppercase else { return false }
        return !Phrases.months.contains(word.lowercasedText)
    }

    private static func classify(_ name: String, followedBy next: String?, pdu: String, region: String?) -> Place {
        let key = self.key(name)
        if ["england and wales", "england", "wales", "the uk", "uk"].contains(key) {
            return Place(.nation, name: name)
        }
        if next == "region" || key.containsPhrase("region") { return Place(.region, name: name) }
        if let region, key == self.key(region) || name == initials(region) { return Place(.region, name: name) }
        let pduKey = self.key(pdu)
        if key == pduKey || key == "pdu" || pduKey.hasPrefix(key + " ") || key.hasPrefix(pduKey + " ") {
            return Place(.pdu, name: name)
        }
        return Place(.area, name: name)
    }

    /// Lower case, `&` read as `and`, without commas.
    private static func key(_ name: String) -> String {
        name.lowercasedText.replacingPhrase("&", with: "and").replacingPhrase(",", with: "")
    }

    /// `Kent, Surrey and Sussex` → `KSS`: the initials of its capitalised words.
    static func initials(_ name: String) -> String {
        String(name.split { $0 == " " || $0 == "," }.compactMap { $0.first }.filter(\.isUppercase))
    }
}
