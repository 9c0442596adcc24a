extension Array {
    /// The elements in the order `sorted(by:)` gives them, found by sorting their indices with
    /// the same comparisons (the sort is the same algorithm, so it makes the same moves and
    /// the order is the same, ties included): a large element (an `Inspection`, dozens of
    /// references) is copied once, into the result, not at every move of the sort.
    /// With `first`, only the first `first` of them are copied out.
    func sortedByIndex(first: Int = .max, by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
        withUnsafeBufferPointer { elements in
            elements.indices.sorted { areInIncreasingOrder(elements[$0], elements[$1]) }.prefix(first).map {
                elements[$0]
            }
        }
    }
}
