import Foundation
import InspectionKit

/// Escaping for the HTML report. Every value that comes from configuration or evidence (force
/// names, titles, statements, case references, sources, notes, labels, colours) reaches the page
/// through these functions, by way of `HTML`'s string interpolation, which escapes every `String`
/// interpolated into it and has no way to insert one unescaped.
public enum HTMLEscaping {
    /// The colour used when a configured colour is not a plain hex colour.
    public static let neutralColour = "#6e7781"

    /// Text for element content: `&`, `<`, `>`, `"` and `'` become character references, and
    /// control characters other than tab and newline become U+FFFD.
    public static func text(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                let code = scalar.value
                if code < 0x20 || (code >= 0x7F && code < 0xA0) || code == 0xFEFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// A value for a double-quoted attribute: escaped as text, with tab and newline escaped too
    /// so the value survives attribute-value normalisation unchanged.
    public static func attribute(_ value: String) -> String {
        text(value).replacingOccurrences(of: "\t", with: "&#9;").replacingOccurrences(of: "\n", with: "&#10;")
    }

    /// `value` when it is a hex colour (`#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`), otherwise the
    /// neutral colour: a colour goes into `style` and `fill` attributes, so nothing else may.
    public static func colour(_ value: String) -> String {
        let digits = value.dropFirst()
        let isHex =
            value.first == "#" && [3, 4, 6, 8].contains(digits.count)
            && digits.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) || ("A"..."F").contains($0) }
        return isHex ? value : neutralColour
    }

    /// Black or white, whichever contrasts more with `colour` (WCAG relative luminance).
    public static func textColour(on colour: String) -> String {
        let hex = Array(self.colour(colour).dropFirst())
        let pairs =
            hex.count <= 4 ? hex.prefix(3).map { String([$0, $0]) } : stride(from: 0, to: 6, by: 2).map { String(hex[$0...$0 + 1]) }
        let channels = pairs.map { pair -> Double in
            let c = Double(Int(pair, radix: 16) ?? 0) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
        return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? "#000" : "#fff"
    }
}

/// A fragment of HTML or SVG. Literal text written in this module is trusted markup; every
/// `String` interpolated into it is escaped, and numbers are printed with `NumberText`, so a
/// value from configuration or evidence can never become markup.
/// `package`, so that the site (InspectionSite) builds its pages from the same blocks.
package struct HTML: ExpressibleByStringInterpolation, Sendable {
    package let markup: String

    package init(stringLiteral value: String) { markup = value }
    package init(stringInterpolation: StringInterpolation) { markup = stringInterpolation.markup }
    /// Fragments one after another.
    package init(_ parts: [HTML], separator: HTML = "") { markup = parts.map(\.markup).joined(separator: separator.markup) }

    package static let empty: HTML = ""
    package static func + (lhs: HTML, rhs: HTML) -> HTML { HTML([lhs, rhs]) }

    package struct StringInterpolation: StringInterpolationProtocol {
        var markup = ""
        package init(literalCapacity: Int, interpolationCount: Int) { markup.reserveCapacity(literalCapacity * 2) }
        package mutating func appendLiteral(_ literal: String) { markup += literal }
        /// Text or an attribute value: escaped.
        package mutating func appendInterpolation(_ value: String) { markup += HTMLEscaping.attribute(value) }
        package mutating func appendInterpolation(_ fragment: HTML) { markup += fragment.markup }
        package mutating func appendInterpolation(_ fragments: [HTML]) { markup += fragments.map(\.markup).joined() }
        package mutating func appendInterpolation(_ value: Int) { markup += String(value) }
        /// A coordinate or measurement, printed the same on every machine.
        package mutating func appendInterpolation(number value: Double) { markup += NumberText.plain((value * 10).rounded() / 10) }
        /// A colour, validated: only a hex colour is ever written.
        package mutating func appendInterpolation(colour value: String) { markup += HTMLEscaping.colour(value) }
    }
}
