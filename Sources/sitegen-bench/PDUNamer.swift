/// Invents distinct, plausible PDU names for a region from its place names: `Crawley`,
/// `Crawley North`, `Crawley City`, `Crawley and Horsham`. Every name it returns is new
/// (across all regions), and so is its slug.
struct PDUNamer {
    private static let qualifiers = ["North", "South", "East", "West", "City", "Central"]
    private var taken: Set<String> = []

    /// A new PDU name in `region`; `place` is the town it is named after (what a report
    /// calls the PDU for short: "services in Crawley").
    mutating func next(in region: ProbationRegion, using random: inout SplitMix64) -> (name: String, place: String) {
        for _ in 0..<64 {
            let place = random.element(of: region.places)
            let name: String
            switch random.int(in: 0...9) {
            case 0...3: name = place
            case 4...7: name = place + " " + random.element(of: Self.qualifiers)
            default:
                let other = random.element(of: region.places)
                guard other != place else { continue }
                name = place + " and " + other
            }
            if claim(name) { return (name, place) }
        }
        // The region's short forms are used up: count on.
        var number = taken.count
        while true {
            let place = random.element(of: region.places)
            let name = "\(place) District \(number)"
            if claim(name) { return (name, place) }
            number += 1
        }
    }

    private mutating func claim(_ name: String) -> Bool {
        taken.insert(Slug.make(name)).inserted
    }
}
