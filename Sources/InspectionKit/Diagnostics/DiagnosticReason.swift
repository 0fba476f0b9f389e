import ChildData
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
        /// A check no module of this inspector registers: a typo, or a check of a module it was
        /// not built with (`modules` are those it has).
        case unknownCheck(id: String, suggestion: String?, modules: [String])
        case duplicateID(kind: ReferenceKind, id: String)
        case checkListedTwice(check: String, area: String)
        case checkInWrongArea(check: String, area: String, expected: [String])
        case duplicatePublishedGrade(area: String)
        case unknownArea(id: String, suggestion: String?, areas: [String])
        case invalidPublishedGrade(PublishedGradeProblem)

        // Parameters
        case unknownParameter(name: String, suggestion: String?)
        case parameterNotReadByCheck(name: String, check: String)
        case missingParameter(name: String, check: String)
        case invalidParameter(name: String, problem: String)
        case standardNotLocalPolicy(name: String, policies: [String])

        // Evidence
        case personalDataField(String)
        case personalDataText(field: String, shape: String)
        /// A capitalised word in a field's text that the force has not declared: as many • as it
        /// has characters, and where it starts (1-based, in characters).
        case undeclaredProperNoun(field: String, shown: String, character: Int)
        case caseReferenceRefused(CaseReferenceRule.Refusal)
        case personalDataInConfiguration(String)
        case wrongRecordType(found: String, expected: String)
        case datasetRecordTypeMismatch(dataset: String, declared: String, file: String)
        case duplicateCaseReference(String)
        case implausibleRecord(String)
        case invalidMapping(MappingProblem)
        case csv(String)
        case rejectedRow(String)
        case tooManyRejected(dataset: String, rejected: Int, rows: Int, limit: String, listed: Int)
        case datasetSetting(DatasetProblem)
        /// A case-file audit: its form, sample, returned answers or moderation.
        case audit(AuditProblem)

        // Scoring model
        case invalidScoring(ScoringProblem)
        /// `--scoring` names no model of the framework.
        case unknownScoringModel(name: String, framework: String, models: [String])

        // Published findings, responses to them and earlier inspections
        case findingSetting(FindingProblem)
        case unknownFinding(id: String, suggestion: String?)
        case responseSetting(String)
        /// A response's text that the free-text rules refuse.
        case responseText(FreeTextProblem)

        /// A failure of the inspector itself, not of the input.
        case internalError(String)
    }

    /// What the free-text rules find in a text that is not evidence's own field (a response's).
    public enum FreeTextProblem: Hashable, Sendable {
        case personalData(shape: String)
        /// As many • as the word has characters, and where it starts (1-based, in characters).
        case undeclaredProperNoun(shown: String, character: Int)
    }

    /// The kinds of thing configuration refers to by id, for "unknown X 'y'" messages.
    public enum ReferenceKind: String, Hashable, Sendable {
        case check, area, grade, framework, scale, force, dataset, recordType = "record type"
        case document, inspection, field, theme, parameter, scoringModel = "scoring model"
        case finding, duty, characteristic
    }
}
