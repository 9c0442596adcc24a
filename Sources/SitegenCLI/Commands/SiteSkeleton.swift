import BuiltInTheme

/// The files `sitegen init` writes into a new site's folder: a pure list of paths and
/// bytes, so the command only checks and writes.
enum SiteSkeleton {
    /// The files of a new site; with `templates`, the built-in theme too, under `Templates/`.
    static func files(templates: Bool) -> [(path: String, bytes: [UInt8])] {
        var files = [
            ("README.md", Array(readme.utf8)),
            (".gitignore", Array(gitignore.utf8)),
            (".gitattributes", Array(gitattributes.utf8)),
            ("Content/reports/README", Array(contentNote.utf8)),
        ]
        if templates {
            files += BuiltInTheme.files.map { (Theme.defaultFolder + "/" + $0.path, $0.bytes) }
        }
        return files
    }

    static let readme = """
        # Inspection reports site

        Made with sitegen. The report texts are in `Content/reports/` (see the README there);
        build the site into `Output/` and preview it:

        ```sh
        sitegen build                           # writes Output/ (the pages and data/*.json, *.csv)
        python3 -m http.server -d Output        # then open http://localhost:8000/
        ```

        `sitegen build --watch` rebuilds on every change; `sitegen diff --against HEAD`
        says what a change to the texts does to the published facts; `sitegen check` only
        reports the texts' problems. A `Templates/` folder here overrides sitegen's built-in
        theme file by file (`sitegen init --templates` copies the theme out to edit).

        """

    static let gitignore = """
        # sitegen's build cache and the staging folders of an interrupted build.
        .sitegen-cache/
        .Output.tmp-*
        .Output.old-*

        """

    static let gitattributes = """
        # Generated files: collapsed in a pull request's diff, so the texts and the Markdown
        # pages show first (see `sitegen diff` for a review of what changed).
        Output/**/*.html linguist-generated=true
        Output/**/*.svg linguist-generated=true
        Output/**/*.json linguist-generated=true

        """

    static let contentNote = """
        Report texts for sitegen
        ========================

        Put the texts of HM Inspectorate of Probation reports here, one file each, named
        for instance derby-city-2025.txt. Every .txt and .md file under Content/ (at any
        depth) is read; other files, like this one, and hidden files are not.

        Where the texts come from: the reports are published as PDFs at
        https://www.justiceinspectorates.gov.uk/hmiprobation/ (Crown copyright, Open
        Government Licence v3.0). Convert each PDF to text with any converter (pdftotext,
        a PDF-to-Markdown tool, copy and paste); sitegen copes with the usual damage.

        What sitegen reads:
        - PDU inspection reports (the 2021 framework, nine standards out of 27, and the
          2023 framework, seven standards out of 21): ratings table, score, key questions,
          recommendations, background figures, findings;
        - regional inspection letters, with the annexes that rate each PDU.
        Plain text or Markdown; UTF-8 or Windows-1252; any line endings; tables as tabs,
        pipes, grids or flattened lines; page headers and numbers between lines.

        Run `sitegen check` to see what it made of them: each problem is reported as
        file:line:column like a compiler, and the other texts still build.

        """
}
