import Dispatch

extension Parallelism {
    /// Runs `work` on this thread while `other` runs on another (after `work`, when serial),
    /// and returns what each returned once both are done: for two steps that do not depend
    /// on each other, such as deleting one folder while writing a file elsewhere.
    public func run<Result, Other: Sendable>(
        _ work: () throws -> Result, alongside other: @escaping @Sendable () -> Other
    ) rethrows -> (Result, Other) {
        guard !isSerial else { return (try work(), other()) }
        let otherResult = Locked<Other?>(nil)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            let value = other()
            otherResult.withLock { $0 = value }
        }
        let result: Result
        do {
            defer { group.wait() }
            result = try work()
        }
        return (result, otherResult.value!)
    }
}
