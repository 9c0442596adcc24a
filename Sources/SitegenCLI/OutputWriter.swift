import Foundation
import OpenData
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Commits a complete set of files to an output folder in one step.
///
/// Every file is first written into a fresh hidden sibling folder
/// (`.Output.tmp-<pid>` beside `Output`); only when all of them are written is the old
/// folder renamed aside (`.Output.old-<pid>`), the new one renamed into its place, and
/// the old one deleted. A failed or interrupted write therefore never leaves a
/// half-written output folder, and files no longer produced do not linger.
///
/// The writer adds a marker file, `.sitegen-output`, and refuses to replace an existing
/// non-empty folder that lacks it, so that a mistyped `--output` cannot delete a folder
/// sitegen did not write.
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

    /// Writes `files` (paths relative to `directory`) as the whole content of
    /// `directory`, replacing what was there. Creates the parent folders if needed.
    /// On failure the previous content of `directory` is left as it was.
    public static func commit(_ files: [ExportFile], to directory: String) throws {
        try validate(files)
        let fm = FileManager.default
        let target = Paths.standardize(directory)
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        guard !name.isEmpty, name != "/", name != ".", name != ".." else { throw Failure.notAFolder(directory) }

        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: target, isDirectory: &isDirectory)
        if exists {
            guard isDirectory.boolValue else { throw Failure.notAFolder(directory) }
            let contents = (try? fm.contentsOfDirectory(atPath: target)) ?? []
            guard contents.isEmpty || contents.contains(markerName) else { throw Failure.notSitegenOutput(directory) }
        }

        do {
            try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw Failure.io("cannot create folder '\(parent)': \(error.localizedDescription)")
        }
        removeAbandoned(in: parent, name: name)

        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent + "/.\(name).tmp-\(pid)"
        let aside = parent + "/.\(name).old-\(pid)"
        try? fm.removeItem(atPath: staging)
        try? fm.removeItem(atPath: aside)

        do {
            try write(files, into: staging)
        } catch {
            try? fm.removeItem(atPath: staging)
            throw error
        }

        if exists {
            guard rename(target, aside) == 0 else {
                let reason = errnoDescription()
                try? fm.removeItem(atPath: staging)
                throw Failure.io("cannot move '\(directory)' aside: \(reason)")
            }
        }
        guard rename(staging, target) == 0 else {
            let reason = errnoDescription()
            if exists { _ = rename(aside, target) }
            try? fm.removeItem(atPath: staging)
            throw Failure.io("cannot move the new output into '\(directory)': \(reason)")
        }
        if exists { try? fm.removeItem(atPath: aside) }
    }

    /// Checks that every path is relative, clean, and claimed by one file only.
    static func validate(_ files: [ExportFile]) throws {
        var seen: Set<String> = [markerName]
        var folders: Set<String> = []
        for file in files {
            let parts = file.path.split(separator: "/", omittingEmptySubsequences: false)
            guard !file.path.isEmpty, !file.path.hasPrefix("/"), !file.path.contains("\0"),
                  parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else {
                throw Failure.invalidPath(file.path)
            }
            guard seen.insert(file.path).inserted else { throw Failure.conflictingPath(file.path) }
            for n in 1..<parts.count { folders.insert(parts[..<n].joined(separator: "/")) }
        }
        if let clash = folders.intersection(seen).sorted().first { throw Failure.conflictingPath(clash) }
    }

    private static func write(_ files: [ExportFile], into folder: String) throws {
        let fm = FileManager.default
        do {
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: false)
            try Data(markerText.utf8).write(to: URL(fileURLWithPath: folder + "/" + markerName))
            for file in files {
                let path = folder + "/" + file.path
                try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                       withIntermediateDirectories: true)
                try Data(file.contents).write(to: URL(fileURLWithPath: path))
            }
        } catch {
            throw Failure.io("cannot write the output: \(error.localizedDescription)")
        }
    }

    /// Deletes staging and set-aside folders left beside the output by sitegen processes
    /// that no longer run (an interrupted build).
    private static func removeAbandoned(in parent: String, name: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for entry in entries {
            for kind in [".tmp-", ".old-"] {
                let stem = "." + name + kind
                guard entry.hasPrefix(stem), let pid = Int32(entry.dropFirst(stem.count)), pid > 0 else { continue }
                if kill(pid, 0) != 0 && errno == ESRCH {
                    try? FileManager.default.removeItem(atPath: parent + "/" + entry)
                }
            }
        }
    }

    private static func errnoDescription() -> String { String(cString: strerror(errno)) }
}
