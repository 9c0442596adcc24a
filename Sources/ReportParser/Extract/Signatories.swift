import InspectionModel

/// The people a report names: the lead inspector ("led by HM Inspector …", or "led by …,
/// HM Inspector") and the chief inspector who signs the foreword or the letter.
enum Signatories {
    static func leadInspector(_ lines: [TextLine]) -> (name: String, line: Int)? {
        // Every phrase below starts `led`, which replacing tabs cannot make: no copy of a line without it.
        for line in lines where line.text.mayContain("led") {
            let text = line.text.replacingTabsWithSpaces  // a tab in the sentence is a space
            // "led by Jane Smith, HM Inspector"
            if let r = text.firstRange(ofPhrase: "led by "),
                let title = text[r.upperBound...].firstRange(ofPhrase: ", HM Inspector"),
                let name = Names.person(text[r.upperBound..<title.lowerBound])
            {
                return (name, line.number)
            }
            guard let r = text.firstRange(ofPhrase: "led by HM Inspector") ?? text.firstRange(ofPhrase: "led by HMI")
            else { continue }
            let rest = text[r.upperBound...].drop { $0 == " " }
            let cut = rest.firstIndex { $0 == "," || $0 == "." || $0 == ";" || $0 == "(" } ?? rest.endIndex
            var name = rest[..<cut].collapsingSpaces
            for stop in [" supported", " and ", " with "] {
                if let s = name.firstRange(ofPhrase: stop) { name = String(name[..<s.lowerBound]) }
            }
            if !name.isEmpty { return (name, line.number) }
        }
        return nil
    }

    /// The name on the line before "Chief Inspector of Probation" (or before it on the same line).
    static func chiefInspector(_ lines: [TextLine]) -> (name: String, line: Int)? {
        for (i, line) in lines.enumerated() {
            guard let r = line.text.firstRange(ofPhrase: "Chief Inspector of Probation") else { continue }
            let before = String(line.text[..<r.lowerBound])
                .replacingPhrase("Interim", with: "").replacingPhrase("HM", with: "")
                .replacingPhrase("His Majesty's", with: "")
            if let name = Names.person(before) { return (name, line.number) }
            for previous in lines[..<i].reversed().prefix(LayoutThresholds.signatoryReach) where !previous.isBlank {
                if let name = Names.person(previous.trimmed) { return (name, previous.number) }
            }
        }
        return nil
    }
}
