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
            throw SetupError(
                description:
                    "no templates folder at '\(options.templates)'; run from the repository root or give --templates")
        }
        let seeds = try Seeds(folder: options.seeds)
        let machine = Machine()
        let work = try WorkFolder(keep: options.keep)
        defer { work.finish() }
        try FileManager.default.createDirectory(atPath: work("logs"), withIntermediateDirectories: true)
        let builder = SitegenBuild(executable: sitegen, templates: templates, logs: work("logs"))
        let generator = Generator(seeds: seeds, seed: options.seed)

        out.line(
            "machine",
            "\(machine.cores) cores, \(machine.processor), \(ResultPrinter.gigabytes(machine.memoryBytes)) RAM")
        out.line("date", machine.date)
        out.line("sitegen", (machine.commit ?? "unknown commit") + " " + sitegen)
        out.line("command", options.commandLine)
        out.line("work folder", work.path + (work.kept ? " (kept)" : " (removed at the end)"))
        out.gap()

        // The corpus and the full build.
        let n = options.documents
        out.progress("generating \(n) documents from \(seeds.templates.count) seed texts")
        let corpus = try generator.generate(documents: n, into: work("Content"))
        out.line(
            "corpus",
            "\(corpus.documents) documents: \(corpus.reports) reports on \(corpus.pdus) PDUs, \(corpus.letters) regional letters; generated in \(ResultPrinter.seconds(corpus.seconds))"
        )
        var fullBuilds = Measurement<SitegenBuild.Result>()
        for run in 1...options.runs {
            out.progress("sitegen build of \(n) documents (run \(run) of \(options.runs))")
            // A clean build: no output and no build cache (whose parsed models would spare it the parse).
            try? FileManager.default.removeItem(atPath: work("Output"))
            try? FileManager.default.removeItem(atPath: work(".sitegen-cache"))
            let result = try builder.run(in: work.path, label: "full-\(run)")
            fullBuilds.add(result.outcome.seconds, result)
        }
        let full = fullBuilds.median.run
        let fresh = try freshBuilds(builder: builder, work: work)
        out.line("diagnostics", full.log.summary ?? "(no summary line)", "in " + full.diagnostics)
        if let errors = full.log.count(of: "errors"), errors > 0 {
            out.progress("warning: the generated corpus has \(errors) errors; see \(full.diagnostics)")
        }
        out.line(
            "runs",
            "\(options.runs) of each timing at N = \(n), the median shown"
                + (options.scale > 0 ? "; 1 at N = \(options.scale)" : ""))
        out.gap()
        let site = SiteFiles(folder: work("Output"))
        out.line("documents", String(corpus.documents))
        out.line("input", ResultPrinter.megabytes(corpus.bytes))
        out.line(
            "pages written", "\(site.htmlPages) (.html) / \(site.files) files, \(ResultPrinter.megabytes(site.bytes))")
        for phase in full.log.phases {
            var comparison = phase.detail
            if phase.name == "parse" && phase.seconds > 0 {
                let rate = Double(corpus.bytes) / 1_000_000 / phase.seconds
                comparison =
                    String(format: "%.1f MB/s = %.1f MB/s per core", rate, rate / Double(machine.cores))
                    + Self.notes("target: no slower per core than 455f4a5 on the same machine, 68.7 when measured")
            }
            out.line(phase.name, ResultPrinter.seconds(phase.seconds), comparison)
        }
        if let total = full.log.totalSeconds {
            out.line("sitegen's total", ResultPrinter.seconds(total), "as sitegen prints it")
        }
        let wall = full.outcome.seconds
        out.line(
            "total wall", ResultPrinter.seconds(wall),
            String(format: "pages/s: %.0f", Double(site.htmlPages) / wall) + Self.notes(fullBuilds.range))
        out.line(
            "total wall, fresh", ResultPrinter.seconds(fresh.median.seconds),
            "the same build into a new folder, where no file was just deleted" + Self.notes(fresh.range))
        let peak = fullBuilds.runs.map(\.run.outcome.peakMemory).max() ?? 0
        out.line(
            "peak memory", ResultPrinter.megabytes(peak),
            "the largest of the runs" + Self.notes("target < 300 MB at N = 1,000"))

        // The comparisons.
        let walls = (full: wall, fresh: fresh.median.seconds)
        compareWithCmark(site: site, walls: walls, work: work)
        compareWithHugo(site: site, walls: walls, work: work)
        measureFileFloor(site: site, walls: walls, work: work)
        var noops = Measurement<Void>()
        for run in 1...options.runs {
            out.progress("no-op rebuild (run \(run) of \(options.runs))")
            noops.add(try builder.run(in: work.path, label: "no-op-\(run)").outcome.seconds, ())
        }
        out.line(
            "no-op rebuild", ResultPrinter.seconds(noops.median.seconds),
            "= \(ResultPrinter.percent(noops.median.seconds / wall)) of full" + Self.notes("target ≤ 15%", noops.range))
        var oneReport = Measurement<Void>()
        for (run, report) in zip(1...options.runs, corpus.reportPaths) {
            let change = try ReportEdit.apply(to: work("Content/" + report))
            out.progress("one-report rebuild after changing \(report), \(change) (run \(run) of \(options.runs))")
            oneReport.add(try builder.run(in: work.path, label: "one-report-\(run)").outcome.seconds, ())
        }
        if oneReport.runs.isEmpty {
            out.line("one-report rebuild", "skipped (no PDU report in the corpus)")
        } else {
            out.line(
                "one-report rebuild", ResultPrinter.seconds(oneReport.median.seconds),
                "= \(ResultPrinter.percent(oneReport.median.seconds / wall)) of full"
                    + Self.notes("target ≤ 10%", oneReport.range))
        }
        try scaleRun(generator: generator, builder: builder, corpus: corpus, site: site, wall: wall, work: work)
    }

    /// ` (target ≤ 15%; 15.90–30.50 s over 3 runs)`: the notes that are not empty, or nothing.
    private static func notes(_ notes: String...) -> String {
        let given = notes.filter { !$0.isEmpty }
        return given.isEmpty ? "" : " (" + given.joined(separator: "; ") + ")"
    }

    /// The full build again, `--runs` times, each into a new folder of `fresh/` (kept to the
    /// end): on a file system that avoids reusing the inodes of files deleted in the last
    /// minute (ext4 without a journal), creating files where thousands were just deleted
    /// costs seconds of kernel time that a build into a new folder does not pay.
    private func freshBuilds(builder: SitegenBuild, work: WorkFolder) throws -> Measurement<Void> {
        var builds = Measurement<Void>()
        for run in 1...options.runs {
            out.progress(
                "sitegen build of \(options.documents) documents into a new folder (run \(run) of \(options.runs))")
            let folder = work("fresh/\(run)")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            builds.add(try builder.run(in: folder, content: "../../Content", label: "fresh-\(run)").outcome.seconds, ())
        }
        return builds
    }

    /// `sitegen / cmark = 3.9×, from a new folder 2.4×`: a ratio for each of the two full-build walls.
    private static func ratios(_ walls: (full: Double, fresh: Double), _ ratio: (Double) -> Double, _ name: String)
        -> String
    {
        "\(name) = \(ResultPrinter.ratio(ratio(walls.full))), into a new folder \(ResultPrinter.ratio(ratio(walls.fresh)))"
    }

    /// `run` timed `--runs` times, each after a progress note; nil, with a line saying that
    /// the run named `label` failed and where its log is, when one exits other than 0.
    private func timedRuns<Run>(
        _ label: String, progress: String, log: String, _ run: () throws -> (ChildProcess.Outcome, Run)
    ) throws -> Measurement<Run>? {
        var runs = Measurement<Run>()
        for number in 1...options.runs {
            out.progress("\(progress) (run \(number) of \(options.runs))")
            let (outcome, details) = try run()
            guard outcome.succeeded else {
                out.line(label, "failed (see \(log))")
                return nil
            }
            runs.add(outcome.seconds, details)
        }
        return runs
    }

    /// (a) The cmark-gfm CLI on the same Markdown pages.
    private func compareWithCmark(site: SiteFiles, walls: (full: Double, fresh: Double), work: WorkFolder) {
        guard let executable = ChildProcess.find("cmark-gfm") else {
            out.line("cmark-gfm CLI", "not installed (make bench-deps)")
            return
        }
        do {
            let baseline = CmarkBaseline(executable: executable, work: work("cmark"))
            let bytes = try baseline.prepare(site: site)
            guard
                let runs = try timedRuns(
                    "cmark-gfm CLI", progress: "cmark-gfm on the \(site.markdownPages.count) Markdown pages",
                    log: work("cmark/cmark-gfm.stderr"), { (try baseline.run(), ()) })
            else { return }
            let seconds = runs.median.seconds
            out.line(
                "cmark-gfm CLI", ResultPrinter.seconds(seconds),
                Self.ratios(walls, { $0 / seconds }, "sitegen / cmark")
                    + Self.notes(
                        "target ≤ 1.5×", "\(site.markdownPages.count) pages, \(ResultPrinter.megabytes(bytes))",
                        runs.range))
        } catch {
            out.line("cmark-gfm CLI", "failed: \(error)")
        }
    }

    /// (b) Hugo on the same Markdown pages.
    private func compareWithHugo(site: SiteFiles, walls: (full: Double, fresh: Double), work: WorkFolder) {
        guard let executable = ChildProcess.find("hugo") else {
            out.line("hugo", "not installed (make bench-deps)")
            return
        }
        do {
            let baseline = HugoBaseline(executable: executable, work: work("hugo"))
            try baseline.prepare(site: site)
            guard
                let runs = try timedRuns(
                    "hugo", progress: "hugo on the \(site.markdownPages.count) Markdown pages",
                    log: work("hugo/hugo.stderr"),
                    {
                        let (outcome, pages) = try baseline.run()
                        return (outcome, (pages: pages, peak: outcome.peakMemory))
                    })
            else { return }
            let (seconds, run) = runs.median
            out.line(
                "hugo", ResultPrinter.seconds(seconds),
                Self.ratios(walls, { seconds / $0 }, "hugo / sitegen")
                    + Self.notes(
                        "target ≥ 1×", "\(run.pages) pages, peak \(ResultPrinter.megabytes(run.peak))", runs.range))
        } catch {
            out.line("hugo", "failed: \(error)")
        }
    }

    /// (f) The disk's floor: the same files copied by `cp -r`, after deleting the last copy
    /// (as each full build follows the deletion of the last output), then into new folders.
    private func measureFileFloor(site: SiteFiles, walls: (full: Double, fresh: Double), work: WorkFolder) {
        guard let executable = ChildProcess.find("cp") else { return }
        do {
            let floor = FileFloor(executable: executable, work: work("floor"))
            _ = try floor.run(site: site)  // so that each timed copy follows a deletion, as the builds do
            guard
                let runs = try timedRuns(
                    "file floor", progress: "cp -r of the site's \(site.files) files", log: work("floor/cp.stderr"),
                    { (try floor.run(site: site), ()) })
            else { return }
            let seconds = runs.median.seconds
            out.line(
                "file floor", ResultPrinter.seconds(seconds),
                "= \(ResultPrinter.percent(seconds / walls.full)) of sitegen's wall: cp -r of the same "
                    + "\(site.files) files, \(ResultPrinter.megabytes(site.bytes)), the last copy deleted first"
                    + Self.notes(runs.range))
            var copy = 0
            guard
                let fresh = try timedRuns(
                    "file floor, fresh", progress: "cp -r of the site's \(site.files) files into a new folder",
                    log: work("floor/cp.stderr"),
                    {
                        copy += 1
                        return (try floor.run(site: site, into: "fresh-\(copy)"), ())
                    })
            else { return }
            out.line(
                "file floor, fresh", ResultPrinter.seconds(fresh.median.seconds),
                "= \(ResultPrinter.percent(fresh.median.seconds / walls.fresh)) of the build into a new folder: "
                    + "the same copy into a new folder" + Self.notes(fresh.range))
        } catch {
            out.line("file floor", "failed: \(error)")
        }
    }

    /// (e) The same build at N2 documents, when the disk has room for it.
    private func scaleRun(
        generator: Generator, builder: SitegenBuild, corpus: Corpus, site: SiteFiles,
        wall: Double, work: WorkFolder
    ) throws {
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
            out.line(
                label,
                "skipped: needs about \(ResultPrinter.gigabytes(needed)) of disk, \(ResultPrinter.gigabytes(available)) free"
            )
            return
        }
        out.progress("generating \(n2) documents")
        let large = try generator.generate(documents: n2, into: work("scale/Content"))
        out.progress("sitegen build of \(n2) documents")
        let build = try builder.run(in: work("scale"), label: "scale")
        out.line(
            label, ResultPrinter.seconds(build.outcome.seconds),
            "= \(ResultPrinter.ratio(build.outcome.seconds / wall)) N=\(options.documents)"
                + Self.notes("target ≤ 10.5× at 10× the documents"))
        out.line(
            "N=\(n2) peak memory", ResultPrinter.megabytes(build.outcome.peakMemory), Self.notes("target < 1 GB"))
        out.line(
            "N=\(n2) phases",
            build.log.phases.map { "\($0.name) \(ResultPrinter.seconds($0.seconds))" }.joined(separator: ", "))
        out.line(
            "N=\(n2) corpus", "\(ResultPrinter.megabytes(large.bytes)), \(large.pdus) PDUs; \(build.log.summary ?? "")")
    }

    /// The `sitegen` beside this executable (`.build/release/sitegen`), or `--sitegen`.
    private func locateSitegen() throws -> String {
        let path: String
        if let given = options.sitegen {
            path = URL(fileURLWithPath: given).standardizedFileURL.path
        } else {
            let me =
                (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                ?? CommandLine.arguments[0]
            path = URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("sitegen").path
        }
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw SetupError(description: "no sitegen executable at \(path); build it first: swift build -c release")
        }
        return path
    }
}
