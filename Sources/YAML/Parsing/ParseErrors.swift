/// Errors made while building an arena: at libyaml's 0-based positions, with the source line.
extension ArenaBuilder {
    /// `!!int` for `tag:yaml.org,2002:int`, as people write it.
    static func shortTag(_ tag: String) -> String {
        let prefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }

    /// An error at a 0-based libyaml position.
    func error(_ reason: YAML.Error.Reason, line: Int, column: Int, notes: [YAML.Note] = []) -> YAML.Error {
        let text = source.line(line + 1)
        return YAML.Error(
            reason, at: YAML.Mark(file: file, line: line + 1, column: column + 1),
            sourceLine: text?.isEmpty == false || column > 0 ? text : nil, notes: notes)
    }

    /// A note at a node of the arena.
    func note(_ reason: YAML.Note.Reason, _ index: Int32) -> YAML.Note {
        let record = records[Int(index)]
        return YAML.Note(
            reason, at: YAML.Mark(file: file, line: Int(record.line), column: Int(record.column)),
            sourceLine: source.line(Int(record.line)))
    }

    /// What libyaml reported when it stopped, as a positioned error.
    func error(from failure: EventParser.Failure) -> YAML.Error {
        switch failure.kind {
        case .memory:
            return error(.syntax(failure.problem), line: 0, column: 0)
        case .reader:
            let position = source.position(ofByte: failure.byteOffset)
            let reason: YAML.Error.Reason =
                failure.problem.contains("UTF-8")
                ? .invalidUTF8(failure.problem) : .syntax(failure.problem)
            return error(reason, line: position.line - 1, column: position.column - 1)
        case .syntax:
            let line = source.line(failure.line + 1) ?? ""
            let reason: YAML.Error.Reason =
                Self.isTabIndentation(line: line, column: failure.column)
                ? .tabIndentation : .syntax(failure.problem)
            let notes =
                failure.context.map { context in
                    [
                        YAML.Note(
                            .parserContext(context.text),
                            at: YAML.Mark(file: file, line: context.line + 1, column: context.column + 1),
                            sourceLine: source.line(context.line + 1))
                    ]
                } ?? []
            return error(
                reason, line: failure.line, column: failure.column,
                notes: reason == .tabIndentation ? [] : notes)
        }
    }

    /// libyaml reports a tab in indentation as a generic scanning problem; recognise it so the
    /// message can say what to do. True when the line's leading whitespace, up to and
    /// including the reported column, holds a tab.
    private static func isTabIndentation(line: String, column: Int) -> Bool {
        let leading = line.unicodeScalars.prefix { $0 == " " || $0 == "\t" }
        return leading.contains("\t") && column <= leading.count
    }
}
