import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One build at a time per output folder: an exclusive `flock` on the folder the output is
/// in (its parent, opened read-only: no lock file is left anywhere), held from before the
/// build reads its cache until it has saved it. A second build started meanwhile (to
/// this output or another in the same folder) says that it waits, then goes on, and
/// usually finds the output up to date. The lock is the kernel's: it goes with the
/// process, however that ends.
final class OutputLock {
    private let descriptor: Int32

    /// Takes the lock of the output folder `output` (absolute, links resolved), creating
    /// its parent folder if needed, and waiting if another process holds the lock
    /// (`waiting` is called first, with the folder locked). Nil when the parent cannot
    /// be opened: the build then goes on without the lock, and fails when it writes.
    init?(output: String, waiting: (String) -> Void) {
        let parent = (Paths.standardize(output) as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        descriptor = open(parent, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting(parent)
            while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
        }
    }

    deinit { close(descriptor) }
}
