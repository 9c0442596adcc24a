import InspectionModel
import TestSupport
import Testing

@testable import ReportParser

/// Each background figure records the place its sentence says it is about.
@Suite("Places of background figures")
struct FigurePlaceTests {
    @Test("the seeds: Brighton and East Sussex's 21.6% is the KSS region's, every other figure the PDU's area")
    func seeds() throws {
        let brighton = try #require(Seeds.inspection("Brighton and East Sussex", in: Seeds.brighton))
        #expect(brighton.background.provenReoffendingRate?.value == 21.6)
        #expect(brighton.background.provenReoffendingRate?.place == Place(.region, name: "KSS"))
        #expect(brighton.background.population?.place == Place(.pdu, name: "Brighton and East Sussex"))
        let derby = try #require(Seeds.inspection("Derby City", in: Seeds.derbyCity))
        #expect(derby.background.provenReoffendingRate?.place == Place(.pdu, name: "Derby"))
        #expect(derby.background.population?.place == Place(.pdu))
        #expect(derby.background.caseload?.place == Place(.pdu))
        let leeds = try #require(Seeds.inspection("Leeds", in: Seeds.leeds))
        #expect(
            [
                leeds.background.provenReoffendingRate?.place, leeds.background.population?.place,
                leeds.background.caseload?.place,
            ] == [Place(.pdu), Place(.pdu), Place(.pdu)])
        let york = try #require(Seeds.inspection("York", in: Seeds.york))
        #expect(york.background.population?.place == Place(.pdu, name: "York"))
    }

    /// Brighton's background sentence with its rate's place rewritten.
    static func brightonRate(_ old: String, _ new: String) throws -> BackgroundFigure<Double> {
        let text = Seeds.text(Seeds.brighton)
        #expect(text.contains(old))
        let corpus = Seeds.parse(text.replacing(old, with: new), path: Seeds.brighton)
        return try #require(corpus.inspections.first?.background.provenReoffendingRate)
    }

    @Test("other wordings: a named area, the nation, the region by name, the PDU by name")
    func wordings() throws {
        let sentence = "with proven reoffending rates of 21.6 per cent across KSS."
        #expect(
            try Self.brightonRate(sentence, "with proven reoffending rates of 28.2 per cent in Brighton and Hove.")
                .place
                == Place(.area, name: "Brighton and Hove"))
        #expect(
            try Self.brightonRate(sentence, "with proven reoffending rates of 25.1 per cent in England and Wales.")
                .place
                == Place(.nation, name: "England and Wales"))
        #expect(
            try Self.brightonRate(
                sentence, "with proven reoffending rates of 21.6 per cent across the Kent, Surrey and Sussex region."
            ).place
                == Place(.region, name: "Kent, Surrey and Sussex"))
        #expect(
            try Self.brightonRate(
                sentence, "with the proven reoffending rate for Brighton and East Sussex at 24.0 per cent."
            ).place
                == Place(.pdu, name: "Brighton and East Sussex"))
        #expect(
            try Self.brightonRate(
                sentence, "with proven reoffending rates of 24.0 per cent, against 25.1 per cent nationally."
            ).place
                == Place(.nation))
    }

    @Test("A clause's words, read one by one, are the first words of the text split at its spaces")
    func clauseWords() {
        func reference(_ text: Substring) -> [Substring] {
            var words: [Substring] = []
            let tokens = text.split(separator: " ")
            for (i, token) in tokens.enumerated() {
                words.append(token)
                if token.last.map({ ".;:()".contains($0) }) == true || token.first == "(" { break }
                if token.hasSuffix(","), i + 1 < tokens.count, tokens[i + 1].first?.isUppercase != true { break }
            }
            return words
        }
        #expect(
            FigurePlace.clause("  in Kent, Surrey and Sussex, against 25.1 per cent") == [
                "in", "Kent,", "Surrey", "and", "Sussex,",
            ])
        #expect(FigurePlace.clause("in the region, which is high.") == ["in", "the", "region,"])
        #expect(FigurePlace.clause("in Kent, Surrey (the south east)") == ["in", "Kent,", "Surrey", "(the"])
        #expect(FigurePlace.clause("") == [])
        let pieces = ["in", " ", "  ", "Kent", "kent", ",", ".", ";", "(", ")", "the", " \u{301}", "É", "é", "x"]
        var generator = SeededRandom(seed: 3)
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...9, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            #expect(FigurePlace.clause(text[...]) == reference(text[...]), "\(Array(text.unicodeScalars))")
        }
    }
}
