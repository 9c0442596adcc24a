import Foundation

/// The command line of `sitegen-bench`.
struct BenchOptions {
    static let usage = """
        usage: sitegen-bench [--documents N] [--scale N2] [--runs K] [--seed S] [--keep DIR]
                             [--seeds DIR] [--templates DIR] [--sitegen PATH]
               sitegen-bench --generate-only DIR [--documents N] [--seed S] [--seeds DIR]

        Generates a synthetic corpus of N report texts from the seed texts, builds it with the
        release sitegen, and compares it with the cmark-gfm CLI and Hugo on the same pages, a
        no-op rebuild, a one-report rebuild, and a build of N2 documents.

          --documents N    documents in the corpus (default 1000)
          --scale N2       documents in the scale run (default 10000; 0 skips it)
          --runs K         runs of each timing at N documents, the median shown (default 3);
                           the scale run runs once
          --seed S         the generator's seed (default 1): the same seed, the same corpus
          --keep DIR       generate and build in DIR and keep it (else a temporary folder,
                           removed at the end); DIR must be empty or a former --keep folder
          --seeds DIR      the seed texts (default Content/reports)
          --templates DIR  sitegen's templates (default Templates)
          --sitegen PATH   the sitegen executable (default: the one beside sitegen-bench)
          --generate-only DIR
                           only write the N texts into DIR/reports (DIR must not exist
                           or be empty) and stop: a corpus for other tests (the browser test)
          -h, --help       this help

        """

    var documents = 1000
    var scale = 10000
    var runs = 3
    var seed: UInt64 = 1
    var keep: String?
    var seeds = "Content/reports"
    var templates = "Templates"
    var sitegen: String?
    var generateOnly: String?

    struct UsageError: Error, CustomStringConvertible {
        let description: String
    }

    /// Reads `arguments` (without the program name). Throws `UsageError` for a bad line;
    /// returns nil for `--help`.
    init?(_ arguments: [String]) throws {
        var rest = arguments[...]
        func value(_ option: String) throws -> String {
            guard let value = rest.popFirst() else { throw UsageError(description: "\(option) needs a value") }
            return value
        }
        func count(_ option: String, minimum: Int) throws -> Int {
            let text = try value(option)
            guard let number = Int(text), number >= minimum else {
                throw UsageError(description: "\(option) needs a whole number of at least \(minimum), not '\(text)'")
            }
            return number
        }
        while let option = rest.popFirst() {
            switch option {
            case "--documents": documents = try count(option, minimum: 1)
            case "--scale": scale = try count(option, minimum: 0)
            case "--runs": runs = try count(option, minimum: 1)
            case "--seed":
                let text = try value(option)
                guard let number = UInt64(text) else {
                    throw UsageError(description: "--seed needs a whole number, not '\(text)'")
                }
                seed = number
            case "--keep": keep = try value(option)
            case "--seeds": seeds = try value(option)
            case "--templates": templates = try value(option)
            case "--sitegen": sitegen = try value(option)
            case "--generate-only": generateOnly = try value(option)
            case "-h", "--help": return nil
            default: throw UsageError(description: "unknown option '\(option)'")
            }
        }
    }

    /// The command line as given, for the report.
    var commandLine: String {
        var words = [
            "sitegen-bench", "--documents", String(documents), "--scale", String(scale), "--runs", String(runs),
            "--seed", String(seed),
        ]
        if let keep { words += ["--keep", keep] }
        return words.joined(separator: " ")
    }
}
