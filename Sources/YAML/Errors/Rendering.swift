import TextSafety

extension YAML {
    /// Renders one diagnostic the way compilers do:
    ///
    ///     Forces/northamptonshire/force.yaml:12:5: error: unknown key 'regoin' (did you mean 'region'?)
    ///         regoin: East Midlands
    ///         ^
    ///
    /// Only the one source line is shown, shortened around the column when it is very long.
    /// With `color`, the position is bold, the severity red (error) or cyan (note), the caret green.
    public static func renderDiagnostic(
        severity: String, mark: Mark, message: String, sourceLine: String?, color: Bool
    ) -> String {
        DiagnosticText.render(
            severity: severity, location: "\(mark)", column: mark.column, message: message, sourceLine: sourceLine, color: color)
    }
}

extension YAML.Error {
    /// The error and its notes, each with its source line and caret.
    public func rendered(color: Bool) -> String {
        var parts = [
            YAML.renderDiagnostic(
                severity: "error", mark: mark, message: message, sourceLine: sourceLine, color: color)
        ]
        for note in notes {
            parts.append(
                YAML.renderDiagnostic(
                    severity: "note", mark: note.mark, message: note.reason.message,
                    sourceLine: note.sourceLine, color: color))
        }
        return parts.joined(separator: "\n")
    }
}
