import YAML

/// "Did you mean": the closest candidate by edit distance, with the same rule as the YAML
/// layer's unknown keys, so suggestions read the same everywhere.
public enum Suggestions {
    public static func closest<S: Sequence<String>>(_ word: String, _ candidates: S) -> String? {
        YAML.suggestion(for: word, among: candidates)
    }
}
