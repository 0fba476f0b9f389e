import InspectionKit
import YAML

/// A returned audit form as read: the sample it answers, the form's questions, every accepted
/// row (one auditor's answers about one case) and the moderation recorded. What an inspection
/// reads settled (`settle()`), and what `inspector agreement` compares auditor by auditor.
public struct AuditReturn: Sendable {
    /// The case-audit dataset's name in the inspection file.
    public var name: String
    public var file: String
    public var sample: AuditSampleFile
    public var formTitle: String
    /// The form's questions, in its order, each with the answers it allows.
    public var questions: [(question: AuditQuestion, allowed: [String])]
    public var rows: [Row]
    public var moderation: [Moderated]
    /// The moderation file as the dataset names it, for messages.
    public var moderationFile: String?
    /// Data rows read (instruction rows starting with '#' are not counted) and those rejected.
    public var rowsRead: Int
    public var rejections: [Rejection]
    public var provenance: Provenance

    /// One auditor's answers about one case.
    public struct Row: Sendable {
        public var caseRef: String
        public var auditor: String
        public var line: Int
        /// By question id: the answer (lower case) and where it is written.
        public var answers: [String: (answer: AuditAnswer, mark: YAML.Mark)]
    }

    /// An answer agreed where two auditors disagreed.
    public struct Moderated: Sendable {
        public var caseRef: String
        public var question: String
        public var answer: AuditAnswer
        public var agreedBy: [String]
        public var mark: YAML.Mark
    }

    /// The cases of the sample, in its order.
    public var sampledCases: [String] { sample.cases.map(\.caseRef.value) }

    /// Each sampled case's rows, in file order.
    public var rowsByCase: [String: [Row]] { Dictionary(grouping: rows, by: \.caseRef) }

    /// Every question's answers about a case, auditor by auditor: the pairs `agreement` compares.
    public struct Disagreement: Sendable {
        public var caseRef: String
        public var question: String
        public var answers: [(auditor: String, answer: AuditAnswer)]
        public var moderated: Moderated?
        /// Where the later answer is written.
        public var mark: YAML.Mark
        public var firstMark: YAML.Mark
    }

    /// Every question two auditors answered differently about a case, in sample and form order.
    public var disagreements: [Disagreement] {
        let byCase = rowsByCase
        var found: [Disagreement] = []
        for caseRef in sampledCases {
            guard let rows = byCase[caseRef], rows.count == 2 else { continue }
            for (question, _) in questions {
                guard let first = rows[0].answers[question.id], let second = rows[1].answers[question.id], first.answer != second.answer
                else { continue }
                found.append(
                    Disagreement(
                        caseRef: caseRef, question: question.id,
                        answers: [(rows[0].auditor, first.answer), (rows[1].auditor, second.answer)],
                        moderated: moderation.first { $0.caseRef == caseRef && $0.question == question.id },
                        mark: second.mark, firstMark: first.mark))
            }
        }
        return found
    }

    /// The settled answers, question by question: one auditor's answer, two auditors' shared
    /// answer, or the moderated one. A disagreement without moderation is an error at the later
    /// answer, with a note at the earlier.
    public func settle() -> (answers: [AuditedAnswers], problems: [Diagnostic]) {
        let byCase = rowsByCase
        let summary = AuditSampleSummary(
            name: name, dataset: sample.dataset.name.value, recordType: sample.dataset.recordType, form: formTitle,
            population: sample.dataset.population, size: sample.cases.count)
        var problems: [Diagnostic] = []
        var answers: [AuditedAnswers] = []
        for (question, _) in questions {
            var cases: [AuditedAnswers.Case] = []
            for caseRef in sampledCases {
                let given = (byCase[caseRef] ?? []).compactMap { row in row.answers[question.id].map { (row.auditor, $0) } }
                guard let first = given.first else { continue }
                if given.count == 1 {
                    cases.append(.init(reference: caseRef, answer: first.1.answer, settled: .oneAuditor))
                } else if given.allSatisfy({ $0.1.answer == first.1.answer }) {
                    cases.append(.init(reference: caseRef, answer: first.1.answer, settled: .agreed))
                } else if let agreed = moderation.first(where: { $0.caseRef == caseRef && $0.question == question.id }) {
                    cases.append(.init(reference: caseRef, answer: agreed.answer, settled: .moderated))
                } else {
                    let later = given[1].1
                    problems.append(
                        Diagnostic(
                            .audit(
                                .unmoderatedDisagreement(
                                    caseRef: caseRef, question: question.id, answers: given.map { "\($0.0): \($0.1.answer.word)" },
                                    moderationFile: moderationFile)),
                            at: later.mark,
                            notes: [
                                YAML.Note(
                                    .parserContext(Diagnostic.AuditProblem.otherAnswer(auditor: given[0].0, answer: first.1.answer.word)),
                                    at: first.1.mark, sourceLine: nil)
                            ]))
                }
            }
            answers.append(AuditedAnswers(question: question, cases: cases, samples: [summary]))
        }
        return (answers, problems)
    }
}
