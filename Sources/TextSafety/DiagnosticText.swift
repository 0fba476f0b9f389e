/// Diagnostics rendered the way compilers do, for the YAML and CSV layers alike:
///
///     Forces/northamptonshire/force.yaml:12:5: error: unknown key 'regoin' (did you mean 'region'?)
///         regoin: East Midlands
///         ^
///
/// Only the one source line is shown, shortened around the column when it is very long. With
/// `color`, the position is bold, the severity red (error) or cyan (note), the caret green.
public enum DiagnosticText {
    public static func render(severity: String, location: String, column: Int, message: String, sourceLine: String?, color: Bool) -> String
    {
        // Appended into one string: reports of 100,000 errors come through here.
        let style = DiagnosticStyle(enabled: color)
        var text = ""
        text.reserveCapacity(location.utf8.count + severity.utf8.count + message.utf8.count + 3 * (sourceLine?.utf8.count ?? 0) + 48)
        style.append(location, ":", DiagnosticStyle.bold, to: &text)
        text += " "
        style.append(severity, ":", severity == "note" ? DiagnosticStyle.cyan : DiagnosticStyle.red, to: &text)
        text += " "
        style.append(message, "", DiagnosticStyle.bold, to: &text)
        if let sourceLine {
            let excerpt = SourceExcerpt(line: sourceLine, column: column)
            text += "\n"
            text += excerpt.line
            text += "\n"
            style.append(excerpt.caret, "", DiagnosticStyle.green, to: &text)
        }
        return text
    }
}

/// One source line and the caret under a column, shortened around the column when the line is
/// long, so that a one-line 30 MB document or a 16 MiB row never floods the terminal.
public struct SourceExcerpt {
    public let line: String
    public let caret: String

    static let window = 80

    public init(line fullLine: String, column: Int) {
        // Most lines are short printable ASCII, or evidence lines masked with • (one scalar per
        // column): shown as they are, with no work per character; their bytes say so.
        if fullLine.utf8.count <= 6 * Self.window, let count = Self.plainOrMaskedLength(fullLine), count <= 2 * Self.window {
            line = fullLine
            caret = String(repeating: " ", count: min(max(0, column - 1), count)) + "^"
            return
        }
        // Control characters are shown as their Unicode pictures (ESC as ␛), never sent raw: a
        // line echoed into a terminal must not be able to drive it. One scalar each, so the
        // caret stays aligned.
        var scalars = fullLine.unicodeScalars.map(Self.visible)
        // A column past the line's end (an error at its end, or a mark from elsewhere) is
        // shown just past the last character, never beyond what the line holds.
        var caretIndex = min(max(0, column - 1), scalars.count)
        var prefix = ""
        if scalars.count > 2 * Self.window, caretIndex > Self.window {
            let start = caretIndex - Self.window / 2
            scalars.removeFirst(start)
            caretIndex -= start
            prefix = "…"
        }
        var suffix = ""
        if scalars.count > 2 * Self.window {
            scalars.removeLast(scalars.count - 2 * Self.window)
            suffix = "…"
        }
        self.line = prefix + String(String.UnicodeScalarView(scalars)) + suffix
        // Keep tabs so the caret lines up however the terminal expands them.
        var caret = prefix.isEmpty ? "" : " "
        for index in 0..<caretIndex {
            caret += index < scalars.count && scalars[index] == "\t" ? "\t" : " "
        }
        self.caret = caret + "^"
    }

    /// The number of characters of a line made only of printable ASCII and • (U+2022, E2 80 A2
    /// in UTF-8); nil for any other line.
    static func plainOrMaskedLength(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes -> Int? in
            var index = 0
            var count = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= 0x20 && byte < 0x7F {
                    index += 1
                } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA2 {
                    index += 3
                } else {
                    return nil
                }
                count += 1
            }
            return count
        }
    }

    /// A C0 control as its picture (␛), DEL as ␡, a C1 control or an invisible formatting
    /// character as �; anything else as itself.
    public static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x09: return scalar
        case 0x00..<0x20: return Unicode.Scalar(0x2400 + scalar.value)!
        case 0x7F: return "\u{2421}"
        case 0x80..<0xA0: return "\u{FFFD}"
        case let value where InvisibleCharacters.contains(value): return "\u{FFFD}"
        default: return scalar
        }
    }
}

/// ANSI styling that collapses to plain text when disabled.
struct DiagnosticStyle {
    let enabled: Bool

    static let bold = "1", red = "1;31", cyan = "1;36", green = "1;32"

    /// Appends `first` and `second` to `text`, styled together by `code` when enabled.
    func append(_ first: String, _ second: String, _ code: String, to text: inout String) {
        if enabled { text += "\u{1B}[\(code)m" }
        text += first
        text += second
        if enabled { text += "\u{1B}[0m" }
    }
}
