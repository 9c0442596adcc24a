import Foundation

/// Times the phases of a build and prints one line for each (`parse    5 documents,
/// 0.3 MB in 0.05 s`), unless quiet. The clock comes from the environment.
struct PhaseLog {
    let environment: SitegenEnvironment
    let quiet: Bool
    /// When the log started, by the environment's clock.
    let start: Double

    /// Prints the build's last line, its summary.
    let finish: (String) -> Void

    /// A log that prints the summary like a phase line (unless quiet), or with `finish`.
    init(environment: SitegenEnvironment, quiet: Bool, finish: ((String) -> Void)? = nil) {
        self.environment = environment
        self.quiet = quiet
        start = environment.clock()
        self.finish = finish ?? { if !quiet { environment.console.standardOutput($0 + "\n") } }
    }

    /// Runs `body`, then prints `name`, what `summary` says of its result, and the time taken.
    func measure<T>(_ name: String, _ body: () throws -> T, summary: (T) -> String) rethrows -> T {
        let before = environment.clock()
        let result = try body()
        print(phase: name, summary(result), seconds: environment.clock() - before)
        return result
    }

    /// Prints the line of the phase `name`, which did what `summary` says in `seconds`.
    func print(phase name: String, _ summary: String, seconds: Double) {
        print(name.padding(toLength: 9, withPad: " ", startingAt: 0) + summary + " in " + Self.seconds(seconds))
    }

    /// Prints `line`.
    func print(_ line: String) {
        if !quiet { environment.console.standardOutput(line + "\n") }
    }

    /// Seconds since the log started, as printed.
    var elapsed: String { Self.seconds(environment.clock() - start) }

    static func seconds(_ value: Double) -> String { String(format: "%.2f s", max(0, value)) }

    /// `1.2 MB`.
    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_000_000) }
}
