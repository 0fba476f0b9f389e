extension CSV {
    /// Renders one diagnostic the way compilers do:
    ///
    ///     Forces/kent/evidence/missing.csv:12:5: error: the row has 6 fields but the header has 7
    ///     NN-2025-000123,01/03/2025 10:00,…
    ///         ^
    ///
    /// Only the one source line is shown, shortened around the column when it is long. With
    /// `color`, the position is bold, the severity red (error) or cyan (note), the caret green.
    public static func renderDiagnostic(
        severity: String, position: Position, message: String, sourceLine: String?, color: Bool
    ) -> String {
        let style = TerminalStyle(enabled: color)
        let severityColour = severity == "note" ? style.cyan : style.red
        var text = style.bold("\(position):") + " " + severityColour("\(severity):") + " " + style.bold(message)
        if let sourceLine, position.line > 0 {
            let excerpt = SourceExcerpt(line: sourceLine, column: position.column)
            text += "\n" + excerpt.line + "\n" + style.green(excerpt.caret)
        }
        return text
    }
}

extension CSV.Error {
    /// The error and its notes, each with its source line and caret.
    public func rendered(color: Bool) -> String {
        var parts = [CSV.renderDiagnostic(
            severity: "error", position: position, message: message, sourceLine: sourceLine, color: color)]
        for note in notes {
            parts.append(CSV.renderDiagnostic(
                severity: "note", position: note.position, message: note.reason.message,
                sourceLine: note.sourceLine, color: color))
        }
        return parts.joined(separator: "\n")
    }
}

/// One source line and the caret under a column, shortened around the column when the line is
/// long, so that a 16 MiB row never floods the terminal.
struct SourceExcerpt {
    let line: String
    let caret: String

    static let window = 80

    init(line fullLine: String, column: Int) {
        // Control characters are shown as their Unicode pictures (CR as ␍), never sent raw. One
        // scalar each, so the caret stays aligned.
        var scalars = fullLine.unicodeScalars.map(Self.visible)
        // A column past the line's end (an error at its end) is shown just past the last
        // character, never beyond what the line holds.
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

    static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x09: return scalar
        case 0x00..<0x20: return Unicode.Scalar(0x2400 + scalar.value)!
        case 0x7F: return "\u{2421}"
        case 0x80..<0xA0: return "\u{FFFD}"
        default: return scalar
        }
    }
}

/// ANSI styling that collapses to plain text when disabled.
struct TerminalStyle {
    let enabled: Bool

    func bold(_ text: String) -> String { wrap(text, "1") }
    func red(_ text: String) -> String { wrap(text, "1;31") }
    func cyan(_ text: String) -> String { wrap(text, "1;36") }
    func green(_ text: String) -> String { wrap(text, "1;32") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
