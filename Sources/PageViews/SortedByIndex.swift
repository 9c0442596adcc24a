extension Array {
    /// The elements in the order `sorted(by:)` gives them, found by sorting their indices with
    /// the same comparisons (the sort is the same algorithm, so it makes the same moves and
    /// the order is the same, ties included): a large element (an `Inspection`, dozens of
    /// references) is copied once, into the result, not at every move of the sort.
    func sortedByIndex(by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
        withUnsafeBufferPointer { elements in
            elements.indices.sorted { areInIncreasingOrder(elements[$0], elements[$1]) }.map { elements[$0] }
        }
    }
}
