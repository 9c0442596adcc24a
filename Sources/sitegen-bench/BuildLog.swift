import Foundation

/// What `sitegen build` printed on standard output: one line per phase (`parse    1000
/// documents, 48.8 MB in 1.23 s`), read by its first word and trailing `in <seconds> s`
/// whatever the phase is called, and the summary (`Built Output in 11.23 s: 1000
/// documents, …, 0 errors, 3 warnings, 16 notes`).
struct BuildLog {
    /// A phase: its name, what sitegen says it did, and its time.
    struct Phase {
        let name: String
        let detail: String
        let seconds: Double
    }

    private(set) var phases: [Phase] = []
    /// The build's own total, from the summary line.
    private(set) var totalSeconds: Double?
    /// The summary after the total (`1000 documents, 1010 inspections, …`).
    private(set) var summary: String?

    init(_ output: String) {
        for line in output.split(separator: "\n") {
            if line.hasPrefix("Built "), let colon = line.range(of: " s: ") {
                let head = line[..<colon.lowerBound]
                totalSeconds = head.range(of: " in ", options: .backwards).flatMap { Double(head[$0.upperBound...]) }
                summary = String(line[colon.upperBound...])
            } else if line.hasSuffix(" s"), let separator = line.range(of: " in ", options: .backwards),
                let seconds = Double(line[separator.upperBound...].dropLast(2))
            {
                let words = line[..<separator.lowerBound].split(separator: " ", maxSplits: 1)
                guard let name = words.first else { continue }
                phases.append(
                    Phase(name: String(name), detail: words.count > 1 ? words[1].trimmingSpaces : "", seconds: seconds))
            }
        }
    }

    /// The count before `noun` in the summary (`errors` in `…, 0 errors, …`).
    func count(of noun: String) -> Int? {
        guard let summary else { return nil }
        for part in summary.split(separator: ",") {
            let words = part.split(separator: " ")
            if words.count == 2, words[1] == noun || words[1] + "s" == noun { return Int(words[0]) }
        }
        return nil
    }
}
