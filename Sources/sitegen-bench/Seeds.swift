import Foundation

/// The seed texts a corpus is generated from: every `.txt` file of a folder
/// (`Content/reports/`), read as UTF-8, in name order.
struct Seeds {
    let templates: [SeedTemplate]

    init(folder: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.lowercased().hasSuffix(".txt") && !$0.hasPrefix(".") }
            .sorted()
        templates = try names.map { name in
            let path = folder + "/" + name
            return try SeedTemplate(file: path, text: String(contentsOfFile: path, encoding: .utf8))
        }
    }

    func indices(of kind: SeedKind) -> [Int] { templates.indices.filter { templates[$0].kind == kind } }
}
