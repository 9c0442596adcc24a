import ArgumentParser

/// `sitegen check`: parse and report, write nothing.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Read the content and report its problems; write nothing.",
        discussion: "Exits 1 when there are errors (or, with --strict, warnings), else 0.")

    @OptionGroup var options: ContentOptions

    @Flag(name: .long, help: "Count warnings as errors for the exit status.")
    var strict = false

    func run() throws {
        let environment = SitegenEnvironment.current
        let corpus = Sitegen.readCorpus(options, environment)
        Sitegen.report(corpus.diagnostics, environment)
        environment.console.standardOutput(Sitegen.summary(of: corpus) + "\n")
        let failing = corpus.count(of: .error) + (strict ? corpus.count(of: .warning) : 0)
        if failing > 0 { throw ExitCode(Sitegen.failureStatus) }
    }
}
