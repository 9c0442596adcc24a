/// Deterministic placement of labels so that they never overlap each other.
enum LabelPlacement {
    /// Positions as near `desired` (in the same order) as they can be while at least `spacing`
    /// apart and not above `minimum`: labels keep the order of their desired positions (ties in
    /// input order), and each run of labels that would overlap is centred on the mean of its
    /// desired positions, kept at or above `maximum` when there is room. When there is not, the
    /// last positions go past `maximum` and the caller makes the picture taller.
    static func spread(_ desired: [Double], spacing: Double, minimum: Double, maximum: Double) -> [Double] {
        let order = desired.indices.sorted { (desired[$0], $0) < (desired[$1], $1) }
        var blocks: [Block] = []
        for index in order {
            blocks.append(Block(count: 1, sum: desired[index], start: 0))
            blocks[blocks.count - 1].place(spacing: spacing, minimum: minimum, maximum: maximum)
            while blocks.count > 1, blocks[blocks.count - 2].end(spacing: spacing) > blocks[blocks.count - 1].start {
                let last = blocks.removeLast()
                blocks[blocks.count - 1].count += last.count
                blocks[blocks.count - 1].sum += last.sum
                blocks[blocks.count - 1].place(spacing: spacing, minimum: minimum, maximum: maximum)
            }
        }
        let positions = blocks.flatMap { block in
            (0..<block.count).map { block.start + Double($0) * spacing }
        }
        var result = desired
        for (rank, index) in order.enumerated() { result[index] = positions[rank] }
        return result
    }

    /// A run of labels set exactly `spacing` apart.
    private struct Block {
        var count: Int
        var sum: Double
        var start: Double

        /// Just past the last label of the run.
        func end(spacing: Double) -> Double {
            start + Double(count) * spacing
        }

        /// Centres the run on its members' mean desired position, within the bounds.
        mutating func place(spacing: Double, minimum: Double, maximum: Double) {
            let span = Double(count - 1) * spacing
            start = max(min(sum / Double(count) - span / 2, maximum - span), minimum)
        }
    }

    /// A row number for each horizontal extent (`start`, `end`), taken in the order given, so
    /// that extents in the same row are at least `gap` apart: each goes into the first row
    /// where it fits.
    static func rows(for extents: [(start: Double, end: Double)], gap: Double) -> [Int] {
        var rowEnds: [Double] = []
        return extents.map { extent in
            if let row = rowEnds.firstIndex(where: { $0 + gap <= extent.start }) {
                rowEnds[row] = extent.end
                return row
            }
            rowEnds.append(extent.end)
            return rowEnds.count - 1
        }
    }
}
