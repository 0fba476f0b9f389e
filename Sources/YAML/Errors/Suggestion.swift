/// "Did you mean …?": the closest candidate by edit distance, when it is close enough to be a
/// plausible typo.
enum Suggestion {
    /// The candidate nearest to `word`, or nil when none is within `max(1, word.count / 3)` edits
    /// (insertions, deletions, substitutions and swaps of neighbours each count one).
    /// Ties go to the candidate first in sorted order, so suggestions are deterministic.
    static func closest<S: Sequence<String>>(to word: String, in candidates: S) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        let threshold = max(1, target.count / 3)
        var best: (candidate: String, distance: Int)?
        // Sorted, so that a tie goes to the same candidate whatever order a set or dictionary
        // handed them over in.
        for candidate in candidates.sorted() where candidate != word {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars))
            if distance <= threshold, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// Optimal string alignment distance (Levenshtein plus adjacent transpositions).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}

extension YAML {
    /// The candidate closest to `word` by edit distance, if it is a plausible typo of it.
    /// Used for every "did you mean" in the inspector, so suggestions read the same everywhere.
    public static func suggestion<S: Sequence<String>>(for word: String, among candidates: S) -> String? {
        Suggestion.closest(to: word, in: candidates)
    }
}
