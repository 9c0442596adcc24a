import Foundation

/// One benchmark run: generates the corpus, builds it with sitegen, runs the comparisons
/// and prints one line per figure as it is measured.
struct Benchmark {
    let options: BenchOptions
    private let out = ResultPrinter()

    init(options: BenchOptions) { self.options = options }

    struct SetupError: Error, CustomStringConvertible {
        let description: String
    }

    func run() throws {
        let sitegen = try locateSitegen()
        let templates = URL(fileURLWithPath: options.templates).standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: templates) else {
            throw SetupError(description: "no templates folder at '\(options.templates)'; run from the repository root or give --templates")
        }
        let seeds = try Seeds(folder: options.seeds)
        let machine = Machine()
        let work = try WorkFolder(keep: options.keep)
        defer { work.finish() }
        try FileManager.default.createDirectory(atPath: work("logs"), withIntermediateDirectories: true)
        let builder = SitegenBuild(executable: sitegen, templates: templates, logs: work("logs"))
        let generator = Generator(seeds: seeds, seed: options.seed)

        out.line("machine", "\(machine.cores) cores, \(machine.processor), \(ResultPrinter.gigabytes(machine.memoryBytes)) RAM")
        out.line("date", machine.date)
        out.line("sitegen", (machine.commit ?? "unknown commit") + " " + sitegen)
        out.line("command", options.commandLine)
        out.line("work folder", work.path + (work.kept ? " (kept)" : " (removed at the end)"))
        out.gap()

        // The corpus and the full build.
        let n = options.documents
        out.progress("generating \(n) documents from \(seeds.templates.count) seed texts")
        let corpus = try generator.generate(documents: n, into: work("Content"))
        out.line("corpus", "\(corpus.documents) documents: \(corpus.reports) reports on \(corpus.pdus) PDUs, \(corpus.letters) regional letters; generated in \(ResultPrinter.seconds(corpus.seconds))")
        out.progress("sitegen build of \(n) documents")
        let full = try builder.run(in: work.path, label: "full")
        out.line("diagnostics", full.log.summary ?? "(no summary line)", "in " + full.diagnostics)
        if let errors = full.log.count(of: "errors"), errors > 0 {
            out.progress("warning: the generated corpus has \(errors) errors; see \(full.diagnostics)")
        }
        out.gap()
        let site = SiteFiles(folder: work("Output"))
        out.line("documents", String(corpus.documents))
        out.line("input", ResultPrinter.megabytes(corpus.bytes))
        out.line("pages written", "\(site.htmlPages) (.html) / \(site.files) files, \(ResultPrinter.megabytes(site.bytes))")
        for phase in full.log.phases {
            var comparison = phase.detail
            if phase.name == "parse" && phase.seconds > 0 {
                let rate = Double(corpus.bytes) / 1_000_000 / phase.seconds
                comparison = String(format: "%.1f MB/s = %.1f MB/s per core (target ≥ 50 per core)", rate, rate / Double(machine.cores))
            }
            out.line(phase.name, ResultPrinter.seconds(phase.seconds), comparison)
        }
        if let total = full.log.totalSeconds { out.line("sitegen's total", ResultPrinter.seconds(total), "as sitegen prints it") }
        let wall = full.outcome.seconds
        out.line("total wall", ResultPrinter.seconds(wall), String(format: "pages/s: %.0f", Double(site.htmlPages) / wall))
        out.line("peak memory", ResultPrinter.megabytes(full.outcome.peakMemory), "(target < 300 MB at N = 1,000)")

        // The comparisons.
        compareWithCmark(site: site, wall: wall, work: work)
        compareWithHugo(site: site, wall: wall, work: work)
        out.progress("no-op rebuild")
        let noop = try builder.run(in: work.path, label: "no-op")
        out.line("no-op rebuild", ResultPrinter.seconds(noop.outcome.seconds),
                 "= \(ResultPrinter.percent(noop.outcome.seconds / wall)) of full (target ≤ 15%)")
        if let report = corpus.reportPaths.first {
            let change = try ReportEdit.apply(to: work("Content/" + report))
            out.progress("one-report rebuild after changing \(report), \(change)")
            let one = try builder.run(in: work.path, label: "one-report")
            out.line("one-report rebuild", ResultPrinter.seconds(one.outcome.seconds),
                     "= \(ResultPrinter.percent(one.outcome.seconds / wall)) of full (target ≤ 25%)")
        } else {
            out.line("one-report rebuild", "skipped (no PDU report in the corpus)")
        }
        try scaleRun(generator: generator, builder: builder, corpus: corpus, site: site, wall: wall, work: work)
    }

    /// (a) The cmark-gfm CLI on the same Markdown pages.
    private func compareWithCmark(site: SiteFiles, wall: Double, work: WorkFolder) {
        guard let executable = ChildProcess.find("cmark-gfm") else {
            out.line("cmark-gfm CLI", "not installed (make bench-deps)")
            return
        }
        out.progress("cmark-gfm on the \(site.markdownPages.count) Markdown pages")
        do {
            let (outcome, bytes) = try CmarkBaseline(executable: executable).run(site: site, work: work("cmark"))
            guard outcome.succeeded else {
                out.line("cmark-gfm CLI", "failed (see \(work("cmark/cmark-gfm.stderr")))")
                return
            }
            out.line("cmark-gfm CLI", ResultPrinter.seconds(outcome.seconds),
                     "sitegen / cmark = \(ResultPrinter.ratio(wall / outcome.seconds)) (target ≤ 1.2×; \(site.markdownPages.count) pages, \(ResultPrinter.megabytes(bytes)))")
        } catch {
            out.line("cmark-gfm CLI", "failed: \(error)")
        }
    }

    /// (b) Hugo on the same Markdown pages.
    private func compareWithHugo(site: SiteFiles, wall: Double, work: WorkFolder) {
        guard let executable = ChildProcess.find("hugo") else {
            out.line("hugo", "not installed (make bench-deps)")
            return
        }
        out.progress("hugo on the \(site.markdownPages.count) Markdown pages")
        do {
            let (outcome, pages) = try HugoBaseline(executable: executable).run(site: site, work: work("hugo"))
            guard outcome.succeeded else {
                out.line("hugo", "failed (see \(work("hugo/hugo.stderr")))")
                return
            }
            out.line("hugo", ResultPrinter.seconds(outcome.seconds),
                     "hugo / sitegen = \(ResultPrinter.ratio(outcome.seconds / wall)) (target ≥ 3×; \(pages) pages, peak \(ResultPrinter.megabytes(outcome.peakMemory)))")
        } catch {
            out.line("hugo", "failed: \(error)")
        }
    }

    /// (e) The same build at N2 documents, when the disk has room for it.
    private func scaleRun(generator: Generator, builder: SitegenBuild, corpus: Corpus, site: SiteFiles,
                          wall: Double, work: WorkFolder) throws {
        let n2 = options.scale
        let label = "N=\(n2) total"
        guard n2 > 0 else {
            out.line("scale run", "skipped (--scale 0)")
            return
        }
        // The corpus, the output and sitegen's staging copy of it, with a gigabyte to spare.
        let perDocument = Double(corpus.bytes + site.bytes) / Double(corpus.documents)
        let needed = Int(perDocument * Double(n2) * 2.2) + 1_000_000_000
        if let available = DiskSpace.available(at: work.path), available < needed {
            out.line(label, "skipped: needs about \(ResultPrinter.gigabytes(needed)) of disk, \(ResultPrinter.gigabytes(available)) free")
            return
        }
        out.progress("generating \(n2) documents")
        let large = try generator.generate(documents: n2, into: work("scale/Content"))
        out.progress("sitegen build of \(n2) documents")
        let build = try builder.run(in: work("scale"), label: "scale")
        out.line(label, ResultPrinter.seconds(build.outcome.seconds),
                 "= \(ResultPrinter.ratio(build.outcome.seconds / wall)) N=\(options.documents) (target ≤ 11× at 10× the documents)")
        out.line("N=\(n2) peak memory", ResultPrinter.megabytes(build.outcome.peakMemory))
        out.line("N=\(n2) phases", build.log.phases.map { "\($0.name) \(ResultPrinter.seconds($0.seconds))" }.joined(separator: ", "))
        out.line("N=\(n2) corpus", "\(ResultPrinter.megabytes(large.bytes)), \(large.pdus) PDUs; \(build.log.summary ?? "")")
    }

    /// The `sitegen` beside this executable (`.build/release/sitegen`), or `--sitegen`.
    private func locateSitegen() throws -> String {
        let path: String
        if let given = options.sitegen {
            path = URL(fileURLWithPath: given).standardizedFileURL.path
        } else {
            let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
            path = URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("sitegen").path
        }
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw SetupError(description: "no sitegen executable at \(path); build it first: swift build -c release")
        }
        return path
    }
}
