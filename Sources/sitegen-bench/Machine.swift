import Foundation
import Glibc

/// The machine and the code a run measures, for the header of the results.
struct Machine {
    let cores: Int
    let processor: String
    let memoryBytes: Int
    /// UTC, `2026-11-21 21:40 UTC`.
    let date: String
    /// `git rev-parse --short HEAD` of the current folder, with `+changes` when the tree
    /// differs from it; nil without git.
    let commit: String?

    init() {
        cores = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        memoryBytes = sysconf(Int32(_SC_PHYS_PAGES)) * sysconf(Int32(_SC_PAGESIZE))
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        processor =
            cpuinfo.split(separator: "\n")
            .first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last?.trimmingSpaces } ?? "unknown processor"
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        date = formatter.string(from: Date())
        commit = Self.gitCommit()
    }

    private static func gitCommit() -> String? {
        guard let git = ChildProcess.find("git") else { return nil }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-bench-git-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        func run(_ arguments: [String]) -> String? {
            let child = ChildProcess(executable: git, arguments: arguments, standardOutput: output)
            guard (try? child.run())?.succeeded == true else { return nil }
            return (try? String(contentsOfFile: output, encoding: .utf8))?.trimmingSpaces.trimmingCharacters(
                in: .newlines)
        }
        guard let commit = run(["rev-parse", "--short", "HEAD"]), !commit.isEmpty else { return nil }
        let changes = run(["status", "--porcelain", "--untracked-files=no"]) ?? ""
        return changes.isEmpty ? commit : commit + "+changes"
    }
}
