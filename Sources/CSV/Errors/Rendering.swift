import TextSafety

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
        DiagnosticText.render(
            severity: severity, location: "\(position)", column: position.column, message: message,
            sourceLine: position.line > 0 ? sourceLine : nil, color: color)
    }
}

extension CSV.Error {
    /// The error and its notes, each with its source line and caret.
    public func rendered(color: Bool) -> String {
        var parts = [
            CSV.renderDiagnostic(
                severity: "error", position: position, message: message, sourceLine: sourceLine, color: color)
        ]
        for note in notes {
            parts.append(
                CSV.renderDiagnostic(
                    severity: "note", position: note.position, message: note.reason.message,
                    sourceLine: note.sourceLine, color: color))
        }
        return parts.joined(separator: "\n")
    }
}
