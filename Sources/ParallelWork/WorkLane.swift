import Dispatch

/// Work done in the order given on one thread of its own while the callers go on, such as
/// creating and writing the build's files: the threads that make the files never wait for
/// each other in the kernel (creating files in one folder takes the folder's lock), and
/// the work of the file system overlaps the making of the next files. At most `capacity`
/// pieces of work wait, so a caller that gets ahead of the lane waits for a place.
///
/// The first failure is kept: ``submit(_:)`` throws it to stop the callers early, and
/// ``finish()`` throws it once the lane is empty. Serial parallelism does the work at
/// once, on the caller's thread.
public final class WorkLane: Sendable {
    private let parallelism: Parallelism
    private let queue = DispatchQueue(label: "sitegen.work-lane")
    private let places: DispatchSemaphore
    private let failure = Locked<(any Error)?>(nil)

    public init(_ parallelism: Parallelism, capacity: Int = 32) {
        self.parallelism = parallelism
        places = DispatchSemaphore(value: max(capacity, 1))
    }

    /// Adds `work` to the end of the lane (on a serial lane, does it).
    /// - Throws: the lane's first failure so far, in which case `work` is not done.
    public func submit(_ work: @escaping @Sendable () throws -> Void) throws {
        if let error = failure.value { throw error }
        guard !parallelism.isSerial else { return try perform(work) }
        places.wait()
        queue.async { [self] in
            defer { places.signal() }
            if failure.value == nil { try? perform(work) }
        }
    }

    /// Does `work`, keeping its failure if it is the lane's first.
    private func perform(_ work: () throws -> Void) throws {
        do { try work() } catch {
            failure.withLock { $0 = $0 ?? error }
            throw error
        }
    }

    /// Waits until every piece of work submitted so far is done.
    /// - Throws: the lane's first failure.
    public func finish() throws {
        queue.sync {}
        if let error = failure.value { throw error }
    }
}
