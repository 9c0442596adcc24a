import Foundation
import Testing

@testable import SitegenCLI

/// A file's input key tells apart every list of texts it is drawn from: the same list of
/// the same texts gives the same key, any other list (or a text's other bytes) another.
@Suite struct InputKeysTests {
    @Test func aKeyTellsApartTheTextsAFileIsDrawnFrom() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: repository + "/Content/reports").sorted()
        let paths = names.prefix(3).map { "Content/reports/" + $0 }
        #expect(paths.count == 3)
        var digests: [String: ContentDigest] = [:]
        for path in paths {
            digests[path] = ContentDigest(
                Array(try #require(FileManager.default.contents(atPath: repository + "/" + path))))
        }
        let keys = InputKeys(salt: ContentDigest("salt"), outline: "outline", texts: digests)
        let (a, b, c) = (paths[0], paths[1], paths[2])
        let drawnFrom: [[String]?] = [nil, [], [a], [b], [a, b], [b, a], [a, b, c], ["\(a) \(b)"], ["missing"]]
        let made = drawnFrom.map { keys.key(of: "pdus/york.md", dependsOn: $0) }
        #expect(Set(made).count == drawnFrom.count)
        #expect(drawnFrom.map { keys.key(of: "pdus/york.md", dependsOn: $0) } == made, "the same inputs, the same key")
        #expect(keys.key(of: "pdus/leeds.md", dependsOn: [a]) != made[2])
        #expect(keys.key(ofPart: "first", in: "pdus/york.md", dependsOn: [a]) != made[2])
        // A text's other bytes, the outline or the salt: another key.
        var changed = digests
        changed[a] = ContentDigest("other bytes")
        let others = [
            InputKeys(salt: ContentDigest("salt"), outline: "outline", texts: changed),
            InputKeys(salt: ContentDigest("salt"), outline: "other outline", texts: digests),
            InputKeys(salt: ContentDigest("other salt"), outline: "outline", texts: digests),
        ]
        for other in others {
            #expect(other.key(of: "pdus/york.md", dependsOn: [a, b]) != made[4])
        }
        #expect(others[0].key(of: "pdus/york.md", dependsOn: [b]) == made[3], "a text it does not show")
        #expect(others[0].key(of: "index.md", dependsOn: nil) != keys.key(of: "index.md", dependsOn: nil))
    }
}
