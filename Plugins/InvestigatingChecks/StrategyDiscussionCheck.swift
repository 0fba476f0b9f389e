import ChildProtectionRecords
import InspectionKit

/// `investigating.strategy-discussions`: were the decisions made in strategy discussions sound?
public struct StrategyDiscussionCheck: InspectionCheck {
    static let poorShare = FigureSpec("investigating.poor-strategy-discussion-share", "Strategy discussions with poor decisions", .share)

    /// What a case-file audit asks of a strategy discussion.
    static let decisionsSound = AuditQuestion(
        "strategy-discussions.decisions-sound",
        "Were the decisions made in the strategy discussion sound?",
        answers: .yesPartlyNo,
        guidance: """
            Yes when the discussion agreed what the child needed and who would do it, and the record shows why; \
            partly when the decisions were sound but their reasons or actions were not recorded; no when a \
            decision left the child at risk, or the discussion decided nothing that protected the child.
            """,
        characteristic: "Strategy discussions make sound, recorded decisions that protect the child.")

    public static let descriptor = CheckDescriptor(
        id: "investigating.strategy-discussions",
        area: "investigating",
        title: "Sound decisions in strategy discussions",
        rationale: """
            A strategy discussion decides whether a child is investigated and protected, and how. \
            Discussions whose decisions the inspectors judged poor are counted against the standard; \
            where discussions were audited, the audit's answers are counted (no is poor).
            """,
        recommendation: "The force should make sure its officers make sound, recorded decisions in strategy discussions.",
        parameters: ComplianceBars.parameters,
        reads: [StrategyDiscussion.self],
        observationTopics: ["strategy-discussions"],
        figures: [Self.poorShare],
        auditQuestions: [Self.decisionsSound],
        examples: [
            CheckExample(
                "Sound decisions throughout",
                evidence: """
                    records:
                      strategy-discussion:
                        - {case_ref: EX-1, decision_quality: good}
                        - {case_ref: EX-2, decision_quality: adequate}
                        - {case_ref: EX-3, decision_quality: good}
                    """,
                expect: .init(
                    .met, count: .init(met: 3, of: 3),
                    statement: "Decision-making was sound in 3 of 3 strategy discussions.")),
            CheckExample(
                "Poor decisions in one discussion of four",
                evidence: """
                    records:
                      strategy-discussion:
                        - {case_ref: EX-1, decision_quality: good}
                        - {case_ref: EX-2, decision_quality: adequate}
                        - {case_ref: EX-3, decision_quality: poor}
                        - {case_ref: EX-4, decision_quality: adequate}
                    """,
                expect: .init(
                    .partlyMet, count: .init(met: 3, of: 4),
                    statement: "Decision-making was poor in 1 of 4 strategy discussions.")),
            CheckExample(
                "Mostly poor",
                evidence: """
                    records:
                      strategy-discussion:
                        - {case_ref: EX-1, decision_quality: poor}
                        - {case_ref: EX-2, decision_quality: poor}
                        - {case_ref: EX-3, decision_quality: good}
                    """,
                expect: .init(
                    .notMet, count: .init(met: 1, of: 3),
                    statement: "Decision-making was poor in 2 of 3 strategy discussions.")),
            CheckExample(
                "Audited discussions, poor in one of three",
                evidence: """
                    audits:
                      strategy-discussions.decisions-sound:
                        - {case_ref: EX-1, answer: yes}
                        - {case_ref: EX-2, answer: partly}
                        - {case_ref: EX-3, answer: no}
                        - {case_ref: EX-4, answer: not-applicable}
                    """,
                expect: .init(
                    .partlyMet, count: .init(met: 2, of: 3),
                    statement: "Decision-making was poor in 1 of 3 audited strategy discussions.")),
        ],
        countedAs: "strategy discussions with sound decisions")

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        let bars = ComplianceBars(context)
        let audited = context.audited(Self.decisionsSound).flatMap { answers in
            EvidenceJudgement.Counted.audited(answers, meets: { $0 == .no ? false : true }, figure: .fallingShort(Self.poorShare)) {
                poor, total in
                poor.isEmpty
                    ? "Decision-making was sound in \(total) of \(total) audited strategy discussions."
                    : "Decision-making was poor in \(poor.count) of \(total) audited strategy discussions."
            }
        }
        let counted =
            audited
            ?? context.records(StrategyDiscussion.self).flatMap { discussions in
                EvidenceJudgement.Counted.records(
                    discussions, reference: \.caseRef, meets: { $0.decisionQuality != .poor },
                    figure: .fallingShort(Self.poorShare)
                ) { poor, total in
                    poor.isEmpty
                        ? "Decision-making was sound in \(total) of \(total) strategy discussions."
                        : "Decision-making was poor in \(poor.count) of \(total) strategy discussions."
                }
            }
        return EvidenceJudgement.decide(
            counted, observations: context.observations("strategy-discussions"), bars: bars,
            nothing: "No strategy discussions were provided (record type strategy-discussion).")
    }
}
