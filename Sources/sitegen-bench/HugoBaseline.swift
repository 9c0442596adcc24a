import Foundation

/// Hugo building a site from the same Markdown pages: the pages copied into a Hugo
/// `content/` tree (same paths, no front matter), a minimal configuration without
/// taxonomies, RSS or sitemap, and layouts that put `{{ .Content }}` in a tiny HTML shell.
/// One path changes: the home page `index.md` becomes `_index.md`, since to Hugo an
/// `index.md` makes its folder a leaf bundle, which would swallow every other page.
struct HugoBaseline {
    static let configuration = """
        baseURL = "https://example.org/"
        title = "sitegen benchmark"
        disableKinds = ["taxonomy", "term", "RSS", "sitemap"]

        """
    static let layout = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
        <body><main>{{ .Content }}</main></body></html>

        """

    /// The command as run, for the report.
    static let command = "hugo --quiet --source site --destination site/public"

    let executable: String
    /// The folder holding the Hugo site (`site/`) and the logs.
    let work: String
    private var root: String { work + "/site" }

    /// Lays out the Hugo site in `<work>/site`.
    func prepare(site: SiteFiles) throws {
        let files = FileManager.default
        try? files.removeItem(atPath: root)
        try files.createDirectory(atPath: root + "/layouts/_default", withIntermediateDirectories: true)
        try Self.configuration.write(toFile: root + "/hugo.toml", atomically: false, encoding: .utf8)
        try Self.layout.write(toFile: root + "/layouts/_default/single.html", atomically: false, encoding: .utf8)
        try Self.layout.write(toFile: root + "/layouts/_default/list.html", atomically: false, encoding: .utf8)
        for page in site.markdownPages {
            let target = root + "/content/" + (page == "index.md" ? "_index.md" : page)
            try files.createDirectory(
                atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try files.copyItem(atPath: site.folder + "/" + page, toPath: target)
        }
    }

    /// Builds the site once, from nothing (no `public/` or `resources/` left from a run
    /// before); returns the outcome and the HTML pages written.
    func run() throws -> (outcome: ChildProcess.Outcome, pages: Int) {
        try? FileManager.default.removeItem(atPath: root + "/public")
        try? FileManager.default.removeItem(atPath: root + "/resources")
        let child = ChildProcess(
            executable: executable,
            arguments: ["--quiet", "--source", root, "--destination", root + "/public"],
            standardOutput: work + "/hugo.out", standardError: work + "/hugo.stderr")
        let outcome = try child.run()
        return (outcome, SiteFiles(folder: root + "/public").htmlPages)
    }
}
