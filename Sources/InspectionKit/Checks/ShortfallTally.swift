/// How many records fall short in each way a check knows, worded for its finding: "devices not
/// seized in 1; the child and family not supported in 2". For checks that judge a record on
/// several counts at once and say which counts failed how often.
public enum ShortfallTally {
    /// One "what in n" part per kind that any record shows, in the order of `Kind.allCases`,
    /// joined by "; ".
    public static func words<Record, Kind: CaseIterable & Hashable>(
        _ records: [Record], shortfalls: (Record) -> [Kind], words: (Kind) -> String
    ) -> String {
        var counts: [Kind: Int] = [:]
        for record in records {
            for kind in shortfalls(record) { counts[kind, default: 0] += 1 }
        }
        return Kind.allCases.compactMap { kind in counts[kind].map { "\(words(kind)) in \($0)" } }.joined(separator: "; ")
    }
}
