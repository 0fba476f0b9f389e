import InspectionKit
import InspectionLoading
import InspectionRunner

/// Scalars written into generated YAML so that they read back as the same strings.
enum YAMLText {
    private static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"]

    /// Plain when that is safe (starts with a letter, only letters, digits, spaces and
    /// `_ . / ( ) -`, not a word YAML might read as a boolean or null), otherwise double-quoted.
    static func scalar(_ text: String) -> String {
        let safe =
            text.first.map { $0.isASCII && $0.isLetter } == true && !text.hasSuffix(" ")
            && text.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || " _./()-".contains($0) }
            && !reserved.contains(text.lowercased())
        return safe ? text : quoted(text)
    }

    /// Always double-quoted, with `\`, `"` and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// `["a", "b"]`, every item quoted.
    static func quotedList(_ items: [String]) -> String {
        "[" + items.map(quoted).joined(separator: ", ") + "]"
    }

    /// `[a, b]`, items plain where safe.
    static func list(_ items: [String]) -> String {
        "[" + items.map(scalar).joined(separator: ", ") + "]"
    }
}
