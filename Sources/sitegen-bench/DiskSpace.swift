import Glibc

/// Free disk space where a folder lies (`statvfs`), for deciding whether a large run fits.
enum DiskSpace {
    /// Bytes available to an unprivileged user on the file system of `path`, or nil.
    static func available(at path: String) -> Int? {
        var stats = statvfs()
        guard statvfs(path, &stats) == 0 else { return nil }
        return Int(stats.f_bavail) * Int(stats.f_frsize)
    }
}
