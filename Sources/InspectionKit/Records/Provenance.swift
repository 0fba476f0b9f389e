import YAML

/// Where evidence came from, for every grade that rests on it.
///
/// Ordered from what the inspectorate itself published to what was generated: a reader
/// weighs a grade on published findings and a grade on synthetic records differently, and
/// every report says which kinds a grade rests on.
public enum Provenance: String, Sendable, Hashable, CaseIterable, Comparable, Decodable {
    /// Findings and counts the inspectorate published (qualitative observations, case counts).
    case published
    /// Case records invented to match counts the inspectorate published.
    case reconstructed
    /// A force's own records, exported from its records systems.
    case export
    /// Generated test data; no record is about a real case.
    case synthetic

    public static func < (lhs: Provenance, rhs: Provenance) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// One letter for narrow tables: p, r, x, s.
    public var code: String {
        switch self {
        case .published: return "p"
        case .reconstructed: return "r"
        case .export: return "x"
        case .synthetic: return "s"
        }
    }
}
