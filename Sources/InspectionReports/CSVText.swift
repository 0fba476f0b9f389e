/// CSV as every CSV the inspector writes spells it (RFC 4180).
public enum CSVText {
    /// One line: a field holding a comma, a quote or a line break is quoted, quotes doubled.
    public static func line(_ fields: [String]) -> String {
        fields.map { field in
            // By scalar: "\r\n" is one Character, which a Character comparison would miss.
            field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",")
    }
}
