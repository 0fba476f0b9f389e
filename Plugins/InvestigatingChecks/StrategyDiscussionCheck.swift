import ChildProtectionRecords
import InspectionKit

/// `investigating.strategy-discussions`: were the decisions made in strategy discussions sound?
public struct StrategyDiscussionCheck: InspectionCheck {
    static let poorShare = FigureSpec("investigating.poor-strategy-discussion-share", "Strategy discussions with poor decisions", .share)

    public static let descriptor = CheckDescriptor(
        id: "investigating.strategy-discussions",
        area: "investigating",
        title: "Sound decisions in strategy discussions",
        rationale: """
            A strategy discussion decides whether a child is investigated and protected, and how. \
            Discussions whose decisions the inspectors judged poor are counted against the standard.
            """,
        recommendation: "The force should make sure its officers make sound, recorded decisions in strategy discussions.",
        parameters: ComplianceBars.parameters,
        reads: [StrategyDiscussion.self],
        observationTopics: ["strategy-discussions"],
        figures: [Self.poorShare],
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
        ],
        countedAs: "strategy discussions with sound decisions")

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        let bars = ComplianceBars(context)
        let counted = context.records(StrategyDiscussion.self).flatMap { discussions in
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
