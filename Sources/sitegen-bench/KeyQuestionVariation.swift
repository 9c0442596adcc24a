/// New percentages for one standard's key questions that keep the standard's rating: each
/// percentage moves at most `spread` points and stays in its own band, and the question
/// that was lowest stays lowest (others in its band never drop below it).
enum KeyQuestionVariation {
    static let spread = 8

    static func vary(_ percentages: [Int], using random: inout SplitMix64) -> [Int] {
        guard let lowest = percentages.indices.min(by: { percentages[$0] < percentages[$1] }) else { return [] }
        var result = percentages
        result[lowest] = moved(percentages[lowest], floor: nil, using: &random)
        for i in percentages.indices where i != lowest {
            result[i] = moved(percentages[i], floor: result[lowest], using: &random)
        }
        return result
    }

    /// `value` moved within its band, never below `floor`.
    private static func moved(_ value: Int, floor: Int?, using random: inout SplitMix64) -> Int {
        let band = RatingBand(percent: value).range
        var low = max(min(band.lowerBound, value), value - spread)
        let high = min(max(band.upperBound, value), value + spread)
        if let floor { low = max(low, floor) }  // floor <= high: it is at most 8 above a lower value of the band
        return random.int(in: low...max(low, high))
    }
}
