import Foundation

/// The template variables README.md's "Pages and templates" section lists for each view type,
/// read from its prose.
///
/// An entry is a bold, backticked name followed by a colon and its list of variables:
/// `**`pdu`** (`PDUPage`): `title`, …` (the view type is the first backticked name in
/// capitals of the bold name or the parentheses after it), or a parenthesis opening with a
/// type and a colon: `(`PDUHeadline`: `sentence`, …)`. The list ends at the end of its
/// sentence (a full stop and a space outside parentheses, not after a digit: `1. `
/// numbers a list), at the parenthesis that opened it, at a blank line or at the next
/// bold name. Its variables are the backticked names in lower camel case outside
/// parentheses; the backticked names inside the parentheses after a variable (not deeper)
/// are that variable's fields, or those of its elements (or, for a string, its values).
struct TemplateVariablesDoc {
    /// One documented view type.
    struct Entry {
        /// The bold name (`pdu`, `InspectionView`), or the type of an entry in parentheses.
        var name: String
        var type: String
        /// Its variables in the order written, each with the names in the parentheses after it.
        var variables: [(name: String, fields: Set<String>)]
    }

    var entries: [Entry]
    /// The template table's rows: template file name (`pdu.mustache`) → view type.
    var templates: [String: String]

    init(readme: String) {
        let start = readme.range(of: "\n## Pages and templates\n")?.upperBound ?? readme.endIndex
        let end = readme[start...].range(of: "\n## ")?.lowerBound ?? readme.endIndex
        let text = Array(readme[start..<end])
        entries = Self.boldEntries(text) + Self.parenthesisEntries(text)
        templates = [:]
        for line in readme[start..<end].split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.count == 3, cells[0].hasSuffix(".mustache`") {
                templates[Self.unquoted(cells[0])] = Self.unquoted(cells[2])
            }
        }
    }

    private static func unquoted(_ cell: String) -> String {
        String(cell.split(separator: "`").first ?? "")
    }

    /// `**`name`** (…): list`.
    private static func boldEntries(_ text: [Character]) -> [Entry] {
        var entries: [Entry] = []
        var index = 0
        while let open = find("**`", in: text, from: index) {
            index = open + 3
            guard let close = find("`**", in: text, from: index) else { break }
            let name = String(text[index..<close])
            var cursor = close + 3
            var header = [name]
            if text.indices.contains(cursor + 1), text[cursor] == " ", text[cursor + 1] == "(",
                let shut = text[(cursor + 1)...].firstIndex(of: ")")
            {
                header += backticked(Array(text[(cursor + 1)..<shut]))
                cursor = shut + 1
            }
            guard let type = header.first(where: { $0.first?.isUppercase == true }),
                let colon = text[cursor...].firstIndex(of: ":"),
                !text[cursor..<colon].contains("`"), find("\n\n", in: text, from: cursor).map({ $0 > colon }) ?? true
            else { continue }
            entries.append(Entry(name: name, type: type, variables: variables(text, from: colon + 1)))
        }
        return entries
    }

    /// `(`Type`: list)`.
    private static func parenthesisEntries(_ text: [Character]) -> [Entry] {
        var entries: [Entry] = []
        var index = 0
        while let open = find("(`", in: text, from: index) {
            index = open + 2
            guard let close = text[index...].firstIndex(of: "`"), text.indices.contains(close + 1),
                text[close + 1] == ":"
            else { continue }
            let type = String(text[index..<close])
            guard type.first?.isUppercase == true, type.allSatisfy({ $0.isLetter || $0.isNumber }) else { continue }
            entries.append(Entry(name: type, type: type, variables: variables(text, from: close + 2)))
        }
        return entries
    }

    /// The variables of the list that starts at `start`.
    private static func variables(_ text: [Character], from start: Int) -> [(name: String, fields: Set<String>)] {
        var variables: [(name: String, fields: Set<String>)] = []
        var depth = 0
        var index = start
        while index < text.count {
            let character = text[index]
            let next = index + 1 < text.count ? text[index + 1] : "\n"
            switch character {
            case "`":
                guard let close = text[(index + 1)...].firstIndex(of: "`") else { return variables }
                let name = String(text[(index + 1)..<close])
                if isVariable(name) {
                    if depth == 0 {
                        variables.append((name, []))
                    } else if depth == 1, !variables.isEmpty {
                        variables[variables.count - 1].fields.insert(name)
                    }
                }
                index = close
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth < 0 { return variables }
            case "\n" where next == "\n": return variables
            case "*" where next == "*" && depth == 0: return variables
            case "." where depth == 0 && next.isWhitespace && !(index > 0 && text[index - 1].isNumber): return variables
            default: break
            }
            index += 1
        }
        return variables
    }

    private static func isVariable(_ name: String) -> Bool {
        name.first?.isLowercase == true && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    private static func backticked(_ text: [Character]) -> [String] {
        String(text).split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    private static func find(_ needle: String, in text: [Character], from start: Int) -> Int? {
        let needle = Array(needle)
        guard start <= text.count - needle.count else { return nil }
        return (start...(text.count - needle.count)).first { text[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
