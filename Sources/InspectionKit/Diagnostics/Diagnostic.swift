import YAML

/// A positioned problem in configuration or evidence: what `inspector validate` reports and
/// what stops a run with exit code 3.
///
/// Like `YAML.Error`, the data (a `Reason`, a mark, the source line, notes) is kept apart from
/// its wording (`message`), and rendering is the compiler-style `file:line:col: error: …`.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public var reason: Reason
    public var mark: YAML.Mark
    public var sourceLine: String?
    public var notes: [YAML.Note]

    public init(_ reason: Reason, at mark: YAML.Mark, sourceLine: String? = nil, notes: [YAML.Note] = []) {
        self.reason = reason
        self.mark = mark
        self.sourceLine = sourceLine
        self.notes = notes
    }

    /// A diagnostic at a decoded value's position.
    public init<Value>(_ reason: Reason, at located: YAML.Located<Value>) {
        self.init(reason, at: located.mark, sourceLine: located.sourceLine)
    }

    /// A diagnostic at a node's position.
    public init(_ reason: Reason, at node: YAML.Node) {
        self.init(reason, at: node.mark, sourceLine: node.sourceLine)
    }

    /// Wraps an error from the YAML layer, keeping its position and notes.
    public init(_ error: YAML.Error) {
        self.init(.yaml(error.reason), at: error.mark, sourceLine: error.sourceLine, notes: error.notes)
    }

    /// A diagnostic about a whole file (its first line).
    public static func file(_ reason: Reason, _ path: String) -> Diagnostic {
        Diagnostic(reason, at: YAML.Mark(file: path, line: 1, column: 1))
    }

    public var message: String { reason.message }

    public func rendered(color: Bool) -> String {
        let first = YAML.renderDiagnostic(severity: "error", mark: mark, message: message, sourceLine: sourceLine, color: color)
        guard !notes.isEmpty else { return first }
        var parts = [first]
        for note in notes {
            parts.append(
                YAML.renderDiagnostic(
                    severity: "note", mark: note.mark, message: note.reason.message, sourceLine: note.sourceLine, color: color))
        }
        return parts.joined(separator: "\n")
    }

    public var description: String { rendered(color: false) }
}
