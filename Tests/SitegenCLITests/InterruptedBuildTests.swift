import Foundation
@_spi(Testing) import SitegenCLI
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if DEBUG
/// Runs the real `sitegen` executable on the repository's content and kills it mid-write
/// (held there by the pause hook, which debug builds alone have: `swift test` builds them).
@Suite struct InterruptedBuildTests {
    @Test func aBuildKilledMidWriteLeavesTheOldOutputIntact() throws {
        let sitegen = try #require(SitegenExecutable.url, "no sitegen executable beside the test bundle")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let arguments = [
            "build", "--content", repository + "/Content", "--templates", repository + "/Templates",
            "--output", folder.path + "/Output", "--quiet",
        ]

        let first = try SitegenProcess.start(sitegen, arguments, in: folder)
        first.waitUntilExit()
        #expect(first.terminationStatus == 0, "\(SitegenProcess.errors(in: folder))")
        let before = FolderSnapshot(folder.path + "/Output")
        #expect(before.files.keys.contains(OutputWriter.markerName))
        let pauseAfter = max(1, (before.files.count - 1) / 2)

        // --no-cache: inputs unchanged, a cached build would have nothing to write.
        let hooked = try SitegenProcess.start(
            sitegen, arguments + ["--no-cache"], in: folder,
            environment: [OutputWriter.pauseVariable: String(pauseAfter)])
        let staging = folder.path + "/.Output.tmp-\(hooked.processIdentifier)"
        // The marker file and `pauseAfter` files: the writer is asleep.
        let paused = SitegenProcess.poll(timeout: 120) {
            !hooked.isRunning || FolderSnapshot(staging).files.count >= pauseAfter + 1
        }
        #expect(hooked.isRunning, "sitegen finished before it was killed")
        if hooked.isRunning { kill(hooked.processIdentifier, SIGKILL) }
        hooked.waitUntilExit()
        try #require(paused)
        #expect(hooked.terminationReason == .uncaughtSignal)
        #expect(hooked.terminationStatus == SIGKILL)
        #expect(FileManager.default.fileExists(atPath: staging), "the staging folder was being written")
        let after = FolderSnapshot(folder.path + "/Output")
        let intact = after == before
        #expect(intact, "Output/ changed: \(after.paths(differingFrom: before))")

        let next = try SitegenProcess.start(sitegen, arguments, in: folder)
        next.waitUntilExit()
        #expect(next.terminationStatus == 0, "\(SitegenProcess.errors(in: folder))")
        #expect(folder.entries().filter { $0.hasPrefix(".Output.") } == [])
        #expect(FolderSnapshot(folder.path + "/Output").files.keys.contains(OutputWriter.markerName))
    }
}
#endif

/// Every entry under a folder: each file's bytes, each folder, each other entry, by relative path.
private struct FolderSnapshot: Equatable {
    var files: [String: [UInt8]] = [:]
    var folders: Set<String> = []
    var others: Set<String> = []

    init(_ root: String) {
        let fm = FileManager.default
        for case let relative as String in fm.enumerator(atPath: root) ?? .init() {
            let path = root + "/" + relative
            switch (try? fm.attributesOfItem(atPath: path))?[.type] as? FileAttributeType {
            case .typeDirectory?: folders.insert(relative)
            case .typeRegular?: files[relative] = fm.contents(atPath: path).map { [UInt8]($0) }
            default: others.insert(relative)
            }
        }
    }

    /// The paths whose kind or bytes differ between the two snapshots, sorted.
    func paths(differingFrom other: FolderSnapshot) -> [String] {
        let paths = Set(files.keys).union(other.files.keys).filter { files[$0] != other.files[$0] }
        return
            (paths.union(folders.symmetricDifference(other.folders))
            .union(others.symmetricDifference(other.others))).sorted()
    }
}

/// Where SwiftPM put the `sitegen` executable: the products folder holding the test bundle.
enum SitegenExecutable {
    static var url: URL? {
        let starts =
            [Bundle.main.bundleURL, Bundle.main.executableURL].compactMap { $0 }
            + CommandLine.arguments.map { URL(fileURLWithPath: $0) }
        return starts.lazy.compactMap(productsFolder).map { $0.appendingPathComponent("sitegen") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// The folder holding the `*.xctest` bundle on `url`'s path, else `url`'s own folder.
    private static func productsFolder(_ url: URL) -> URL? {
        let parts = url.standardizedFileURL.pathComponents
        if let bundle = parts.lastIndex(where: { $0.hasSuffix(".xctest") }) {
            return URL(fileURLWithPath: NSString.path(withComponents: Array(parts[..<bundle])))
        }
        return url.hasDirectoryPath ? url : url.deletingLastPathComponent()
    }
}

/// Starting `sitegen` as a child process.
enum SitegenProcess {
    /// Starts `executable` in `folder` with the test's environment plus `environment`; its
    /// standard output is discarded, its standard error goes to `folder`'s `stderr.txt`.
    static func start(
        _ executable: URL, _ arguments: [String], in folder: TemporaryFolder,
        environment: [String: String] = [:], log name: String = "stderr.txt"
    ) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        process.environment = ProcessInfo.processInfo.environment
            .filter { $0.key != "SITEGEN_TEST_PAUSE_AFTER_FILES" }  // the pause hook's (debug builds only)
            .merging(environment) { _, new in new }
        process.standardOutput = FileHandle.nullDevice
        let log = folder.path + "/" + name
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        process.standardError = FileHandle(forWritingAtPath: log)
        try process.run()
        return process
    }

    /// What the last process started in `folder` wrote to standard error.
    static func errors(in folder: TemporaryFolder) -> String { folder.read("stderr.txt") ?? "" }

    /// Waits until `condition` holds, checking every 50 ms; false if `timeout` seconds pass first.
    static func poll(timeout: TimeInterval, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition() {
            if Date() > deadline { return false }
            usleep(50_000)
        }
        return true
    }
}
