/// Writing CSV for people who open it in a spreadsheet.
public enum CSVText {
    /// One line: a field holding a comma, a quote or a line break is quoted, quotes doubled;
    /// a field a spreadsheet would run as a formula is neutralised first (`neutralised`).
    public static func line(_ fields: [String]) -> String {
        fields.map { field in
            let safe = neutralised(field)
            // By scalar: "\r\n" is one Character, which a Character comparison would miss.
            return safe.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
                ? "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : safe
        }.joined(separator: ",")
    }

    /// A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to a
    /// spreadsheet (`=cmd|' /C calc'!A0`, `@SUM(…)`): it is written with a leading `'`, which
    /// spreadsheets take as "this is text". A number (`-0.25`, `+3`) is left as it is.
    public static func neutralised(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isNumber(field) else { return field }
        return "'" + field
    }

    /// An optional sign, digits, an optional fraction and exponent: nothing a formula could use.
    static func isNumber(_ field: String) -> Bool {
        var scalars = Substring(field).unicodeScalars[...]
        if let sign = scalars.first, sign == "+" || sign == "-" { scalars = scalars.dropFirst() }
        let digits = scalars.prefix { ("0"..."9").contains($0) }
        guard !digits.isEmpty else { return false }
        scalars = scalars.dropFirst(digits.count)
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            let fraction = scalars.prefix { ("0"..."9").contains($0) }
            guard !fraction.isEmpty else { return false }
            scalars = scalars.dropFirst(fraction.count)
        }
        if let e = scalars.first, e == "e" || e == "E" {
            scalars = scalars.dropFirst()
            if let sign = scalars.first, sign == "+" || sign == "-" { scalars = scalars.dropFirst() }
            let exponent = scalars.prefix { ("0"..."9").contains($0) }
            guard !exponent.isEmpty else { return false }
            scalars = scalars.dropFirst(exponent.count)
        }
        return scalars.isEmpty
    }
}
