import ParallelWork

#if DEBUG
/// A hook for tests only, compiled in debug builds: how many times each text was read
/// (found, or read again for its bytes), so that a test can tell which texts a build read.
extension TextFile {
    static let reads = ReadCount()

    /// How many times each file was read, by its path.
    final class ReadCount: Sendable {
        private let counts = Locked<[String: Int]>([:])

        func note(_ file: String) {
            counts.withLock { $0[file, default: 0] += 1 }
        }

        /// The files under `folder` read so far, by path, with how many times each was.
        func files(under folder: String) -> [String: Int] {
            counts.value.filter { $0.key.hasPrefix(folder + "/") }
        }
    }
}
#endif
