/// A ``BuildComparison`` told in Markdown, to paste into a pull request: a summary line,
/// the inspections added and removed, a table of changed facts per changed inspection
/// (old → new, with the source line), the new warnings, then the changed pages (`.html`)
/// and the other changed files.
public enum ReviewReport {
    /// The report; `title` names the two builds (`Output-old → Output`).
    public static func markdown(_ comparison: BuildComparison, title: String) -> String {
        var lines = ["## sitegen diff: \(title)", ""]
        guard !comparison.isEmpty else {
            return (lines + ["No changes: the two builds are the same.", ""]).joined(separator: "\n")
        }
        let pages = comparison.files.filter { $0.path.hasSuffix(".html") }
        let others = comparison.files.filter { !$0.path.hasSuffix(".html") }
        lines += [
            "**"
                + [
                    count(comparison.changed.count, "inspection") + " changed",
                    "\(comparison.added.count) added", "\(comparison.removed.count) removed",
                    count(comparison.newWarnings.count, "new warning"),
                    count(pages.count, "page") + " changed",
                ].joined(separator: ", ") + ".**", "",
        ]
        for (heading, listed) in [("Inspections added", comparison.added), ("Inspections removed", comparison.removed)]
        where !listed.isEmpty {
            lines += ["### \(heading)", ""]
            lines += listed.map { inspection in
                let details = [inspection.region, inspection.overallRating, inspection.score.map { "score \($0)" }]
                    .compactMap { $0 }.joined(separator: ", ")
                return "- \(inspection.identity)" + (details.isEmpty ? "" : ": \(details)")
                    + (inspection.source.map { " (`\($0)`)" } ?? "")
            }
            lines.append("")
        }
        for inspection in comparison.changed {
            lines += ["### \(inspection.identity)", "", "| fact | old | new | source |", "| --- | --- | --- | --- |"]
            lines += inspection.facts.map { fact in
                "| \(cell(fact.name)) | \(cell(fact.old ?? "(none)")) | \(cell(fact.new ?? "(none)")) | "
                    + (fact.source.map { "`\($0)`" } ?? "") + " |"
            }
            lines.append("")
        }
        if !comparison.newWarnings.isEmpty {
            lines += ["### New warnings", ""] + comparison.newWarnings.map { "- `\($0)`" } + [""]
        }
        for (heading, files) in [("Changed pages", pages), ("Other changed files", others)] where !files.isEmpty {
            lines += ["### \(heading)", ""] + files.map { "- \($0.change.rawValue) `\($0.path)`" } + [""]
        }
        return lines.joined(separator: "\n")
    }

    /// `1 page`, `3 pages`.
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// Text fit for a table cell: pipes escaped, line breaks as spaces.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
