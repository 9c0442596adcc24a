import Foundation

/// The conversion floor: the `cmark-gfm` command-line tool converting the very Markdown
/// pages sitegen wrote, concatenated into one input, in one process, with the GFM
/// extensions sitegen uses, output discarded.
struct CmarkBaseline {
    static let extensions = ["table", "strikethrough", "autolink", "tagfilter", "footnotes"]

    /// The command as run, for the report (`cmark-gfm -e table … pages.md > /dev/null`).
    static let command = "cmark-gfm " + extensions.map { "-e \($0)" }.joined(separator: " ") + " pages.md > /dev/null"

    let executable: String
    /// The folder holding the input and the log.
    let work: String
    private var input: String { work + "/pages.md" }

    /// Concatenates `site`'s `.md` pages into `<work>/pages.md`; returns its size.
    func prepare(site: SiteFiles) throws -> Int {
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: input, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: input))
        var bytes = 0
        for page in site.markdownPages {
            var data = try Data(contentsOf: URL(fileURLWithPath: site.folder + "/" + page))
            data.append(contentsOf: Array("\n\n".utf8))
            try handle.write(contentsOf: data)
            bytes += data.count
        }
        try handle.close()
        return bytes
    }

    /// Converts the prepared input once.
    func run() throws -> ChildProcess.Outcome {
        let child = ChildProcess(
            executable: executable,
            arguments: Self.extensions.flatMap { ["-e", $0] } + [input],
            standardError: work + "/cmark-gfm.stderr")
        return try child.run()
    }
}
