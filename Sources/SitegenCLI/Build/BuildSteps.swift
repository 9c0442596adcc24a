import ArgumentParser
import Foundation
import HTMLPages
import InspectionModel
import PageViews
import ParallelWork
import ReportParser

/// The steps of one `sitegen build`, each a method named for what it does and timed (when
/// it is one of the printed phases) by the log; ``Build`` runs them in order.
struct BuildSteps {
    let command: Build
    let log: PhaseLog
    let environment: SitegenEnvironment
    /// Where the output really is: a link to a folder (`Output -> /var/www/site`) is
    /// followed, and the folder it leads to replaced.
    let outputPath: String
    /// Whether the build uses and records the cache beside the output.
    let caching: Bool

    init(command: Build, log: PhaseLog, environment: SitegenEnvironment) {
        self.command = command
        self.log = log
        self.environment = environment
        outputPath = Paths.resolved(environment.absolutePath(command.output))
        caching = !command.noCache && environment.cachesBuilds
    }

    /// Reads the texts, the templates and the assets, and their digests, with what the last
    /// build recorded (``previousBuild``; the texts it recorded unchanged are not read). The
    /// templates are parsed later (``BuildInputs/parsedTemplates``; ``reportTemplates(_:)``).
    func readInputs() throws -> BuildInputs {
        let inputs = log.measure(
            "read",
            {
                BuildInputs(
                    content: command.options.content, templates: command.templatesFolder(environment),
                    options: [command.baseURL ?? ""], environment: environment, parallelism: command.parallelism,
                    previous: previousBuild,
                    executableRecord: caching && !command.check ? ExecutableDigest.record(for: outputPath) : nil,
                    storedTemplates: caching ? StoredTemplates(for: outputPath, records: !command.check) : nil)
            }
        ) { inputs in
            "\(Numbers.count(inputs.content.documentCount, "document")), "
                + PhaseLog.megabytes(inputs.content.texts.reduce(0) { $0 + $1.size }) + " and the templates"
        }
        return inputs
    }

    /// Prints the problems of the templates and assets (waiting for the templates' parse)
    /// and stops on errors: before anything else the build prints to standard error, so
    /// that it prints what it did when the templates were parsed with the inputs.
    func reportTemplates(_ inputs: BuildInputs) throws {
        let diagnostics = inputs.templateDiagnostics
        Sitegen.report(diagnostics, environment)
        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            throw failure("the templates have errors")
        }
    }

    /// Waits for any other build into the same place to finish (not with `--check`, which writes nothing).
    func lockOutput() -> OutputLock? {
        command.check
            ? nil
            : OutputLock(output: outputPath) { path in
                environment.console.standardError(
                    "sitegen: another build into '\(path)' is running; waiting for it to finish\n")
            }
    }

    /// Reads what the last build of this output recorded, when the build uses the cache.
    var previousBuild: @Sendable () -> BuildCache? {
        let (caching, outputPath) = (caching, outputPath)
        return { caching ? BuildCache.load(for: outputPath) : nil }
    }

    /// Whether the output was built from these very inputs: then says so, and the recorded report, again.
    func reportUpToDate(_ previous: BuildCache?, _ inputs: BuildInputs) throws -> Bool {
        guard !command.check, let previous else { return false }
        OutputWriter.recoverAbandoned(beside: outputPath)
        guard previous.isUpToDate(outputPath, key: inputs.buildKey, parallelism: command.parallelism) else {
            return false
        }
        try reportTemplates(inputs)
        environment.console.standardError(previous.diagnostics)
        log.finish(
            "Up to date: \(command.output) was built from these very inputs, in \(log.elapsed): \(previous.summary)")
        return true
    }

    /// Parses every text, then calls `parsed` (which starts what the checks leave a core
    /// for), starts recording the documents in the build cache (``recordModels(_:_:)``),
    /// checks the reports against each other and begins the templates' parse. The corpus
    /// (whose diagnostics ``reportDiagnostics(_:_:)`` prints), and the record under way (nil
    /// when there is none), which the caller waits for. A text that changed since it was
    /// read stops the build.
    func parseAndCheck(_ inputs: BuildInputs, parsed whenParsed: () -> Void = {}) throws -> (Corpus, ModelsRecord?) {
        let (parsed, models) = try log.measure("parse", { try parse(inputs) }) { parsed, _ in
            Numbers.count(inputs.content.texts.count, "text")
                + (caching ? ", \(parsed.count(where: \.isStored)) of them unchanged" : "")
        }
        whenParsed()
        let record = models.flatMap { command.check ? nil : recordModels(parsed, $0) }
        let documents = parsed.map(\.document)
        let corpus = log.measure(
            "checks",
            {
                Sitegen.corpus(
                    of: Sitegen.ReadDocuments(
                        diagnostics: inputs.content.diagnostics,
                        unreadCount: inputs.content.documentCount - inputs.content.texts.count, documents: documents),
                    environment)
            }
        ) { corpus in
            "\(Numbers.count(corpus.inspections.count, "inspection")), \(Numbers.count(corpus.regions.count, "regional letter"))"
        }
        // The templates are parsed while the site is made (on one core: see `renderInput`).
        inputs.parsedTemplates.start(command.parallelism)
        return (corpus, record)
    }

    /// Prints the templates' diagnostics and stops on their errors (``reportTemplates(_:)``),
    /// then prints the diagnostics of the texts (`corpus`'s); the latter as printed (for
    /// ``cacheRecord(_:diagnostics:summary:)``, which records them without making them again).
    @discardableResult
    func reportDiagnostics(_ inputs: BuildInputs, _ corpus: Corpus) throws -> String {
        try reportTemplates(inputs)
        let diagnostics = Sitegen.printed(corpus.diagnostics)
        if !diagnostics.isEmpty { environment.console.standardError(diagnostics) }
        return diagnostics
    }

    /// The parsed documents being recorded in the build cache (``ParsedModels``): how many
    /// were encoded, the seconds the record took, and the models file's stamp once written.
    typealias ModelsRecord = Started<(count: Int, seconds: Double, stamp: FileStamp?)>

    /// Starts recording `parsed` in `models`' file, on a thread of its own (unless the build
    /// is serial): nothing after the parse needs the record, so it takes the core that the
    /// checks, the site's making and the plan, each on one thread, leave idle. Its own
    /// thread encodes the documents one after another. ``finishRecord(_:)`` waits for it
    /// before the output is put in place (and so before the manifest is written); the file
    /// is appended to or replaced whole (``CachedBlobs``), so a build stopped before never
    /// leaves a half-written record that is used.
    private func recordModels(_ parsed: [ParsedModels.Parsed], _ models: ParsedModels) -> ModelsRecord {
        let (outputPath, clock) = (outputPath, environment.clock)
        return command.parallelism.start {
            let start = clock()
            let (count, stamp) = models.save(parsed, for: outputPath, parallelism: .serial)
            return (count, clock() - start, stamp)
        }
    }

    /// Waits for the record of the parsed documents, if one is under way, and prints its
    /// phase line (its own time, taken beside the checks and the render). The models file's
    /// stamp, for the manifest to record (nil when there is no record, or it failed).
    func finishRecord(_ record: ModelsRecord?) -> FileStamp? {
        guard let record else { return nil }
        let (count, seconds, stamp) = record.wait()
        log.print(
            phase: "record", "\(Numbers.count(count, "parsed document")) into the build cache", seconds: seconds)
        return stamp
    }

    /// Every text's document: with the cache, read back where the text and sitegen did not
    /// change since it was recorded, the rest parsed, with the cache's documents (to record
    /// these in); else every text parsed, and no cache.
    private func parse(_ inputs: BuildInputs) throws -> ([ParsedModels.Parsed], ParsedModels?) {
        let texts = inputs.content.texts
        guard caching else {
            let parsed = try parsed(texts, inputs).map { ParsedModels.Parsed(key: nil, document: $0, isStored: false) }
            return (parsed, nil)
        }
        let models = ParsedModels.load(for: outputPath, previous: inputs.previous)
        return (
            try models.documents(
                of: texts, executable: inputs.executable, parallelism: command.parallelism,
                parse: { try parsed($0, inputs) }), models
        )
    }

    /// Each text read again and parsed (``Sitegen/parse(_:_:_:)``); a text that cannot be
    /// read again, or changed since it was read, stops the build (after the templates'
    /// diagnostics, printed first).
    private func parsed(_ texts: [TextFile], _ inputs: BuildInputs) throws -> [CorpusParser.Document] {
        let (documents, unreadable) = Sitegen.parse(texts, environment, command.parallelism)
        guard unreadable.isEmpty else {
            try reportTemplates(inputs)
            Sitegen.report(unreadable, environment)
            throw failure("report texts changed while they were read")
        }
        return documents
    }

    /// What the render step reads: the site of `corpus`, the templates (waited for once the
    /// site is made), the options; in a build with the cache, the pages that show every
    /// report begun ahead (``PagesAhead``), unless the templates have errors.
    func renderInput(_ inputs: BuildInputs, _ corpus: Corpus) -> SiteRenderer.Input {
        var input = SiteRenderer.Input(
            corpus: corpus, sources: inputs.content.texts, templates: inputs.templates,
            templatesFolder: command.templatesFolder(environment) ?? Theme.defaultFolder,
            assets: inputs.assets, baseURL: command.baseURL.flatMap(BaseURL.init), parallelism: command.parallelism)
        if caching, !command.check, !command.parallelism.isSerial,
            !inputs.templateDiagnostics.contains(where: { $0.severity == .error })
        {
            input.pagesAhead = PagesAhead(input.site, templates: inputs.templates)
        }
        return input
    }

    /// Which files to take from the previous output and which to make, with their keys
    /// (every file made, none recorded, without the cache).
    func plan(_ input: SiteRenderer.Input, _ inputs: BuildInputs, previous: BuildCache?) -> BuildPlan {
        guard caching else { return .makeEverything }
        let keys = InputKeys(salt: inputs.pageSalt, outline: input.site.outline, texts: inputs.textDigests)
        return BuildPlan(
            site: input.site, texts: input.sources.map(\.path), keys: keys, previous: previous,
            parallelism: command.parallelism)
    }

    /// `--check`: makes every file, keeping only its digest, and compares them with the
    /// output folder; exits 1 listing the differences.
    func checkOutput(_ input: SiteRenderer.Input) throws {
        let outputCheck = OutputCheck(directory: outputPath)
        try render(input, into: outputCheck)
        let comparison = log.measure("compare", { outputCheck.comparison() }) {
            "\(Numbers.count(outputCheck.count, "file")) against \(command.output): "
                + ($0.isUpToDate ? "up to date" : "\(Numbers.count($0.differences.count, "file")) differ")
        }
        guard comparison.isUpToDate else {
            environment.console.standardError(
                comparison.lines.map { $0 + "\n" }.joined()
                    + "sitegen: error: '\(command.output)' is out of date; run 'sitegen build' and commit the result\n")
            throw ExitCode(Sitegen.failureStatus)
        }
        log.finish("Checked \(command.output) in \(log.elapsed): up to date")
    }

    /// Prepares the staging folder beside the output, which takes each file as it is made.
    func stageOutput(_ previous: BuildCache?) throws -> StagedOutput {
        do {
            return try StagedOutput(
                directory: outputPath, previous: previous, kept: caching ? KeptOutput.folder(of: outputPath) : nil)
        } catch {
            throw failure("cannot write '\(command.output)': \(error)")
        }
    }

    /// Takes into the staging folder the old output's files the plan takes (and deletes the
    /// links made ahead that it does not); the plan of what is left to make.
    func takeUnchanged(_ plan: BuildPlan, into staged: StagedOutput) throws -> BuildPlan {
        let plan = plan.taking { staged.reuse($0, parallelism: command.parallelism) }
        do {
            try staged.dropLinksNotTaken()
        } catch {
            throw failure("cannot write '\(command.output)': \(error)")
        }
        return plan
    }

    /// Makes the files `plan` says to make, writing each into the staging folder, waits
    /// for the record of the parsed documents (`models`), then puts the staging folder in
    /// the output's place; while the old output is deleted,
    /// records what was written and frees the site (which takes a rebuild tens of
    /// milliseconds), or leaves it to the process's exit (``leavesSite``). On failure,
    /// deletes the staging folder.
    func writeSite(
        _ input: consuming SiteRenderer.Input, plan: BuildPlan, into staged: StagedOutput,
        models: ModelsRecord?, recording record: @escaping CacheRecord
    ) throws {
        input.plan = plan
        do {
            try render(input, into: staged)
            let modelsStamp = finishRecord(models)
            let site = Locked<SiteRenderer.Input?>(consume input)
            let leftover = try log.measure(
                "write",
                {
                    try staged.commit(
                        alongside: { [leavesSite] in
                            record(staged.written, modelsStamp)
                            if leavesSite {
                                _ = Unmanaged.passRetained(site)  // never released: the process ends next
                            } else {
                                site.withLock { $0 = nil }
                            }
                        }, parallelism: command.parallelism)
                }
            ) { _ in
                let written = staged.written
                return
                    "\(Numbers.count(written.count, "file")), \(PhaseLog.megabytes(written.bytes)) to \(command.output)"
            }
            warnLeftover(leftover)
        } catch let error as ExitCode {
            warnLeftover(staged.discard())
            throw error
        } catch {
            warnLeftover(staged.discard())
            throw failure("cannot write '\(command.output)': \(error)")
        }
    }

    /// Whether this build's site is left to the process's exit: the `sitegen` executable's
    /// one build (``SitegenEnvironment/leavesSiteToExit``), never one of `--watch`'s.
    var leavesSite: Bool { environment.leavesSiteToExit && !command.watch }

    /// Records what a build wrote, and the stamp of the models file it recorded, for the next one.
    typealias CacheRecord = @Sendable (StagedOutput.Written, FileStamp?) -> Void

    /// What records this build's files for the next one (nothing, without the cache), with
    /// the corpus's `summary` and its `diagnostics` as printed (by ``reportDiagnostics(_:_:)``,
    /// not printed twice). What it needs is made now, while the parsed documents are
    /// recorded on the other core, not in the build's last, one-core step.
    func cacheRecord(_ inputs: BuildInputs, diagnostics: String, summary: String) -> CacheRecord {
        guard caching else { return { _, _ in } }
        let (buildKey, outputPath) = (inputs.buildKey, outputPath)
        let diagnostics = Sitegen.printed(inputs.templateDiagnostics) + diagnostics
        let texts = Dictionary(
            inputs.content.texts.compactMap { text in text.record.map { (text.file, $0) } },
            uniquingKeysWith: { first, _ in first })
        return { written, models in
            BuildCache(
                buildKey: buildKey, diagnostics: diagnostics, summary: summary,
                entries: written.entries, parts: written.parts, texts: texts, models: models
            )
            .save(for: outputPath)
        }
    }

    /// Prints the build's summary line, with the corpus's `summary`.
    func reportBuilt(_ summary: String, _ written: StagedOutput.Written) {
        log.finish(
            "Built \(command.output) in \(log.elapsed): \(summary)"
                + (written.reused > 0 ? " (\(written.reused) files unchanged)" : ""))
    }

    /// The render step into `sink`, timed: every file made and written as it is made; a
    /// page that cannot be rendered or laid out stops the build.
    private func render(_ input: SiteRenderer.Input, into sink: some FileSink) throws {
        var input = input
        input.sink = sink
        do {
            _ = try log.measure(
                "render",
                {
                    let rendered = try environment.render(input)
                    try SiteRenderer.finish(rendered, input, into: sink)
                    return rendered
                }
            ) { rendered in
                "\(Numbers.count(rendered.pages.count, "page")) and their HTML, the pages of "
                    + Numbers.count(rendered.sourcePages.count, "report text") + ", "
                    + Numbers.count(rendered.otherFileCount, "other file")
            }
        } catch let failure as SiteRenderer.Failure {
            Sitegen.report(failure.diagnostics, environment)
            throw self.failure("pages could not be rendered")
        }
    }

    /// Prints a warning about a folder that could not be deleted, if any.
    private func warnLeftover(_ warning: String?) {
        if let warning { environment.console.standardError("sitegen: warning: \(warning)\n") }
    }

    /// Prints why the build stopped and gives the failure status; the output is left as it was.
    func failure(_ reason: String) -> ExitCode {
        environment.console.standardError("sitegen: error: \(reason); '\(command.output)' was left as it was\n")
        return ExitCode(Sitegen.failureStatus)
    }
}
