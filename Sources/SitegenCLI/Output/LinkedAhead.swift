import Foundation
import ParallelWork

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The old output's files linked into a new staging folder ahead of the build's plan, on a
/// thread of their own once the texts are parsed, while the reports are checked against
/// each other and the site is made on one core: a rebuild's plan takes nearly every file,
/// and linking one does not depend on its key, only on its being the file the previous
/// build recorded (its stamp, else its digest, ``BuildCache/stamp(of:holding:inParts:)``).
/// ``StagedOutput`` then takes the files the plan takes by their links
/// (``StagedOutput/reuse(_:parallelism:)``) and deletes the links the plan did not take,
/// and the folders made only for them, before anything is made
/// (``StagedOutput/dropLinksNotTaken()``). The files made in parts are not linked: they are
/// always made (a kept old output's copy of one is left in place, to be written over:
/// ``StagedOutput/begin(_:)``); nor is a path that is not clean and relative
/// (``StagedOutput/isClean(_:)``).
/// Until the exchange only the staging folder is written; the output is untouched.
final class LinkedAhead: Sendable {
    /// What was linked: each file's path with its stamp, and the folders made for them,
    /// each after its parent; and the files made in parts that a kept old output held,
    /// left where they are to be written over.
    struct Links: Sendable {
        var stamps: [String: FileStamp] = [:]
        var folders: [String] = []
        var keptParts: Set<String> = []
    }

    private let links = Locked<Links?>(nil)
    private let done = DispatchGroup()

    /// Starts linking into `staging` the files of `previous` (the old output at `target`),
    /// on a thread of its own (at once, when `parallelism` is serial).
    init(_ previous: BuildCache, from target: String, into staging: String, parallelism: Parallelism) {
        let (links, done) = (links, done)
        done.enter()
        let work: @Sendable () -> Void = {
            let made = Self.link(previous, from: target, into: staging)
            links.withLock { $0 = made }
            done.leave()
        }
        if parallelism.isSerial { work() } else { Thread(block: work).start() }
    }

    /// What was linked, once it all is (waits for the linking thread).
    var value: Links {
        done.wait()
        return links.value ?? Links()
    }

    /// Links each file `previous` recorded (but those made in parts) from `target` into
    /// `staging`, folder by folder (each folder opened once, its files linked by name), when
    /// it is the file recorded; makes the folders they need.
    ///
    /// `staging` may start as a kept old output (``KeptOutput``) rather than empty: then
    /// what is not to be linked is deleted first, a file already linked to the recorded file
    /// (the same inode, as the folder's listing gives it: no call per file) is left as it
    /// is, and any other file in its place is replaced; but a file made in parts is left
    /// (its pages written over make its next copy cheaper than a new file: no pages freed,
    /// none taken). Either way `staging` ends holding the marker file, the links and their
    /// folders, and nothing else but those files made in parts.
    static func link(_ previous: BuildCache, from target: String, into staging: String) -> Links {
        var byFolder: [String: [(path: String, name: String)]] = [:]
        var partedByFolder: [String: Set<String>] = [:]
        for path in previous.entries.keys where StagedOutput.isClean(path) {
            let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
            let folder = slash.map { String(path[..<$0]) } ?? ""
            let name = slash.map { String(path[path.utf8.index(after: $0)...]) } ?? path
            if previous.parts[path] == nil {
                byFolder[folder, default: []].append((path, name))
            } else {
                partedByFolder[folder, default: []].insert(name)
            }
        }
        let ancestry = Dictionary(
            uniqueKeysWithValues: Set(byFolder.keys).union(partedByFolder.keys).map { folder in
                (
                    folder,
                    folder.utf8.indices.filter { folder.utf8[$0] == UInt8(ascii: "/") }
                        .map { String(folder[..<$0]) } + [folder]
                )
            })
        let (kept, keptParts) = clear(
            staging, keeping: byFolder, parted: partedByFolder, folders: Set(ancestry.values.joined()))
        var links = Links(keptParts: keptParts)
        links.stamps.reserveCapacity(previous.entries.count)
        var made: Set<String> = [""]
        for folder in byFolder.keys.sorted() {
            guard
                ancestry[folder, default: []].allSatisfy({ ancestor in
                    if made.contains(ancestor) { return true }
                    guard mkdir(staging + "/" + ancestor, 0o755) == 0 || errno == EEXIST else { return false }
                    made.insert(ancestor)
                    links.folders.append(ancestor)
                    return true
                })
            else { continue }
            let old = open(folder.isEmpty ? target : target + "/" + folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            let new = open(folder.isEmpty ? staging : staging + "/" + folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            defer {
                if old >= 0 { close(old) }
                if new >= 0 { close(new) }
            }
            guard new >= 0 else { continue }
            for (path, name) in byFolder[folder] ?? [] {
                guard old >= 0, let entry = previous.entries[path] else {
                    unlinkat(new, name, 0)
                    continue
                }
                var stamp = FileStamp(in: old, name: name)
                if !previous.isRecorded(stamp, for: entry) {
                    stamp = previous.stamp(of: target + "/" + path, holding: entry)
                }
                guard let stamp else {
                    unlinkat(new, name, 0)
                    continue
                }
                // A kept file already linked to it stays (the same inode: the same file).
                if let inode = kept[path] {
                    guard inode != stamp.inode else {
                        links.stamps[path] = stamp
                        continue
                    }
                    unlinkat(new, name, 0)
                }
                guard linkat(old, name, new, name, 0) == 0 else { continue }
                links.stamps[path] = stamp
            }
        }
        return links
    }

    /// Deletes from `staging` every file but the marker and those `byFolder` and `parted`
    /// name, and every folder not among `folders` (with what it holds): nothing, for a new
    /// staging folder; what a kept old output holds that the old output does not link or
    /// make in parts. The inodes of the files left that `byFolder` names (as the folders'
    /// listings give them), by path, and the paths of those `parted` names.
    private static func clear(
        _ staging: String, keeping byFolder: [String: [(path: String, name: String)]],
        parted: [String: Set<String>], folders: Set<String>
    ) -> (left: [String: UInt64], parted: Set<String>) {
        var left: [String: UInt64] = [:]
        var keptParts: Set<String> = []
        func clear(_ folder: String) {
            let path = folder.isEmpty ? staging : staging + "/" + folder
            let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else { return }
            defer { close(descriptor) }
            let names = Set((byFolder[folder] ?? []).map(\.name))
            for (name, isFolder, inode) in OutputWriter.entries(of: descriptor) ?? [] {
                let inner = folder.isEmpty ? name : folder + "/" + name
                if isFolder, folders.contains(inner) {
                    clear(inner)
                } else if isFolder {
                    OutputWriter.removeTree(staging + "/" + inner)
                } else if names.contains(name) {
                    left[inner] = inode
                } else if parted[folder]?.contains(name) == true {
                    keptParts.insert(inner)
                } else if !(folder.isEmpty && name == OutputWriter.markerName) {
                    unlinkat(descriptor, name, 0)
                }
            }
        }
        clear("")
        return (left, keptParts)
    }
}
