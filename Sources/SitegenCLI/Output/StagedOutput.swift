import Foundation
import ParallelWork
import SourceAndOutput

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output folder being built: each file goes into the hidden staging folder beside the
/// output as soon as the build makes it (so the build never holds the whole site in
/// memory), and ``commit(alongside:parallelism:)`` puts the staging folder in the output's
/// place in one step (see ``OutputWriter``). Until then the output folder is untouched;
/// ``discard()`` (or a crash) leaves it so.
///
/// Thread-safe: files may be added from any number of threads at once.
final class StagedOutput: FileSink {
    let target: String
    let staging: String
    private let aside: String
    /// Where the old output is kept after the exchange, to be this output's next staging
    /// folder (``KeptOutput``); nil to delete it.
    private let kept: String?
    /// Whether the staging folder started as the kept old output of the build before last
    /// (not empty): then it is brought up to the old output (``linkAhead(parallelism:)``)
    /// before any file is taken or made.
    private let startedKept: Bool
    private let existed: Bool
    private let exchange: OutputWriter.Exchange
    #if DEBUG
    /// The pause hook's file count (debug builds only; see `OutputWriter+Testing.swift`).
    private let pauseAfter = OutputWriter.pauseAfterFiles(ProcessInfo.processInfo.environment)
    #endif
    /// What the last build of this output made, whose unchanged files are taken from it.
    let previous: BuildCache?
    /// The paths claimed so far, and what was added.
    let state = Locked(State())
    /// The old output's files whose parts are taken, by path (nil: not the recorded file).
    let recordedFiles = Locked<[String: OpenFile?]>([:])
    /// The old output's files linked into the staging folder ahead of the plan: not yet,
    /// being linked (until the plan's files are taken, ``dropLinksNotTaken()``), or done with.
    private let linkedAhead = Locked(LinksAhead.notBegun)
    /// The files made in parts that a kept old output left in the staging folder
    /// (``LinkedAhead/Links/keptParts``), to be written over; those the build does not make
    /// are deleted before the exchange (``dropKeptPartsNotMade()``).
    private let keptParts = Locked<Set<String>>([])

    /// Where the links made ahead are (``linkAhead(parallelism:)`` links once).
    private enum LinksAhead: Sendable {
        case notBegun
        case linking(LinkedAhead)
        case dropped

        /// The links, while they are being made or held.
        var links: LinkedAhead? {
            if case .linking(let links) = self { links } else { nil }
        }

        /// The links, which are then dropped.
        mutating func take() -> LinkedAhead? {
            defer { self = .dropped }
            return links
        }
    }

    /// What the staging folder holds so far.
    struct State: Sendable {
        var files: Set<String> = [OutputWriter.markerName]
        var folders: Set<String> = [""]
        var written = Written()
    }

    /// What was added to the staging folder.
    struct Written: Sendable {
        /// Every file added, with its keys (for the next build's cache).
        var entries: [String: BuildCache.Entry] = [:]
        /// The parts of the files made in parts, by path (see ``BuildCache/parts``).
        var parts: [String: [BuildCache.Part]] = [:]
        /// Files added, and their total size in bytes.
        var count = 0
        var bytes = 0
        /// Files taken unchanged from the previous output.
        var reused = 0

        mutating func add(_ path: String, _ entry: BuildCache.Entry, reused wasReused: Bool) {
            entries[path] = entry
            count += 1
            bytes += entry.size
            if wasReused { reused += 1 }
        }
    }

    /// What was added so far (read once the build's parallel steps are over).
    var written: Written { state.withLock { $0.written } }

    /// Prepares to replace `directory`: recovers what interrupted builds left beside it,
    /// refuses a folder sitegen did not write, and creates the staging folder with the
    /// marker file.
    ///
    /// With `kept` (a folder in the build cache) and a `previous` build, the staging folder
    /// is the old output that the build before last left there, when there is one
    /// (``KeptOutput``); without a previous build, a kept folder is stale and deleted.
    init(
        directory: String, previous: BuildCache? = nil, kept: String? = nil,
        exchange: @escaping OutputWriter.Exchange = OutputWriter.systemExchange
    ) throws {
        let fm = FileManager.default
        target = Paths.standardize(directory)
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        guard !name.isEmpty, name != "/", name != ".", name != ".." else {
            throw OutputWriter.Failure.notAFolder(directory)
        }
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
        self.previous = existed ? previous : nil
        self.kept = kept
        OutputWriter.removeTree(staging)
        OutputWriter.removeTree(aside)
        startedKept = KeptOutput.take(kept, as: staging, whenUsed: self.previous != nil)
        guard startedKept || mkdir(staging, 0o755) == 0 else { throw OutputWriter.ioFailure("cannot create", staging) }
        do {
            if startedKept { unlink(staging + "/" + OutputWriter.markerName) }
            try Self.writeFile(Array(OutputWriter.markerText.utf8), to: staging + "/" + OutputWriter.markerName)
        } catch {
            discard()
            throw error
        }
        pauseForTests(after: 0)
    }

    /// Starts linking the old output's files into the staging folder (``LinkedAhead``), on a
    /// thread of its own unless `parallelism` is serial; the plan's files are then taken
    /// from these links (``reuse(_:parallelism:)``) until ``dropLinksNotTaken()``.
    ///
    /// A staging folder that started as a kept old output (``KeptOutput``) is brought up to
    /// the old output by the same links: what it holds already is left, the rest deleted.
    func linkAhead(parallelism: Parallelism) {
        guard let previous else { return }
        let (target, staging) = (target, staging)
        linkedAhead.withLock { ahead in
            guard case .notBegun = ahead else { return }
            ahead = .linking(LinkedAhead(previous, from: target, into: staging, parallelism: parallelism))
        }
    }

    /// Writes `file` into the staging folder (or links the old output's copy when that has
    /// the same bytes). `inputKey` is what the file was made from (by default its bytes).
    /// - Throws: `OutputWriter.Failure` for a path that is not clean and relative, or
    ///   that another file (or folder) already claims, and when the write fails.
    func add(_ file: ExportFile, inputKey: ContentDigest?) throws {
        linkKeptAhead()
        let digest = ContentDigest(file.contents)
        var entry = BuildCache.Entry(inputKey: inputKey ?? digest, digest: digest, size: file.contents.count)
        try makeFolders(for: file.path)
        if let old = previous?.entries[file.path], old.digest == digest,
            let stamp = linkFromOldOutput(file.path, holding: old)
        {
            entry.stamp = stamp
            record(file.path, entry, reused: true)
            return
        }
        entry.stamp = try Self.writeFile(file.contents, to: staging + "/" + file.path)
        record(file.path, entry, reused: false)
    }

    /// Takes the file at `path` from the old output when the previous build made it from
    /// the same `inputKey` and it is unchanged there; false (nothing done) otherwise.
    func reuse(_ path: String, inputKey: ContentDigest) throws -> Bool {
        linkKeptAhead()
        if linkedAhead.value.links != nil { return reuse([(path, inputKey)], parallelism: .serial).contains(path) }
        guard var old = previous?.entries[path], old.inputKey == inputKey else { return false }
        try makeFolders(for: path)
        guard let stamp = linkFromOldOutput(path, holding: old) else {
            state.withLock { _ = $0.files.remove(path) }
            return false
        }
        old.stamp = stamp
        record(path, old, reused: true)
        return true
    }

    /// Takes each of `files` (a path and an input key) that ``reuse(_:inputKey:)`` would
    /// take; the paths taken. From the links made ahead (``linkAhead(parallelism:)``), all
    /// under one lock; else each linked on its own, on every core.
    func reuse(_ files: [(path: String, key: ContentDigest)], parallelism: Parallelism) -> Set<String> {
        linkKeptAhead()
        guard let previous, let links = linkedAhead.value.links?.value else {
            let taken = files.parallelMap(parallelism) { (try? reuse($0.path, inputKey: $0.key)) == true }
            return Set(zip(files, taken).filter(\.1).map(\.0.path))
        }
        let found = files.compactMap { path, key -> (String, BuildCache.Entry)? in
            guard var old = previous.entries[path], old.inputKey == key, let stamp = links.stamps[path] else {
                return nil
            }
            old.stamp = stamp
            return (path, old)
        }
        var taken: Set<String> = []
        let (before, after) = state.withLock { state in
            let before = state.written.count
            // Room made once: grown a file at a time, the set and table are hashed again at each doubling.
            state.files.reserveCapacity(state.files.count + found.count)
            state.written.entries.reserveCapacity(state.written.entries.count + found.count)
            for (path, entry) in found {
                // Its folders were made with the link.
                guard (try? Self.claim(path, in: &state, create: { _ in })) != nil else { continue }
                state.written.add(path, entry, reused: true)
                taken.insert(path)
            }
            return (before, state.written.count)
        }
        for count in before..<after { pauseForTests(after: count + 1) }
        return taken
    }

    /// Deletes the links made ahead (``LinkedAhead``) that ``reuse(_:parallelism:)`` did not
    /// take, and the folders made for them that no file taken is in, so that the staging
    /// folder holds only what the build takes; to be called once the plan's files are taken,
    /// before any is made; later files are linked one by one as they are taken.
    /// - Throws: `OutputWriter.Failure` when one cannot be deleted.
    func dropLinksNotTaken() throws {
        linkKeptAhead()
        guard let links = linkedAhead.withLock({ $0.take() })?.value else { return }
        keptParts.withLock { $0 = links.keptParts }
        let (files, folders) = state.withLock { ($0.files, $0.folders) }
        for path in links.stamps.keys where !files.contains(path) {
            guard unlink(staging + "/" + path) == 0 || errno == ENOENT else {
                throw OutputWriter.ioFailure("cannot delete", staging + "/" + path)
            }
        }
        for folder in links.folders.reversed() where !folders.contains(folder) {
            guard rmdir(staging + "/" + folder) == 0 else {
                throw OutputWriter.ioFailure("cannot delete", staging + "/" + folder)
            }
        }
    }

    /// Brings a staging folder that started as a kept old output up to the old output
    /// (``linkAhead(parallelism:)``, on this thread) unless that has begun: before the
    /// plan's files are taken or any is made, whatever the caller did first.
    private func linkKeptAhead() {
        if startedKept, case .notBegun = linkedAhead.value { linkAhead(parallelism: .serial) }
    }

    /// Claims `path` and creates its folders in the staging folder (under the lock, so
    /// that no thread writes into a folder another thread has yet to create).
    func makeFolders(for path: String) throws {
        try claim(path) { folder in
            guard mkdir(staging + "/" + folder, 0o755) == 0 || errno == EEXIST else {
                throw OutputWriter.ioFailure("cannot create", staging + "/" + folder)
            }
        }
    }

    /// Hard-links the old output's file at `path` into the staging folder if it holds the
    /// bytes `entry` recorded (so a hand-edited output file is never carried over); its
    /// stamp, or nil when it was not linked. Only a regular file is taken: a link or
    /// anything else in its place is never carried over.
    func linkFromOldOutput(
        _ path: String, holding entry: BuildCache.Entry, to destination: String? = nil
    ) -> FileStamp? {
        let old = target + "/" + path
        guard let stamp = previous?.stamp(of: old, holding: entry, inParts: previous?.parts[path]),
            link(old, destination ?? staging + "/" + path) == 0
        else { return nil }
        return stamp
    }

    func record(_ path: String, _ entry: BuildCache.Entry, reused wasReused: Bool) {
        let added = state.withLock { state in
            state.written.add(path, entry, reused: wasReused)
            return state.written.count
        }
        pauseForTests(after: added)
    }

    /// The pause hook: sleeps for a minute after the file its count names (debug builds
    /// only), so that a test can kill the build mid-write.
    private func pauseForTests(after count: Int) {
        #if DEBUG
        if count == pauseAfter { sleep(60) }
        #endif
    }

    /// Puts the staging folder in the output's place; then deletes the old output while
    /// `alongside` runs (at once, unless `parallelism` is serial): work that needs the new
    /// output in place but not the old one gone, such as recording the build cache.
    /// - Returns: a warning when the old output could not be deleted (it is left in the
    ///   staging folder, which the next build tries to delete again), else nil.
    @discardableResult
    func commit(alongside: @escaping @Sendable () -> Void = {}, parallelism: Parallelism = .serial) throws -> String? {
        // The old files whose parts were taken are closed while the old output still links
        // them: closing the last descriptor of a file with no link left frees its pages
        // (tens of megabytes: the open data, the search index) on this thread, after all
        // else; deleted with the old output, they are freed on the threads that delete it.
        recordedFiles.withLock { $0.removeAll() }
        do {
            try dropKeptPartsNotMade()
            try OutputWriter.replace(target, with: staging, aside: aside, exists: existed, exchange: exchange)
        } catch {
            discard()
            throw error
        }
        // The staging folder holds the old output now (or nothing): kept for the next build
        // when this one took most of its files from it (``KeptOutput``), else deleted.
        let tally = written
        let keeps = KeptOutput.isWorthKeeping(reused: tally.reused, of: tally.count)
        let (removal, _) = parallelism.run(
            { () -> String? in
                if keeps, let kept, KeptOutput.keep(staging, as: kept) { return nil }
                return OutputWriter.removeTree(staging, parallelism: parallelism)
            }, alongside: alongside)
        return removal.map {
            "cannot delete the old output, left in '\(staging)': \($0); delete it by hand"
        }
    }

    /// Deletes the files made in parts that a kept old output left in the staging folder and
    /// that this build did not make, and their folders that it made nothing in.
    /// - Throws: `OutputWriter.Failure` when one cannot be deleted.
    private func dropKeptPartsNotMade() throws {
        let (files, folders) = state.withLock { ($0.files, $0.folders) }
        for path in keptParts.value where !files.contains(path) {
            guard unlink(staging + "/" + path) == 0 || errno == ENOENT else {
                throw OutputWriter.ioFailure("cannot delete", staging + "/" + path)
            }
            for folder in OutputComparison.ancestors(of: path).reversed() {
                guard !folders.contains(folder), rmdir(staging + "/" + folder) == 0 else { break }
            }
        }
    }

    /// Deletes the staging folder; the output is left as it was.
    /// - Returns: a warning when the staging folder could not be deleted, else nil.
    @discardableResult
    func discard() -> String? {
        _ = linkedAhead.withLock({ $0.take() })?.value  // no link made into the folder once it is deleted
        return OutputWriter.removeTree(staging).map {
            "cannot delete the staging folder '\(staging)': \($0); delete it by hand"
        }
    }

    /// Records `path` as a file, calling `create` for each of its folders not yet created,
    /// parents first.
    private func claim(_ path: String, create: (String) throws -> Void) throws {
        try state.withLock { try Self.claim(path, in: &$0, create: create) }
    }

    /// Whether `path` is clean and relative: names between single slashes, none of them
    /// `.` or `..`, no NUL. Read on its bytes (splitting by `Character` was most of the cost
    /// of taking a file, and would take a slash and a combining mark after it as one).
    static func isClean(_ path: String) -> Bool {
        // The name being read: its length, and how many of its bytes are dots.
        var (length, dots) = (0, 0)
        func isName() -> Bool { length > 0 && !(dots == length && length <= 2) }
        for byte in path.utf8 {
            switch byte {
            case 0: return false
            case UInt8(ascii: "/"):
                guard isName() else { return false }
                (length, dots) = (0, 0)
            default:
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return isName()
    }

    /// ``claim(_:create:)`` with `state` held.
    private static func claim(_ path: String, in state: inout State, create: (String) throws -> Void) throws {
        guard isClean(path) else { throw OutputWriter.Failure.invalidPath(path) }
        // The path up to each `/`: `a`, `a/b` for `a/b/c`.
        let ancestors = path.utf8.indices.filter { path.utf8[$0] == UInt8(ascii: "/") }.map { String(path[..<$0]) }
        guard !state.folders.contains(path), state.files.insert(path).inserted else {
            throw OutputWriter.Failure.conflictingPath(path)
        }
        if let clash = ancestors.first(where: state.files.contains) {
            state.files.remove(path)
            throw OutputWriter.Failure.conflictingPath(clash)
        }
        for folder in ancestors where !state.folders.contains(folder) {
            try create(folder)
            state.folders.insert(folder)
        }
    }

    /// Writes `bytes` to a new file at `path`; its stamp once written.
    @discardableResult
    private static func writeFile(_ bytes: [UInt8], to path: String) throws -> FileStamp? {
        let descriptor = try create(path)
        defer { close(descriptor) }
        try writeAll(bytes, to: descriptor, path: path)
        return FileStamp(descriptor: descriptor)
    }

    /// Opens the file at `path` for writing over it from its start, when it is a regular file
    /// with no other link and a new file's permissions (the marker's, made by this build):
    /// one a kept old output left (``LinkedAhead``); else deletes whatever is there and
    /// returns nil.
    func reopen(_ path: String) -> Int32? {
        // Not blocking: a FIFO put in its place is refused at once, not waited on.
        let descriptor = open(path, O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        var (status, marker) = (stat(), stat())
        if descriptor >= 0, fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_nlink == 1,
            stat(staging + "/" + OutputWriter.markerName, &marker) == 0,
            status.st_mode & 0o7777 == marker.st_mode & 0o7777
        {
            return descriptor
        }
        guard descriptor >= 0 || errno != ENOENT else { return nil }
        if descriptor >= 0 { close(descriptor) }
        unlink(path)
        return nil
    }

    /// Creates a new file at `path`, open for writing.
    static func create(_ path: String) throws -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputWriter.ioFailure("cannot write", path) }
        return descriptor
    }

    /// Writes all of `bytes` to the open file `descriptor` (at `path`).
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { throw OutputWriter.ioFailure("cannot write", path) }
            written += result
        }
    }
}
