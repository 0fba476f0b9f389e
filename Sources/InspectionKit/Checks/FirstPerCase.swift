extension Collection {
    /// The elements in order, keeping only the first of those that name the same case; an
    /// element whose `reference` is nil names no case and is always kept. For counting each
    /// case once when more than one dataset describes it.
    ///
    /// Inlinable, so that a check gets a version for its own element type; the set of cases is
    /// sized once for the whole collection (a year of records), not grown by doubling.
    @inlinable
    public func firstPerCase(_ reference: (Element) -> String?) -> [Element] {
        var seen: Set<String> = []
        seen.reserveCapacity(count)
        return filter { element in reference(element).map { seen.insert($0).inserted } ?? true }
    }
}
