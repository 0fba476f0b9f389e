import YAML

extension Diagnostic {
    /// What is wrong. Each case carries the facts its wording needs.
    public enum Reason: Hashable, Sendable {
        /// A problem the YAML layer found (syntax, unknown key, wrong type, …).
        case yaml(YAML.Error.Reason)

        // Files and paths
        case missingFile(String)
        case unreadablePath(path: String, why: String)
        case notAProjectRoot
        case misnamedFile(String)
        case pathEscapesDirectory(path: String, directory: String)
        case absolutePath(String)
        case unsupportedSchema(found: Int, supported: [Int])
        case idDoesNotMatchDirectory(id: String, directory: String)
        case placeholder(String)
        case malformedForceID(String)
        case forceIDClash(directory: String, other: String)

        // Cross-references
        case unknownReference(kind: ReferenceKind, id: String, suggestion: String?)
        case duplicateID(kind: ReferenceKind, id: String)
        case checkListedTwice(check: String, area: String)
        case checkInWrongArea(check: String, area: String, expected: [String])
        case duplicatePublishedGrade(area: String)
        case unknownArea(id: String, suggestion: String?, areas: [String])
        case invalidPublishedGrade(String)

        // Parameters
        case unknownParameter(name: String, suggestion: String?)
        case parameterNotReadByCheck(name: String, check: String)
        case missingParameter(name: String, check: String)
        case invalidParameter(name: String, problem: String)
        case standardNotLocalPolicy(name: String, policies: [String])

        // Evidence
        case personalDataField(String)
        case personalDataText(field: String, shape: String)
        case personalDataInConfiguration(String)
        case wrongRecordType(found: String, expected: String)
        case datasetRecordTypeMismatch(dataset: String, declared: String, file: String)
        case duplicateCaseReference(String)
        case implausibleRecord(String)
        case invalidMapping(String)
        case csv(String)
        case rejectedRow(String)
        case tooManyRejected(dataset: String, rejected: Int, rows: Int, limit: String, listed: Int)
        case datasetSetting(String)

        // Scoring model
        case invalidScoring(String)

        // Published findings, responses to them and earlier inspections
        case findingSetting(String)
        case unknownFinding(id: String, suggestion: String?)
        case responseSetting(String)

        /// A failure of the inspector itself, not of the input.
        case internalError(String)
    }

    /// The kinds of thing configuration refers to by id, for "unknown X 'y'" messages.
    public enum ReferenceKind: String, Hashable, Sendable {
        case check, area, grade, framework, scale, force, dataset, recordType = "record type"
        case document, inspection, field, theme, parameter, scoringModel = "scoring model"
        case finding, duty
    }
}

extension Diagnostic.Reason {
    public var message: String {
        switch self {
        case .yaml(let reason):
            return reason.message
        case .missingFile(let path):
            return "file '\(path)' does not exist"
        case .notAProjectRoot:
            return "this is not a project root: it has no Frameworks/ and Forces/ directories; run from the project root or pass --root"
        case .unreadablePath(let path, let why):
            return "cannot read '\(path)': \(why)"
        case .misnamedFile(let name):
            return "'\(name)' ends in .yml and is not read; rename it to end in .yaml"
        case .pathEscapesDirectory(let path, let directory):
            return "path '\(path)' leads outside the directory '\(directory)'; evidence and documents must stay inside it"
        case .absolutePath(let path):
            return "path '\(path)' is absolute; write it relative to the force's directory"
        case .unsupportedSchema(let found, let supported):
            return "schema \(found) is not supported; this inspector reads schema " + supported.map(String.init).joined(separator: ", ")
        case .idDoesNotMatchDirectory(let id, let directory):
            return "id '\(id)' does not match its directory '\(directory)'; use the same name for both"
        case .placeholder(let instruction):
            return "fill in this placeholder: \(instruction)"
        case .malformedForceID(let id):
            return
                "'\(id)' is not a force id: use lowercase letters, digits and hyphens, starting with a letter (e.g. \(ForceID.suggest(id)))"
        case .forceIDClash(let directory, let other):
            return "force directory '\(directory)' differs from '\(other)' only in case; a force has one id, in lowercase"
        case .unknownReference(let kind, let id, let suggestion):
            return "unknown \(kind.rawValue) '\(id)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        case .duplicateID(let kind, let id):
            return "\(kind.rawValue) '\(id)' is defined more than once"
        case .checkListedTwice(let check, let area):
            return "check '\(check)' is listed twice in area '\(area)'; it would be counted twice in the area's grade; list it once"
        case .duplicatePublishedGrade(let area):
            return "area '\(area)' already has a published grade; give one grade per area"
        case .unknownArea(let id, let suggestion, let areas):
            return "unknown area '\(id)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "") + "; the framework's areas: "
                + areas.joined(separator: ", ")
        case .invalidPublishedGrade(let problem):
            return "published grade: \(problem)"
        case .checkInWrongArea(let check, let area, let expected):
            return "check '\(check)' is listed under area '\(area)' but belongs to " + expected.map { "'\($0)'" }.joined(separator: " or ")
        case .unknownParameter(let name, let suggestion):
            return "unknown parameter '\(name)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
                + "; `inspector explain <check>` lists each check's parameters"
        case .parameterNotReadByCheck(let name, let check):
            return "check '\(check)' does not read parameter '\(name)'"
        case .missingParameter(let name, let check):
            return "check '\(check)' needs parameter '\(name)', which has no default; set it in the framework's parameters"
        case .invalidParameter(let name, let problem):
            return "parameter '\(name)': \(problem)"
        case .standardNotLocalPolicy(let name, let policies):
            return "'\(name)' is a standard the framework sets for every force; a force may set only its local policy ("
                + policies.map { "'\($0)'" }.joined(separator: ", ") + "); try other values with `inspector inspect --set`"
        case .personalDataField(let field):
            return
                "field '\(field)' would hold personal data; evidence carries case references only, never a child's name, date of birth or address"
        case .personalDataInConfiguration(let key):
            return "unknown key '\(key)', which would hold personal data; configuration never names a child (its line is not shown)"
        case .personalDataText(let field, let shape):
            return
                "the text of \(field) looks like it holds personal data (\(shape)); evidence carries case references only: rewrite it without the child's details"
        case .wrongRecordType(let found, let expected):
            return "the file holds '\(found)' records but the dataset declares '\(expected)'"
        case .datasetRecordTypeMismatch(let dataset, let declared, let file):
            return "dataset '\(dataset)' declares record type '\(declared)' but '\(file)' holds another"
        case .duplicateCaseReference(let reference):
            return "case reference '\(reference)' appears more than once among this inspection's records of this type"
        case .implausibleRecord(let message):
            return message
        case .invalidMapping(let problem):
            return "mapping: \(problem)"
        case .csv(let message):
            return message
        case .rejectedRow(let reason):
            return "row rejected: \(reason)"
        case .tooManyRejected(let dataset, let rejected, let rows, let limit, let listed):
            return "\(rejected) of \(rows) rows of dataset '\(dataset)' were rejected, more than it allows (max_rejected: \(limit))"
                + (listed < rejected ? "; the first \(listed) are listed" : "")
        case .datasetSetting(let problem):
            return problem
        case .invalidScoring(let problem):
            return "scoring model: \(problem)"
        case .findingSetting(let problem):
            return problem
        case .unknownFinding(let id, let suggestion):
            return "no published finding has the id '\(id)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
                + "; `inspector follow-up <force>` lists every finding's id"
        case .responseSetting(let problem):
            return problem
        case .internalError(let detail):
            return "internal error: \(detail)"
        }
    }
}
