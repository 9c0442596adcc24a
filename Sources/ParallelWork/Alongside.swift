extension Parallelism {
    /// Runs `work` on this thread while `other` runs on another (after `work`, when serial),
    /// and returns what each returned once both are done: for two steps that do not depend
    /// on each other, such as deleting one folder while writing a file elsewhere.
    public func run<Result, Other: Sendable>(
        _ work: () throws -> Result, alongside other: @escaping @Sendable () -> Other
    ) rethrows -> (Result, Other) {
        guard !isSerial else { return (try work(), other()) }
        let started = start(other)
        defer { started.wait() }
        return (try work(), started.wait())
    }
}
