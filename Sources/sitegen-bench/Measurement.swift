/// Repeated runs of one timed thing: the median run is reported, with the range of the
/// wall times, since one run on a shared machine can be off by a quarter.
struct Measurement<Run> {
    private(set) var runs: [(seconds: Double, run: Run)] = []

    mutating func add(_ seconds: Double, _ run: Run) { runs.append((seconds, run)) }

    /// The median run (the lower of the two middle ones for an even count), so that its
    /// details (phases, memory) belong to the time shown.
    var median: (seconds: Double, run: Run) {
        let sorted = runs.sorted { $0.seconds < $1.seconds }
        return sorted[(sorted.count - 1) / 2]
    }

    /// `15.90–30.50 s over 3 runs`, or empty for one run.
    var range: String {
        guard runs.count > 1, let low = runs.map(\.seconds).min(), let high = runs.map(\.seconds).max() else {
            return ""
        }
        return String(format: "%.2f–%.2f s over %d runs", low, high, runs.count)
    }
}
