/// The names of a document's table regions (`aria-label`), unique within the document, as
/// landmarks must be: a table is named by its caption, else by the heading before it; a
/// name used twice is qualified by the heading above (`2023 framework, Key questions`),
/// and one still used twice is numbered (`Ratings (2)`).
enum TableNames {
    struct Table {
        var caption: String?
        /// The index of the heading before the table, if any.
        var headingIndex: Int?
    }

    static func unique(_ tables: [Table], headings: [MarkdownHeading]) -> [String?] {
        let plain = tables.map { $0.caption ?? $0.headingIndex.map { headings[$0].text } }
        let qualified = zip(tables, plain).map { table, name -> String? in
            guard let name, plain.filter({ $0 == name }).count > 1, let index = table.headingIndex else { return name }
            // The caption's own heading, or the heading above the table's heading.
            let level = table.caption == nil ? headings[index].level : Int.max
            let parent = headings[...index].last { $0.level < level && $0.text != name }
            return parent.map { "\(name), \($0.text)" } ?? name
        }
        var seen: [String: Int] = [:]
        return qualified.map { name in
            guard let name else { return nil }
            seen[name, default: 0] += 1
            let count = seen[name]!
            return count == 1 ? name : "\(name) (\(count))"
        }
    }
}
