/// A question an auditor answers about one case file: what a case-file audit asks, declared
/// by the checks that read the answers, exactly as they declare their parameters.
///
/// `AuditQuestion("strategy-discussions.decisions-sound", "Were the decisions made in the
/// strategy discussion sound?", answers: .yesPartlyNo, guidance: "…", characteristic: "…")`.
/// A framework's audit form (`audit_forms:` in its YAML) names which questions are asked of a
/// dataset; `inspector audit-form` prints them for the auditors, and `context.audited(question)`
/// hands a check the answers that came back. Every answer set also allows `not-applicable`,
/// which is never counted.
public struct AuditQuestion: Sendable, Hashable {
    /// Stable dotted id, the column of the returned form: `missing.risk-known`.
    public var id: String
    /// What the auditor reads, as a question.
    public var wording: String
    public var answers: Answers
    /// How to answer: what counts as yes, what to do when the file is silent.
    public var guidance: String
    /// The characteristic of good the answer is evidence of, in words an auditor recognises.
    public var characteristic: String

    /// The answers an auditor may give.
    public enum Answers: Sendable, Hashable {
        /// yes, no
        case yesNo
        /// yes, partly, no
        case yesPartlyNo
        /// Words listed by the check (e.g. the risk grades).
        case choices([String])
        /// The words of a framework vocabulary (`record-type.field`, as in the framework's
        /// `vocabularies:`), so that a framework chooses them without Swift.
        case vocabulary(String)
    }

    public init(_ id: String, _ wording: String, answers: Answers, guidance: String, characteristic: String) {
        self.id = id
        self.wording = wording
        self.answers = answers
        self.guidance = guidance
        self.characteristic = characteristic
    }

    /// The answers allowed, `not-applicable` last; `vocabularies` are the framework's, by name
    /// (nil when the question's vocabulary is not there: validation reports it).
    public func allowedAnswers(vocabularies: [String: [String]] = [:]) -> [String]? {
        let words: [String]
        switch answers {
        case .yesNo: words = [AuditAnswer.yes.word, AuditAnswer.no.word]
        case .yesPartlyNo: words = [AuditAnswer.yes.word, AuditAnswer.partly.word, AuditAnswer.no.word]
        case .choices(let choices): words = choices
        case .vocabulary(let name):
            guard let vocabulary = vocabularies[name] else { return nil }
            words = vocabulary
        }
        return words + [AuditAnswer.notApplicable.word]
    }

    /// The answers in words for documentation: "yes, partly, no or not-applicable".
    public var answersDescription: String {
        switch answers {
        case .vocabulary(let name): return "a word of the framework's vocabulary \(name), or not-applicable"
        default:
            let words = allowedAnswers() ?? []
            return words.dropLast().joined(separator: ", ") + " or " + (words.last ?? "")
        }
    }
}

/// One answer an auditor gave: a word of the question's answers.
public struct AuditAnswer: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var word: String

    public init(_ word: String) {
        self.word = word
    }

    public static let yes = AuditAnswer("yes")
    public static let no = AuditAnswer("no")
    public static let partly = AuditAnswer("partly")
    /// The question does not apply to this case, or the file cannot say: never counted.
    public static let notApplicable = AuditAnswer("not-applicable")

    public var description: String { word }

    public static func < (lhs: AuditAnswer, rhs: AuditAnswer) -> Bool { lhs.word < rhs.word }
}
