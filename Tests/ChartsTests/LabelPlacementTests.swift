import Testing

@testable import Charts

/// Labels pushed apart so that they never overlap.
@Suite struct LabelPlacementTests {
    @Test func separateLabelsStayWhereTheyWant() {
        #expect(LabelPlacement.spread([100, 10, 50], spacing: 15, minimum: 0, maximum: 200) == [100, 10, 50])
    }

    @Test func crowdedLabelsAreCentredOnTheirMeanInTheirOrder() {
        #expect(LabelPlacement.spread([50, 50, 50], spacing: 10, minimum: 0, maximum: 200) == [40, 50, 60])
        #expect(LabelPlacement.spread([52, 48], spacing: 10, minimum: 0, maximum: 200) == [55, 45])
    }

    @Test func labelsStayWithinTheBoundsWhenThereIsRoom() {
        #expect(LabelPlacement.spread([0, 0, 0], spacing: 10, minimum: 5, maximum: 200) == [5, 15, 25])
        #expect(LabelPlacement.spread([100, 100], spacing: 10, minimum: 0, maximum: 100) == [90, 100])
    }

    @Test func tooManyLabelsRunPastTheMaximum() {
        let positions = LabelPlacement.spread(Array(repeating: 50, count: 20), spacing: 10, minimum: 0, maximum: 100)
        #expect(positions == (0..<20).map { Double($0) * 10 })
    }

    @Test func overlappingExtentsGoIntoLaterRows() {
        let rows = LabelPlacement.rows(for: [(0, 50), (40, 90), (60, 100), (100, 120), (130, 140)], gap: 8)
        #expect(rows == [0, 1, 0, 1, 0])
    }
}
