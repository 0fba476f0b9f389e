/// The answers to one audit question that came back from a force's case-file audits: one
/// settled answer per audited case, with its case reference, and the samples they came from.
///
/// Where two auditors audited a case, the answer is theirs when they agreed and the moderated
/// one when they did not (an unmoderated disagreement stops the run before any check sees it).
public struct AuditedAnswers: Sendable, Hashable {
    public var question: AuditQuestion
    /// In the order of the samples and, within one, of the sample's cases.
    public var cases: [Case]
    /// The samples the answers came from (usually one).
    public var samples: [AuditSampleSummary]

    public struct Case: Sendable, Hashable {
        public var reference: String
        public var answer: AuditAnswer
        public var settled: Settled

        public init(reference: String, answer: AuditAnswer, settled: Settled = .oneAuditor) {
            self.reference = reference
            self.answer = answer
            self.settled = settled
        }
    }

    /// How a case's answer was settled.
    public enum Settled: String, Sendable, Hashable, CaseIterable {
        /// One auditor audited the case.
        case oneAuditor = "one-auditor"
        /// Two auditors audited it independently and gave the same answer.
        case agreed
        /// Two auditors disagreed and the moderation file records the answer agreed.
        case moderated
    }

    public init(question: AuditQuestion, cases: [Case], samples: [AuditSampleSummary]) {
        self.question = question
        self.cases = cases
        self.samples = samples
    }

    /// The cases whose answer is not `not-applicable`: those a count rests on.
    public var applicable: [Case] { cases.filter { $0.answer != .notApplicable } }
}

/// A sample of a force's cases that was audited: which dataset it was drawn from, how many
/// cases that dataset held and how many were drawn.
public struct AuditSampleSummary: Sendable, Hashable {
    /// The case-audit dataset that returned the answers (its name in the inspection file).
    public var name: String
    /// The dataset the sample was drawn from, and its record type.
    public var dataset: String
    public var recordType: String
    /// The audit form's title: "Children reported missing".
    public var form: String
    /// Cases in the dataset the sample was drawn from (after any period or rejected rows).
    public var population: Int
    /// Cases drawn.
    public var size: Int

    public init(name: String, dataset: String, recordType: String, form: String, population: Int, size: Int) {
        self.name = name
        self.dataset = dataset
        self.recordType = recordType
        self.form = form
        self.population = population
        self.size = size
    }
}
