import Foundation

/// Reads a folder as it was at a git revision: the I/O of `sitegen diff --against REV`.
enum GitRevision {
    /// A git or tar command that failed, with what it printed.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Extracts the folder `path` (absolute, inside the git work tree around
    /// `workingDirectory`) as it was at `revision` into `destination`.
    static func extract(_ path: String, at revision: String, workingDirectory: String, into destination: String) throws
    {
        let top = Paths.standardize(
            try run(["git", "rev-parse", "--show-toplevel"], in: workingDirectory)
                .trimmingCharacters(in: .whitespacesAndNewlines))
        let resolved = Paths.resolved(path)
        guard Paths.isSameOrInside(resolved, Paths.resolved(top)) else {
            throw Failure(description: "'\(path)' is not inside the git work tree \(top)")
        }
        let inside = String(resolved.dropFirst(Paths.resolved(top).count)).drop { $0 == "/" }
        let archive = destination + ".tar"
        defer { try? FileManager.default.removeItem(atPath: archive) }
        try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
        _ = try run(["git", "archive", "--format=tar", "-o", archive, "\(revision):\(inside)"], in: top)
        _ = try run(["tar", "-xf", archive, "-C", destination], in: top)
    }

    /// Runs `arguments` (found on the PATH) in `directory`; its standard output, or a
    /// ``Failure`` with its standard error when it exits non-zero.
    static func run(_ arguments: [String], in directory: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch {
            throw Failure(description: "cannot run \(arguments[0]): \(error)")
        }
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: err, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(description: "'\(arguments.joined(separator: " "))' failed: \(message)")
        }
        return String(decoding: out, as: UTF8.self)
    }
}
