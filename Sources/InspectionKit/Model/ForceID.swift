/// The rule for force ids, the same everywhere (directories, `force.yaml`, `inspector new
/// force`): lowercase ASCII letters, digits and hyphens, starting with a letter.
public enum ForceID {
    public static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// The id a name most likely meant: lowercased, other characters as hyphens.
    public static func suggest(_ text: String) -> String {
        let words = text.lowercased().unicodeScalars.split { !(("a"..."z").contains($0) || ("0"..."9").contains($0)) }
        let joined = words.map { String(String.UnicodeScalarView($0)) }.joined(separator: "-")
        return joined.first?.isLetter == true ? joined : "force-" + joined
    }
}
