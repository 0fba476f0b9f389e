import InspectionKit

/// Provenance in words and marks, the same in every report.
public enum ProvenanceText {
    /// "published and reconstructed", "synthetic".
    public static func words(_ kinds: [Provenance]) -> String {
        let names = kinds.map(\.rawValue)
        return names.count <= 2 ? names.joined(separator: " and ") : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    /// "p+r", "s": the marks narrow tables use.
    public static func marks(_ kinds: [Provenance]) -> String {
        kinds.map(\.code).joined(separator: "+")
    }

    /// The legend of the marks.
    public static let legend = "p published, r reconstructed from published counts, x a force's export, s synthetic"
}
