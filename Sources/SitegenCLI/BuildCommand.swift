import ArgumentParser

/// `sitegen build`: parse, report, and write the site.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read the content and write the site (and its open data) to the output folder.",
        discussion: """
            Problems in one document do not stop the rest: the build writes what parsed and \
            exits 0 unless the output cannot be written (then 1). The output folder is replaced \
            as a whole, atomically.
            """)

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: ArgumentHelp("The folder to write the site to; replaced as a whole.",
                                            valueName: "dir"))
    var output: String = "Output"

    @Flag(name: .long, help: "Print no summary line.")
    var quiet = false

    func validate() throws {
        let environment = SitegenEnvironment.current
        guard !output.isEmpty else { throw ValidationError("The output folder must not be empty.") }
        let out = Paths.resolved(environment.absolutePath(output))
        let content = Paths.resolved(environment.absolutePath(options.content))
        let cwd = Paths.resolved(environment.workingDirectory)
        if Paths.isSameOrInside(cwd, out) {
            throw ValidationError("The output folder '\(output)' must not be the current folder or contain it.")
        }
        if Paths.isSameOrInside(content, out) || Paths.isSameOrInside(out, content) {
            throw ValidationError("The output folder '\(output)' must not be, contain, or lie inside the content folder.")
        }
    }

    func run() throws {
        let environment = SitegenEnvironment.current
        let corpus = Sitegen.readCorpus(options, environment)
        Sitegen.report(corpus, environment)
        let files = environment.render(corpus)
        do {
            try OutputWriter.commit(files, to: environment.absolutePath(output))
        } catch {
            environment.console.standardError("sitegen: error: cannot write '\(output)': \(error)\n")
            throw ExitCode(Sitegen.failureStatus)
        }
        if !quiet {
            environment.console.standardOutput(
                "Wrote \(files.count) file\(files.count == 1 ? "" : "s") to \(output): \(Sitegen.summary(of: corpus))\n")
        }
    }
}
