import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading input files with the system's own reasons when it fails ("Too many levels of
/// symbolic links", not "NSCocoaErrorDomain error 256"), and telling regular files from
/// folders, links and the rest.
enum FileReading {
    /// What is at a path.
    enum Kind: Equatable {
        case file, folder, link, missing
        /// A FIFO, socket or device, named (`a FIFO`).
        case other(String)
    }

    /// Why a path could not be read: the `errno` value and its sentence.
    struct Failure: Error {
        var code: Int32
        var reason: String { String(cString: strerror(code)) }
    }

    /// The kind of the entry at `path`; with `following`, of what a link leads to.
    static func kind(_ path: String, following: Bool) -> Kind {
        var status = stat()
        guard (following ? stat(path, &status) : lstat(path, &status)) == 0 else { return .missing }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: return .link
        case S_IFIFO: return .other("a FIFO (named pipe)")
        case S_IFSOCK: return .other("a socket")
        case S_IFCHR, S_IFBLK: return .other("a device")
        default: return .other("this entry")
        }
    }

    /// A name in a folder's listing, and its kind when the listing says it (a regular
    /// file, a folder or a link; nil for anything else, or when the file system does not say).
    struct Entry {
        var name: String
        var kind: Kind?
    }

    /// The entries of the folder at `path` (`.` and `..` left out), in the order the system
    /// lists them, each with its kind when the listing gives it, so that a regular file
    /// needs no `lstat`; or why the folder cannot be read.
    static func entries(of path: String) -> Result<[Entry], Failure> {
        guard let folder = opendir(path) else { return .failure(Failure(code: errno)) }
        defer { closedir(folder) }
        var entries: [Entry] = []
        errno = 0
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(cString: $0.bindMemory(to: CChar.self).baseAddress!)
            }
            guard name != ".", name != ".." else { continue }
            let kind: Kind? =
                switch Int32(entry.pointee.d_type) {
                case Int32(DT_REG): .file
                case Int32(DT_DIR): .folder
                case Int32(DT_LNK): .link
                default: nil
                }
            entries.append(Entry(name: name, kind: kind))
        }
        return errno == 0 ? .success(entries) : .failure(Failure(code: errno))
    }

    /// The real path a symbolic link leads to, all links resolved.
    static func target(of path: String) -> Result<String, Failure> {
        guard let resolved = realpath(path, nil) else { return .failure(Failure(code: errno)) }
        defer { free(resolved) }
        return .success(String(cString: resolved))
    }

    /// The bytes of the regular file at `path` (following links); a FIFO or other special
    /// file is refused without being opened, so that reading never blocks.
    static func contents(of path: String) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(Failure(code: errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(Failure(code: errno)) }
        guard status.st_mode & S_IFMT == S_IFREG else {
            return .failure(Failure(code: status.st_mode & S_IFMT == S_IFDIR ? EISDIR : EINVAL))
        }
        // Read straight into an array of the file's size (one byte more, to see the end);
        // a file that grew meanwhile is read on, in chunks.
        var failure: Failure?
        var bytes = [UInt8](unsafeUninitializedCapacity: Int(status.st_size) + 1) { buffer, count in
            while count < buffer.count {
                let got = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else {
                    if got < 0 { failure = Failure(code: errno) }
                    return
                }
                count += got
            }
        }
        if let failure { return .failure(failure) }
        guard bytes.count == Int(status.st_size) + 1 else { return .success(bytes) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { return .failure(Failure(code: errno)) }
            if count == 0 { return .success(bytes) }
            bytes += chunk[..<count]
        }
    }

    /// The system's sentence for a Foundation file error, when it has one.
    static func reason(_ error: Error) -> String {
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return (error as NSError).localizedDescription
    }
}
