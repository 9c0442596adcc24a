import Foundation
import OpenData
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output folder being built: each file goes into the hidden staging folder beside the
/// output as soon as the build makes it (so the build never holds the whole site in
/// memory), and ``commit()`` puts the staging folder in the output's place in one step
/// (see ``OutputWriter``). Until then the output folder is untouched; ``discard()`` (or a
/// crash) leaves it so.
///
/// Thread-safe: files may be added from any number of threads at once.
final class StagedOutput: FileSink, @unchecked Sendable {
    let target: String
    let staging: String
    private let aside: String
    private let existed: Bool
    private let exchange: OutputWriter.Exchange
    private let pauseAfter: Int?
    private let lock = NSLock()
    private var files: Set<String> = [OutputWriter.markerName]
    private var folders: Set<String> = [""]
    /// Files added, and their total size in bytes.
    private(set) var count = 0
    private(set) var bytes = 0

    /// Prepares to replace `directory`: recovers what interrupted builds left beside it,
    /// refuses a folder sitegen did not write, and creates the staging folder with the
    /// marker file.
    init(directory: String, exchange: @escaping OutputWriter.Exchange = OutputWriter.systemExchange,
         pauseAfter: Int? = OutputWriter.pauseAfterFiles(ProcessInfo.processInfo.environment)) throws {
        let fm = FileManager.default
        target = Paths.standardize(directory)
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        guard !name.isEmpty, name != "/", name != ".", name != ".." else { throw OutputWriter.Failure.notAFolder(directory) }
        OutputWriter.recoverAbandoned(in: parent, name: name)

        var isDirectory: ObjCBool = false
        existed = fm.fileExists(atPath: target, isDirectory: &isDirectory)
        if existed {
            guard isDirectory.boolValue else { throw OutputWriter.Failure.notAFolder(directory) }
            let contents = (try? fm.contentsOfDirectory(atPath: target)) ?? []
            guard contents.isEmpty || contents.contains(OutputWriter.markerName) else {
                throw OutputWriter.Failure.notSitegenOutput(directory)
            }
        }
        do {
            try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw OutputWriter.Failure.io("cannot create folder '\(parent)': \(error.localizedDescription)")
        }
        let pid = ProcessInfo.processInfo.processIdentifier
        staging = parent + "/.\(name).tmp-\(pid)"
        aside = parent + "/.\(name).old-\(pid)"
        self.exchange = exchange
        self.pauseAfter = pauseAfter
        try? fm.removeItem(atPath: staging)
        try? fm.removeItem(atPath: aside)
        guard mkdir(staging, 0o755) == 0 else { throw OutputWriter.ioFailure("cannot create", staging) }
        do {
            try Self.writeFile(Array(OutputWriter.markerText.utf8), to: staging + "/" + OutputWriter.markerName)
        } catch {
            discard()
            throw error
        }
        if pauseAfter == 0 { sleep(60) }
    }

    /// Writes `file` into the staging folder.
    /// - Throws: `OutputWriter.Failure` for a path that is not clean and relative, or
    ///   that another file (or folder) already claims, and when the write fails.
    func add(_ file: ExportFile) throws {
        let newFolders = try claim(file.path)
        for folder in newFolders where mkdir(staging + "/" + folder, 0o755) != 0 && errno != EEXIST {
            throw OutputWriter.ioFailure("cannot create", staging + "/" + folder)
        }
        try Self.writeFile(file.contents, to: staging + "/" + file.path)
        let added = lock.withLock { () -> Int in
            count += 1
            bytes += file.contents.count
            return count
        }
        if added == pauseAfter { sleep(60) }
    }

    /// Puts the staging folder in the output's place; the old output is deleted.
    func commit() throws {
        do {
            try OutputWriter.replace(target, with: staging, aside: aside, exists: existed, exchange: exchange)
        } catch {
            discard()
            throw error
        }
        // Holds the old output now (or nothing); what cannot be deleted is left for the next build.
        try? FileManager.default.removeItem(atPath: staging)
    }

    /// Deletes the staging folder; the output is left as it was.
    func discard() {
        try? FileManager.default.removeItem(atPath: staging)
    }

    /// Records `path` as a file, and returns the folders to create for it, parents first.
    private func claim(_ path: String) throws -> [String] {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\0"),
              parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else {
            throw OutputWriter.Failure.invalidPath(path)
        }
        let ancestors = (1..<parts.count).map { parts[..<$0].joined(separator: "/") }
        return try lock.withLock {
            guard !folders.contains(path), files.insert(path).inserted else { throw OutputWriter.Failure.conflictingPath(path) }
            if let clash = ancestors.first(where: files.contains) {
                files.remove(path)
                throw OutputWriter.Failure.conflictingPath(clash)
            }
            return ancestors.filter { folders.insert($0).inserted }
        }
    }

    /// Writes `bytes` to a new file at `path`.
    private static func writeFile(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputWriter.ioFailure("cannot write", path) }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { throw OutputWriter.ioFailure("cannot write", path) }
            written += result
        }
    }
}

/// Where the build puts each file as soon as it is made: the staging folder of the output
/// (``StagedOutput``), a comparison with the output (``OutputCheck``), or memory.
protocol FileSink: Sendable {
    func add(_ file: ExportFile) throws
}
