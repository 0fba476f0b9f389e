import InspectionKit

/// ANSI styling for terminal reports; plain text when disabled.
public struct TextStyle: Sendable {
    public let enabled: Bool

    public init(enabled: Bool) {
        self.enabled = enabled
    }

    public static let plain = TextStyle(enabled: false)

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func red(_ text: String) -> String { wrap(text, "1;31") }
    public func green(_ text: String) -> String { wrap(text, "32") }
    public func yellow(_ text: String) -> String { wrap(text, "33") }

    /// A grade's label coloured by where it sits on the scale: best green, middle yellow, worst red.
    public func grade(_ label: String, rank: Int?, of count: Int) -> String {
        guard let rank else { return label }
        if rank <= 1 { return green(label) }
        if rank >= count - 2 { return red(label) }
        return yellow(label)
    }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// Word wrapping for terminal text, measured in characters.
package enum TextWrap {
    package static func wrap(_ text: String, width: Int, indent: String, firstIndent: String? = nil) -> String {
        let text = oneLine(text)
        var lines: [String] = []
        var line = firstIndent ?? indent
        var lineHasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if lineHasWord && line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// Line breaks of every kind (LF, CR, NEL, LS, PS) as spaces: a value from configuration
    /// may not start a line of its own in a terminal report.
    package static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { "\n\r\u{85}\u{2028}\u{2029}".unicodeScalars.contains($0) }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            out.unicodeScalars.append("\n\r\u{85}\u{2028}\u{2029}".unicodeScalars.contains(scalar) ? " " : scalar)
        }
        return out
    }

    /// `text` padded with spaces to `width` characters (or cut to it with an ellipsis).
    package static func pad(_ text: String, _ width: Int) -> String {
        let text = oneLine(text)
        if text.count > width { return String(text.prefix(width - 1)) + "…" }
        return text + String(repeating: " ", count: width - text.count)
    }
}
