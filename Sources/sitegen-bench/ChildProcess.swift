import Foundation
import Glibc

/// Runs a program as a child process (`posix_spawn`), waits for it with `wait4` and keeps
/// what the kernel accounts for it: wall time, peak resident memory, exit status.
/// (Foundation's `Process` reaps its child itself, so its resource usage is lost.)
struct ChildProcess {
    let executable: String
    let arguments: [String]
    /// The child's working folder; nil for ours.
    var directory: String?
    /// Where the child's standard output and standard error go (files, created or
    /// truncated; `/dev/null` to discard).
    var standardOutput = "/dev/null"
    var standardError = "/dev/null"

    /// What a finished child did.
    struct Outcome {
        /// The exit status, or nil when a signal ended the child (`signal` says which).
        let status: Int32?
        let signal: Int32?
        let seconds: Double
        /// Peak resident set size, in bytes (`ru_maxrss`).
        let peakMemory: Int
        var succeeded: Bool { status == 0 }
    }

    struct SpawnError: Error, CustomStringConvertible {
        let executable: String
        let code: Int32
        var description: String { "cannot run \(executable): \(String(cString: strerror(code)))" }
    }

    func run() throws -> Outcome {
        // Earlier runs' files still being written back to disk would slow this one down.
        sync()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, standardError, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        // The child starts in our working folder: move there for the spawn (this program
        // has one thread; posix_spawn_file_actions_addchdir_np is not in Swift's Glibc).
        let ourDirectory = FileManager.default.currentDirectoryPath
        if let directory, chdir(directory) != 0 { throw SpawnError(executable: directory, code: errno) }
        let start = Clock.now()  // after sync, which can take seconds
        let code = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        if directory != nil { _ = chdir(ourDirectory) }
        guard code == 0 else { throw SpawnError(executable: executable, code: code) }

        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let seconds = Clock.now() - start
        let signal = status & 0x7f
        return Outcome(
            status: signal == 0 ? (status >> 8) & 0xff : nil, signal: signal == 0 ? nil : signal,
            seconds: seconds, peakMemory: Int(usage.ru_maxrss) * 1024)
    }

    /// The full path of `name` on `PATH`, or nil when it is not installed.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { access($0, X_OK) == 0 }
    }
}
