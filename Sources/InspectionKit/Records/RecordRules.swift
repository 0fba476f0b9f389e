import ChildData
import Foundation

/// What a record is checked against beyond its own fields.
public struct RecordRules: Sendable {
    /// Observation topics some registered check reads.
    public var observationTopics: Set<String>
    /// The framework's vocabularies, by `record-type.field`.
    public let vocabularies: [String: Set<String>]
    /// The same as a list of (record type, field, words), so that checking a record's words
    /// builds no key and hashes nothing to find them: a framework has a handful, and the ids
    /// compared are short strings, compared by their bits.
    private let byField: [FieldVocabulary]

    private struct FieldVocabulary: Sendable {
        var recordType: String
        var field: String
        var words: Set<String>
        /// The word meant, remembered per misspelling: a file may repeat one typo 100,000 times.
        let suggestions = SuggestionMemo()
    }
    /// What the force's case references look like.
    public var caseReference: CaseReferenceRule
    /// The proper nouns the force's free text may use.
    public var properNouns: ProperNouns
    /// The largest count one record may hold (children, posts, referrals): 1,000,000.
    public static let maximumCount = 1_000_000

    public init(
        observationTopics: Set<String>, vocabularies: [String: Set<String>] = [:], caseReference: CaseReferenceRule = .default,
        properNouns: ProperNouns = .none
    ) {
        self.observationTopics = observationTopics
        self.vocabularies = vocabularies
        self.byField = Self.group(vocabularies)
        self.caseReference = caseReference
        self.properNouns = properNouns
    }

    private static func group(_ vocabularies: [String: Set<String>]) -> [FieldVocabulary] {
        vocabularies.keys.sorted().compactMap { key in
            guard let dot = key.firstIndex(of: ".") else { return nil }
            // A fresh set, not the framework's: forces are read in parallel, and a set shared by
            // them would have its reference count bounced between cores for every record.
            return FieldVocabulary(
                recordType: String(key[..<dot]), field: String(key[key.index(after: dot)...]),
                words: Set(vocabularies[key]!.map(Self.unshared)))
        }
    }

    /// A copy of `text` with storage of its own (when it has storage at all).
    package static func unshared(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }

    /// A problem for each word outside the framework's vocabulary for `recordType.field`, with
    /// the closest word; none when the framework fixes no vocabulary for the field.
    public func words(_ values: [String], recordType: String, field: String) -> [RecordProblem] {
        guard !values.isEmpty, let entry = byField.first(where: { $0.recordType == recordType && $0.field == field }) else { return [] }
        let vocabulary = entry.words
        guard !values.allSatisfy(vocabulary.contains) else { return [] }
        return values.filter { !vocabulary.contains($0) }.map { word in
            let suggestion = entry.suggestions.closest(word, in: vocabulary)
            return RecordProblem(
                field,
                "\(EchoedValue.quoted(word, nearMiss: suggestion != nil)) is not in the framework's vocabulary for \(field)"
                    + (suggestion.map { " (did you mean '\($0)'?)" } ?? "") + "; the framework lists the words it knows under vocabularies")
        }
    }

    /// A problem when `value` is not a count between 0 and `maximum`.
    public static func count(_ value: Int, _ field: String, maximum: Int = maximumCount, of what: String = "") -> RecordProblem? {
        guard value < 0 || value > maximum else { return nil }
        return RecordProblem(field, "\(field) is \(value); it must be between 0 and \(maximum)\(what)")
    }

    /// A problem when `later` (if given) comes before `earlier`. The times are quoted unless
    /// one of them is at midnight in the UK (00:00 or 23:00 UTC on the hour), as a date of
    /// birth read from a column mapped by mistake would be.
    public static func order(_ later: Date?, _ laterField: String, after earlier: Date, _ earlierField: String) -> RecordProblem? {
        guard let later, later < earlier else { return nil }
        guard !EchoedValue.mayBeBirthDate(later), !EchoedValue.mayBeBirthDate(earlier) else {
            return RecordProblem(
                laterField,
                "\(laterField) is before \(earlierField) (the times are not shown: one is at midnight, as a date of birth would be)")
        }
        return RecordProblem(
            laterField, "\(laterField) (\(DateText.timestamp(later))) is before \(earlierField) (\(DateText.timestamp(earlier)))")
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
