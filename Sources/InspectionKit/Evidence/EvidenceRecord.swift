import Foundation
import YAML

/// A record of evidence: one missing-child episode, one strategy discussion, one observation.
///
/// Record types are Swift structs that decode strictly from YAML and describe their own fields
/// in `recordType`, which is what a force must export and what `inspector explain` prints; a
/// test holds the description and the decoder to each other.
public protocol EvidenceRecord: Decodable, Sendable {
    static var recordType: RecordType { get }
    /// The case this record is about, for findings; nil for records not about a case.
    var caseReference: String? { get }
    /// What is wrong with the record beyond its types: a count out of range, a time before the
    /// time it follows, a topic no check reads. Each problem names the field to point at.
    func problems(_ rules: RecordRules) -> [RecordProblem]
}

extension EvidenceRecord {
    public var caseReference: String? { nil }
    public func problems(_ rules: RecordRules) -> [RecordProblem] { [] }
}

/// What a record is checked against beyond its own fields.
public struct RecordRules: Sendable {
    /// Observation topics some registered check reads.
    public var observationTopics: Set<String>
    /// The framework's vocabularies, by `record-type.field`.
    public var vocabularies: [String: Set<String>]
    /// The largest count one record may hold (children, posts, referrals): 1,000,000.
    public static let maximumCount = 1_000_000

    public init(observationTopics: Set<String>, vocabularies: [String: Set<String>] = [:]) {
        self.observationTopics = observationTopics
        self.vocabularies = vocabularies
    }

    /// A problem for each word outside the framework's vocabulary for `recordType.field`, with
    /// the closest word; none when the framework fixes no vocabulary for the field.
    public func words(_ values: [String], recordType: String, field: String) -> [RecordProblem] {
        guard let vocabulary = vocabularies["\(recordType).\(field)"] else { return [] }
        return values.filter { !vocabulary.contains($0) }.map { word in
            let suggestion = Suggestions.closest(word, vocabulary)
            return RecordProblem(field, "'\(word)' is not in the framework's vocabulary for \(field)"
                                 + (suggestion.map { " (did you mean '\($0)'?)" } ?? "") + "; the framework lists the words it knows")
        }
    }

    /// A problem when `value` is not a count between 0 and `maximum`.
    public static func count(_ value: Int, _ field: String, maximum: Int = maximumCount, of what: String = "") -> RecordProblem? {
        guard value < 0 || value > maximum else { return nil }
        return RecordProblem(field, "\(field) is \(value); it must be between 0 and \(maximum)\(what)")
    }

    /// A problem when `later` (if given) comes before `earlier`.
    public static func order(_ later: Date?, _ laterField: String, after earlier: Date, _ earlierField: String) -> RecordProblem? {
        guard let later, later < earlier else { return nil }
        return RecordProblem(laterField, "\(laterField) (\(DateText.timestamp(later))) is before \(earlierField) (\(DateText.timestamp(earlier)))")
    }
}

/// One problem with a record: the field to point at and what is wrong, in words.
public struct RecordProblem: Sendable, Hashable {
    public var field: String
    public var message: String

    public init(_ field: String, _ message: String) {
        self.field = field
        self.message = message
    }
}

/// The published description of a record type: its id, meaning and fields.
public struct RecordType: Sendable {
    /// Stable id used in configuration: `missing-episode`.
    public var id: String
    public var title: String
    public var summary: String
    public var fields: [FieldSpec]

    public init(id: String, title: String, summary: String, fields: [FieldSpec]) {
        self.id = id
        self.title = title
        self.summary = summary
        self.fields = fields
    }
}

/// One field of a record type.
public struct FieldSpec: Sendable, Hashable {
    public enum FieldType: Sendable, Hashable, CustomStringConvertible {
        case caseReference, text, timestamp, date, duration, integer, decimal, share, boolean
        case choice([String])
        case textList

        public var description: String {
            switch self {
            case .caseReference: return "case reference"
            case .text: return "text"
            case .timestamp: return "timestamp (ISO 8601 with zone)"
            case .date: return "date (YYYY-MM-DD)"
            case .duration: return "duration (e.g. 4h)"
            case .integer: return "integer"
            case .decimal: return "number"
            case .share: return "share (0 to 1)"
            case .boolean: return "true or false"
            case .choice(let options): return "one of: " + options.joined(separator: ", ")
            case .textList: return "list of words"
            }
        }
    }

    public var name: String
    public var type: FieldType
    public var unit: String?
    public var required: Bool
    public var meaning: String

    public static func required(_ name: String, _ type: FieldType, unit: String? = nil, _ meaning: String) -> FieldSpec {
        FieldSpec(name: name, type: type, unit: unit, required: true, meaning: meaning)
    }

    public static func optional(_ name: String, _ type: FieldType, unit: String? = nil, _ meaning: String) -> FieldSpec {
        FieldSpec(name: name, type: type, unit: unit, required: false, meaning: meaning)
    }
}

/// Field names that would carry a child's identity. Evidence is about cases, identified by
/// reference only; a dataset with any of these keys is rejected before it is read.
enum PersonalData {
    static let fieldNames: Set<String> = [
        "name", "child_name", "first_name", "forename", "forenames", "surname", "last_name", "family_name",
        "full_name", "given_name", "date_of_birth", "dob", "birth_date", "birthday", "address", "home_address",
        "street", "postcode", "post_code", "zip", "nhs_number", "phone", "telephone", "email", "school",
    ]
}
