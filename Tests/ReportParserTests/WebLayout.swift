import Foundation
import InspectionModel

/// The inspectorate's web reports (2025 layout), made from a seed: what a reader gets by
/// copying the page's text, or by saving the page as HTML. The page opens with the licence
/// block, then the title, a "Published:" line and the region; every heading is followed by
/// "(Back to top)"; the ratings table is a real table (rows of cells), rebuilt from what the
/// seed's own ratings block states; the rest of the report keeps the seed's words.
enum WebLayout {
    /// How the page's title names the PDU (both appear on the inspectorate's pages).
    enum TitleWording: CaseIterable {
        case colon  // "An inspection of probation services: Derby City PDU"
        case inline  // "An inspection of probation services in Derby City PDU"
    }

    static let licenceBlock = [
        "Skip to content", "",
        "All content is available under the Open Government Licence v3.0, except where otherwise stated", "",
        "The National Archives, Kew, London TW9 4DU", "",
        "This publication is available at: https://hmiprobation.justiceinspectorates.gov.uk/inspections/", "",
    ]

    /// The web page's text, as copied from a browser. `published` is the "Published:" line's
    /// date (nil: the line is there but empty). A regional letter keeps its own opening.
    static func copiedText(_ text: String, seed: Inspection?, wording: TitleWording, published: String?) -> String {
        var all = LayoutTransforms.lines(text)
        if let seed,
            let title = all.firstIndex(where: {
                LayoutTransforms.trimmed($0) == "An inspection of probation services in:"
            }),
            let dateLine = all.firstIndex(where: {
                LayoutTransforms.trimmed($0).hasPrefix("HM Inspectorate of Probation,")
            }), dateLine > title
        {
            let region = all[title..<dateLine].first { LayoutTransforms.trimmed($0).hasPrefix("The Probation Service") }
            let name = seed.pdu.value + " PDU"
            let heading =
                wording == .colon
                ? "An inspection of probation services: \(name)" : "An inspection of probation services in \(name)"
            let opening =
                [heading, "", "Published: " + (published ?? ""), ""]
                + (region.map { [LayoutTransforms.trimmed($0), ""] } ?? [])
            all.replaceSubrange(0...dateLine, with: opening)
        }
        if let seed { all = withRatingsTable(all, of: seed) }
        all = all.map { line in
            let plain = LayoutTransforms.trimmed(line)
            return isHeading(plain) ? plain + " (Back to top)" : line
        }
        return LayoutTransforms.joined(licenceBlock + all)
    }

    /// The ratings block replaced by the web page's table: one row per line, cells
    /// separated by tabs (as a browser copies a table), from the seed's own ratings.
    static func withRatingsTable(_ all: [String], of seed: Inspection) -> [String] {
        guard let start = all.firstIndex(where: { LayoutTransforms.trimmed($0) == "Ratings" }),
            let end = all[(start + 1)...].firstIndex(where: { LayoutTransforms.trimmed($0) == "Recommendations" })
        else { return all }
        return Array(all[...start]) + [""] + ratingsRows(seed).map { $0.joined(separator: "\t") } + [""]
            + Array(all[end...])
    }

    /// The rows of the web page's ratings table.
    static func ratingsRows(_ seed: Inspection) -> [[String]] {
        var rows: [[String]] = [["\(seed.pdu.value) PDU", "Score \(seed.score.value)/\(seed.score.max)"]]
        if let fieldwork = seed.fieldworkStarted?.value {
            rows.append(["Fieldwork started", fieldwork.monthOnly.spelledOut])
        }
        rows.append(["Overall rating", seed.overallRating.value.rawValue])
        let domains =
            seed.framework == .y2021
            ? ["Organisational delivery", "Court work and case supervision"]
            : ["Organisational arrangements and activity", "Service delivery"]
        for (index, domain) in domains.enumerated() {
            rows.append(["\(index + 1). \(domain)", ""])
            for standard in seed.standards where standard.id.hasPrefix("\(index + 1).") {
                rows.append(["\(standard.id) \(standard.name)", standard.rating.rawValue])
            }
        }
        return rows
    }

    /// The headings the inspectorate's page marks with a "(Back to top)" link.
    static func isHeading(_ line: String) -> Bool {
        LayoutTransforms.headingLevel(line) != nil || line == "Acknowledgements" || line == "Foreword"
    }

    // MARK: The saved page

    /// The same page saved as HTML: a head with a title, styles and a script; paragraphs,
    /// headings with their "(Back to top)" link, bulleted lists, and tables with a head and
    /// a body whose cells span lines; characters escaped as entities.
    static func savedPage(_ copied: String) -> String {
        var html = [
            "<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
            "<title>Inspection report - HM Inspectorate of Probation</title>",
            "<style>", "  .govuk-table { border: 1px solid; }", "</style>",
            "<script>", "  window.dataLayer = [{ 'Ratings': 'Outstanding' }];", "</script>",
            "</head>", "<body class=\"govuk-template__body\">", "<div class=\"govuk-width-container\">",
        ]
        for group in groups(LayoutTransforms.lines(copied)) {
            html += element(group)
        }
        html += ["</div>", "<footer><p>&copy; Crown copyright</p></footer>", "</body>", "</html>"]
        return html.joined(separator: "\n")
    }

    private static func groups(_ lines: [String]) -> [[String]] {
        var groups: [[String]] = []
        var current: [String] = []
        for line in lines {
            if LayoutTransforms.isBlank(line) {
                if !current.isEmpty { groups.append(current); current = [] }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }

    private static func element(_ group: [String]) -> [String] {
        if group.count == 1, group[0].hasSuffix(" (Back to top)") {
            let heading = String(group[0].dropLast(" (Back to top)".count))
            return [
                "<h2 class=\"govuk-heading-l\" id=\"\(heading.count)\">\(escaped(heading))",
                "  <a class=\"govuk-link\" href=\"#top\">(Back to top)</a></h2>",
            ]
        }
        if group.allSatisfy({ $0.contains("\t") }) {
            return table(group.map { $0.components(separatedBy: "\t") })
        }
        if let items = listItems(group) {
            return ["<ul class=\"govuk-list govuk-list--bullet\">"] + items.map { "  <li>\(escaped($0))</li>" } + [
                "</ul>"
            ]
        }
        return ["<p class=\"govuk-body\">" + group.map(escaped).joined(separator: "<br>\n") + "</p>"]
    }

    /// A group of bulleted lines (`- ` or `• `) as list items, each with the lines that
    /// continue it; nil unless the group starts with a bullet or is an item whose marker
    /// the PDF's text lost (indented by one space, capitalised), which the page has.
    private static func listItems(_ group: [String]) -> [String]? {
        let marker = { (line: String) in line.hasPrefix("- ") || line.hasPrefix("• ") }
        guard let first = group.first else { return nil }
        if first.hasPrefix(" "), first.dropFirst().first?.isUppercase == true {
            return [LayoutTransforms.trimmed(group.joined(separator: " "))]
        }
        guard marker(first) else { return nil }
        var items: [String] = []
        for line in group {
            if marker(line) {
                items.append(String(line.dropFirst(2)))
            } else {
                items[items.count - 1] += " " + LayoutTransforms.trimmed(line)
            }
        }
        return items
    }

    /// A table whose first row is its head; every cell on lines of its own, its text
    /// wrapped at 60 columns.
    private static func table(_ rows: [[String]]) -> [String] {
        func row(_ cells: [String], tag: String) -> [String] {
            ["<tr class=\"govuk-table__row\">"]
                + cells.flatMap { cell in
                    [
                        "  <\(tag) class=\"govuk-table__\(tag == "th" ? "header" : "cell")\"\(tag == "th" ? " scope=\"col\"" : "")>"
                    ]
                        + wrapped(escaped(LayoutTransforms.trimmed(cell))).map { "    " + $0 } + ["  </\(tag)>"]
                } + ["</tr>"]
        }
        return ["<table class=\"govuk-table\">", "<thead>"] + row(rows[0], tag: "th") + ["</thead>", "<tbody>"]
            + rows.dropFirst().flatMap { row($0, tag: "td") } + ["</tbody>", "</table>"]
    }

    private static func wrapped(_ text: String) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + word.count > 60 { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : " ") + word
        }
        return line.isEmpty ? lines : lines + [line]
    }

    /// `&`, `<`, `>` and straight quotes as entities, as a page's source has them.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "'", with: "&#39;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
