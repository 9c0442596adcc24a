import Foundation

/// The facts of one build that `sitegen diff` compares, decoded from its open data
/// (`data/inspections.json`, written by `OpenData`). Only the members compared are read;
/// every one is optional, so an older or newer export still decodes.
public struct PublishedData: Decodable, Equatable, Sendable {
    public var inspections: [Inspection]
    public var diagnostics: [Diagnostic]

    /// One inspection as exported.
    public struct Inspection: Decodable, Equatable, Sendable {
        public var pdu: String
        public var region: String?
        public var published: String?
        public var overallRating: String?
        public var score: Score?
        public var standards: [Standard]?
        public var keyQuestions: [KeyQuestion]?
        public var recommendations: [Recommendation]?
        public var casesInspected: CasesInspected?
        public var background: Background?
        public var source: Source?
    }

    public struct Score: Decodable, Equatable, Sendable {
        public var value: Double?
        public var max: Double?
        public var line: Int?
    }

    public struct Standard: Decodable, Equatable, Sendable {
        public var id: String?
        public var name: String?
        public var rating: String?
        public var line: Int?
    }

    public struct KeyQuestion: Decodable, Equatable, Sendable {
        public var standard: String?
        public var question: String
        public var percentYes: Double?
        public var line: Int?
    }

    public struct Recommendation: Decodable, Equatable, Sendable {
        public var number: Int?
        public var addressee: String?
        public var text: String
        public var line: Int?
    }

    public struct CasesInspected: Decodable, Equatable, Sendable {
        public var communityOrders: Double?
        public var releasesOnLicence: Double?
        public var practitionerInterviews: Double?
        public var line: Int?
    }

    public struct Background: Decodable, Equatable, Sendable {
        public var caseload: Double?
        public var population: Double?
        public var provenReoffendingRate: Double?
        public var caseloadLine: Int?
        public var populationLine: Int?
        public var provenReoffendingRateLine: Int?
    }

    public struct Source: Decodable, Equatable, Sendable {
        public var file: String
        public var line: Int?
    }

    /// A diagnostic of the build, as exported.
    public struct Diagnostic: Decodable, Equatable, Sendable {
        public var file: String
        public var line: Int?
        public var column: Int?
        public var severity: String
        public var message: String
    }

    public init(inspections: [Inspection], diagnostics: [Diagnostic]) {
        self.inspections = inspections
        self.diagnostics = diagnostics
    }

    /// Decodes the contents of `data/inspections.json`.
    public init(json: Data) throws {
        self = try JSONDecoder().decode(PublishedData.self, from: json)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        inspections = try container.decodeIfPresent([Inspection].self, forKey: .inspections) ?? []
        diagnostics = try container.decodeIfPresent([Diagnostic].self, forKey: .diagnostics) ?? []
    }

    private enum CodingKeys: String, CodingKey { case inspections, diagnostics }
}
