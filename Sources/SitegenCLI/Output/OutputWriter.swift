import CRenameExchange
import Foundation
import ParallelWork
import SourceAndOutput

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Commits a complete set of files to an output folder in one step.
///
/// Every file is first written into a fresh hidden sibling folder (`.Output.tmp-<pid>`
/// beside `Output`). Only when all of them are written does the new folder take the old
/// one's place: by one atomic exchange of the two folders (Linux `renameat2`
/// `RENAME_EXCHANGE`, macOS `renamex_np` `RENAME_SWAP`), after which the staging name
/// holds the old output and is deleted; by a single rename when there was no output yet.
/// Where the system or file system cannot exchange (`ENOSYS`, `EINVAL`, `ENOTSUP`), the old
/// folder is renamed aside (`.Output.old-<pid>`) and the new one renamed into its place.
///
/// So at every instant `Output` is either the whole old output or the whole new one, and
/// files no longer produced do not linger. If a build is killed between the two renames of
/// the fallback, the next build renames the set-aside folder back before doing anything
/// else; other folders abandoned by dead processes are deleted.
///
/// Nothing is `fsync`ed: the swap is atomic against the process crashing or being killed,
/// not against the machine losing power (the output can always be built again).
///
/// The writer adds a marker file, `.sitegen-output`, and refuses to replace an existing
/// non-empty folder that lacks it, so that a mistyped `--output` cannot delete a folder
/// sitegen did not write.
///
/// Debug builds have a test hook (`OutputWriter+Testing.swift`): a pause mid-write.
public enum OutputWriter {
    /// The marker file written into every output folder.
    public static let markerName = ".sitegen-output"
    static let markerText = "This folder is written by `sitegen build` and replaced as a whole on every build.\n"

    /// Why the output could not be written; the previous output is left as it was.
    public enum Failure: Error, CustomStringConvertible, Equatable {
        /// A file path that is empty, absolute, or has an empty, `.` or `..` component.
        case invalidPath(String)
        /// Two files with the same path, or one file's path inside another's.
        case conflictingPath(String)
        /// The output path exists and is not a folder.
        case notAFolder(String)
        /// The output folder exists, is not empty, and was not written by sitegen.
        case notSitegenOutput(String)
        /// The file system refused an operation.
        case io(String)

        /// What went wrong, for the error message.
        public var description: String {
            switch self {
            case .invalidPath(let p): "invalid output file path '\(p)'"
            case .conflictingPath(let p): "two output files claim the path '\(p)'"
            case .notAFolder(let p): "'\(p)' exists and is not a folder"
            case .notSitegenOutput(let p):
                "'\(p)' is not empty and was not written by sitegen (no \(markerName) file); refusing to replace it"
            case .io(let message): message
            }
        }
    }

    /// Atomically exchanges two existing paths; returns 0, or the `errno` value.
    typealias Exchange = @Sendable (String, String) -> Int32

    /// The system's exchange (`sitegen_rename_exchange`).
    static let systemExchange: Exchange = { a, b in sitegen_rename_exchange(a, b) == 0 ? 0 : errno }

    /// Puts the complete folder `staging` in the place of `target`: an exchange (or, where
    /// the file system cannot exchange, two renames through `aside`) when `target` exists,
    /// a rename when it does not. Afterwards `staging` holds the old output, if any.
    static func replace(
        _ target: String, with staging: String, aside: String, exists: Bool,
        exchange: Exchange
    ) throws {
        guard exists else {
            guard rename(staging, target) == 0 else { throw ioFailure("cannot move the new output into", target) }
            return
        }
        let code = exchange(staging, target)
        if code == 0 { return }
        guard [ENOSYS, EINVAL, ENOTSUP, EOPNOTSUPP].contains(code) else {
            throw Failure.io("cannot exchange the new output with '\(target)': \(String(cString: strerror(code)))")
        }
        guard rename(target, aside) == 0 else { throw ioFailure("cannot move aside", target) }
        guard rename(staging, target) == 0 else {
            let failure = ioFailure("cannot move the new output into", target)
            _ = rename(aside, target)
            throw failure
        }
        removeTree(aside)
    }

    static func ioFailure(_ what: String, _ path: String) -> Failure {
        Failure.io("\(what) '\(path)': \(String(cString: strerror(errno)))")
    }
}

extension OutputWriter {
    /// A folder beside the output named by a sitegen process: its staging folder
    /// (`.Output.tmp-<pid>`) or its set-aside old output (`.Output.old-<pid>`).
    struct Leftover: Equatable {
        /// The folder's name in the output's parent folder.
        var entry: String
        /// Whether it is a set-aside old output (else a staging folder).
        var isSetAside: Bool
        /// The process that made it.
        var pid: Int32
    }

    /// The leftovers of the output folder `name` among a folder's `entries`.
    static func leftovers(among entries: [String], name: String) -> [Leftover] {
        entries.compactMap { entry in
            for (kind, isSetAside) in [(".tmp-", false), (".old-", true)] {
                let stem = "." + name + kind
                if entry.hasPrefix(stem), let pid = Int32(entry.dropFirst(stem.count)), pid > 0 {
                    return Leftover(entry: entry, isSetAside: isSetAside, pid: pid)
                }
            }
            return nil
        }
    }

    /// Cleans up after sitegen processes that no longer run (interrupted builds; a folder
    /// named with this process's own id is from an earlier process that had it). When the
    /// output folder is missing, a set-aside old output is the last complete one: it is
    /// renamed back into place (the newest, if several). Then the other abandoned staging
    /// and set-aside folders are deleted; set-aside ones only once the output folder exists.
    static func recoverAbandoned(in parent: String, name: String) {
        let fm = FileManager.default
        let target = parent + "/" + name
        let ownPid = ProcessInfo.processInfo.processIdentifier
        let abandoned = leftovers(among: (try? fm.contentsOfDirectory(atPath: parent)) ?? [], name: name)
            .filter { $0.pid == ownPid || (kill($0.pid, 0) != 0 && errno == ESRCH) }
        if !isPresent(target) {
            let newest = abandoned.filter(\.isSetAside)
                .map { (entry: $0.entry, date: modificationDate(parent + "/" + $0.entry)) }
                .max { ($0.date, $0.entry) < ($1.date, $1.entry) }
            if let newest { _ = rename(parent + "/" + newest.entry, target) }
        }
        let outputPresent = isPresent(target)
        for leftover in abandoned where !leftover.isSetAside || outputPresent {
            removeTree(parent + "/" + leftover.entry)
        }
    }

    /// ``recoverAbandoned(in:name:)`` for the output folder `output`.
    static func recoverAbandoned(beside output: String) {
        let target = Paths.standardize(output)
        recoverAbandoned(
            in: (target as NSString).deletingLastPathComponent, name: (target as NSString).lastPathComponent)
    }

    /// Deletes the folder at `path` and everything in it; nil when done (or nothing was
    /// there), else why not. A folder the build's user owns but may not write (an old output
    /// made read-only) is made writable first, so that its files can be deleted.
    @discardableResult
    static func removeTree(_ path: String, parallelism: Parallelism = .serial) -> String? {
        let fm = FileManager.default
        guard isPresent(path) else { return nil }
        if unlinkTree(path, parallelism: parallelism) { return nil }
        if (try? fm.removeItem(atPath: path)) != nil { return nil }
        makeFoldersWritable(path)
        do {
            try fm.removeItem(atPath: path)
            return nil
        } catch {
            return FileReading.reason(error)
        }
    }

    /// Deletes `path` and everything under it by name, links not followed: a folder's
    /// entries as its listing names them (`fstatat` only where the listing does not say
    /// whether an entry is a folder), each file by its name in the open folder, the top
    /// level's entries on every core. False when something is left (say, in a folder
    /// without write permission), for the slower way.
    private static func unlinkTree(_ path: String, parallelism: Parallelism) -> Bool {
        let folder = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard folder >= 0 else { return unlink(path) == 0 }
        defer { close(folder) }
        guard let entries = entries(of: folder) else { return false }
        let removed = entries.parallelMap(parallelism) { entry in
            entry.isFolder
                ? unlinkTree(path + "/" + entry.name, parallelism: .serial) : unlinkat(folder, entry.name, 0) == 0
        }
        return !removed.contains(false) && rmdir(path) == 0
    }

    /// The names in the open folder `folder`, whether each is a folder itself (not a link
    /// to one), and its inode as the listing gives it; nil when it cannot be listed.
    static func entries(of folder: Int32) -> [(name: String, isFolder: Bool, inode: UInt64)]? {
        let descriptor = dup(folder)
        guard descriptor >= 0 else { return nil }
        guard let listing = fdopendir(descriptor) else {
            close(descriptor)
            return nil
        }
        defer { closedir(listing) }
        var entries: [(name: String, isFolder: Bool, inode: UInt64)] = []
        while let entry = readdir(listing) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(cString: $0.bindMemory(to: CChar.self).baseAddress!)
            }
            guard name != ".", name != ".." else { continue }
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var status = stat()
                isFolder =
                    fstatat(folder, name, &status, AT_SYMLINK_NOFOLLOW) == 0 && status.st_mode & S_IFMT == S_IFDIR
            }
            entries.append((name, isFolder, UInt64(entry.pointee.d_ino)))
        }
        return entries
    }

    /// Adds the owner's write and search permission to `path` and every folder under it
    /// (links are not followed).
    private static func makeFoldersWritable(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return }
        _ = chmod(path, (status.st_mode & 0o7777) | 0o700)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            makeFoldersWritable(path + "/" + name)
        }
    }

    /// Whether anything (even a dangling symbolic link) is at `path`.
    private static func isPresent(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)) != nil
    }

    private static func modificationDate(_ path: String) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date) ?? .distantPast
    }
}
