/// Why a registry could not be built; every problem at once, each naming the Swift type and
/// the file to change.
public struct RegistryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A Swift type a problem is about, and where it is written.
    public struct Source: Hashable, Sendable, CustomStringConvertible {
        /// `RespondingChecks.AbuseResponseCheck`.
        public var type: String
        /// `RespondingChecks/AbuseResponseCheck.swift`.
        public var file: String

        public init(type: String, file: String) {
            self.type = type
            self.file = file
        }

        public var description: String { "\(type) (\(file))" }
    }

    public enum Problem: Hashable, Sendable {
        case malformedID(Source, id: String)
        case duplicateCheck(id: String, sources: [Source])
        case areaOutsideModule(Source, area: String, module: String, suggestion: String?)
        case conflictingParameter(name: String, sources: [Source])
        case parameterType(Source, problem: String)
        case duplicateRecordType(id: String, sources: [Source])
        case recordTypeContract(Source, problem: String)
        case undeclaredAccess(Source, problem: String)
        case conflictingFigure(id: String, sources: [Source])
        case exampleDoesNotRun(Source, example: String, problem: String)
        case conflictingAuditQuestion(id: String, sources: [Source])
        case malformedAuditQuestion(Source, id: String, problem: String)

        public var message: String {
            switch self {
            case .malformedID(let source, let id):
                return "\(source): check id '\(id)' is malformed; use dotted lowercase words such as 'missing.risk-grading'"
            case .duplicateCheck(let id, let sources):
                return "check id '\(id)' is registered twice, by " + sources.map(\.description).joined(separator: " and ")
            case .areaOutsideModule(let source, let area, let module, let suggestion):
                return "\(source): names area '\(area)', which module \(module) does not declare"
                    + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
            case .conflictingParameter(let name, let sources):
                return "parameter '\(name)' is declared differently by " + sources.map(\.description).joined(separator: " and ")
                    + "; a parameter has one type, unit and meaning wherever it is read"
            case .parameterType(let source, let problem):
                return "\(source): \(problem)"
            case .duplicateRecordType(let id, let sources):
                return "record type '\(id)' is declared by two types, " + sources.map(\.description).joined(separator: " and ")
            case .recordTypeContract(let source, let problem):
                return "\(source): \(problem)"
            case .undeclaredAccess(let source, let problem):
                return "\(source): \(problem)"
            case .conflictingFigure(let id, let sources):
                return "figure '\(id)' is declared with different labels or units by "
                    + sources.map(\.description).joined(separator: " and ")
            case .exampleDoesNotRun(let source, let example, let problem):
                return "\(source): example '\(example)' does not run: \(problem)"
            case .conflictingAuditQuestion(let id, let sources):
                return "audit question '\(id)' is declared differently by " + sources.map(\.description).joined(separator: " and ")
                    + "; a question has one wording and one set of answers wherever it is read"
            case .malformedAuditQuestion(let source, let id, let problem):
                return "\(source): audit question '\(id)' \(problem)"
            }
        }
    }

    public var problems: [Problem]

    public init(problems: [Problem]) {
        self.problems = problems
    }

    public var description: String { problems.map { "error: \($0.message)" }.joined(separator: "\n") }
}
