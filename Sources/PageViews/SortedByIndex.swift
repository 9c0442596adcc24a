extension Array {
    /// The elements in the order `sorted(by:)` gives them, found by sorting their indices with
    /// the same comparisons (the sort is the same algorithm, so it makes the same moves and
    /// the order is the same, ties included): a large element (an `Inspection`, dozens of
    /// references) is copied once, into the result, not at every move of the sort.
    /// With `first`, only the first `first` of them are copied out.
    func sortedByIndex(first: Int = .max, by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
        sortedByIndex(at: [Int](indices), first: first, by: areInIncreasingOrder)
    }

    /// The elements at `positions` (in increasing order) as ``sortedByIndex(first:by:)`` orders
    /// the array of them: their positions are sorted as that array's indices would be (the
    /// same comparisons, in the same order), so none is copied before it is in place.
    func sortedByIndex(
        at positions: [Int], first: Int = .max, by areInIncreasingOrder: (Element, Element) -> Bool
    ) -> [Element] {
        withUnsafeBufferPointer { elements in
            positions.sorted { areInIncreasingOrder(elements[$0], elements[$1]) }.prefix(first).map { elements[$0] }
        }
    }
}
