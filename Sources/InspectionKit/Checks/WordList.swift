/// A short list of words a check looks records' words up in (a policy's risk indicators, say),
/// for every record of a year: equal words are found by comparing lengths first and text
/// only when lengths agree, which costs less than hashing each word or comparing the text of
/// words of other lengths.
public struct WordList: Sendable, Hashable {
    @usableFromInline let words: [String]
    @usableFromInline let lengths: [Int]

    public init(_ words: [String]) {
        self.words = words
        self.lengths = words.map(\.utf8.count)
    }

    /// Whether `word` is one of the list's words. Inlinable, as it runs for every record's
    /// words: the loop is compiled into the check that calls it.
    @inlinable
    public func contains(_ word: String) -> Bool {
        let length = word.utf8.count
        for index in words.indices where lengths[index] == length && words[index] == word { return true }
        return false
    }

    /// Whether any of `candidates` is one of the list's words.
    @inlinable
    public func containsAny(of candidates: [String]) -> Bool {
        candidates.contains { contains($0) }
    }

    public var isEmpty: Bool { words.isEmpty }
}
