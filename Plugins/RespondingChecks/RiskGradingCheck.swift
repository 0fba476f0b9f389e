import ChildProtectionRecords
import InspectionKit

/// `missing.risk-grading`: was each missing child graded at the risk the information known
/// at the time showed (or that the force's policy requires)?
public struct RiskGradingCheck: InspectionCheck {
    /// The inspection's finding on how missing children's risk is graded, when no episodes
    /// are counted (Cleveland 2025: "doesn't consistently recognise the risks posed to missing children").
    static let topic = "missing-risk-grading"
    static let underGradedShare = FigureSpec("missing.under-graded-share", "Missing children graded below the risk known", .share)

    public static let descriptor = CheckDescriptor(
        id: "missing.risk-grading",
        area: "responding",
        title: "Missing children graded at the risk known",
        rationale: """
            A missing child graded below the risk the police already knew about gets a slower, \
            smaller response. The grade given is compared with the grade the indicators known at \
            the time call for, or with the force's policy when it grades every child high. Where a \
            case-file audit judged the risk the information showed, the audited cases are judged, \
            by the auditors' reading.
            """,
        recommendation:
            "The force should make sure every missing child is graded at the risk the information it holds shows, and that supervisors review the grade.",
        parameters: MissingRiskStandard.parameters + ComplianceBars.parameters,
        reads: [MissingEpisode.self],
        observationTopics: [topic],
        figures: [Self.underGradedShare],
        auditQuestions: [MissingRiskStandard.riskQuestion],
        examples: [
            CheckExample(
                "Every child graded at the risk known",
                evidence: """
                    records:
                      missing-episode:
                        - {case_ref: EX-1, reported_at: 2025-01-06T18:20:00Z, risk_indicators: [exploitation-risk], risk_grade: high}
                        - {case_ref: EX-2, reported_at: 2025-01-07T09:00:00Z, risk_indicators: [], risk_grade: low}
                    """,
                expect: .init(
                    .met, count: .init(met: 2, of: 2),
                    statement: "All 2 missing-child cases were graded at the risk the information known at the time showed.")),
            CheckExample(
                "One child in three graded medium despite high-risk information",
                evidence: """
                    records:
                      missing-episode:
                        - {case_ref: EX-1, reported_at: 2025-01-06T18:20:00Z, risk_indicators: [exploitation-risk], risk_grade: medium}
                        - {case_ref: EX-2, reported_at: 2025-01-07T09:00:00Z, risk_indicators: [], risk_grade: low}
                        - {case_ref: EX-3, reported_at: 2025-01-08T14:00:00Z, risk_indicators: [repeat-missing], risk_grade: medium}
                    """,
                expect: .init(
                    .partlyMet, count: .init(met: 2, of: 3),
                    statement: "In 1 of 3 missing-child cases the child was graded medium risk despite information showing high risk.")),
            CheckExample(
                "An all-high policy makes a low grade an under-grading",
                evidence: """
                    parameters: {missing.risk-policy: all-high}
                    records:
                      missing-episode:
                        - {case_ref: EX-1, reported_at: 2025-01-07T09:00:00Z, risk_indicators: [], risk_grade: low}
                    """,
                expect: .init(
                    .notMet, count: .init(met: 0, of: 1),
                    statement:
                        "In 1 of 1 missing-child cases the child was graded low risk although the force's policy is to grade every missing child high risk."
                )),
            CheckExample(
                "No episodes counted: the inspection's finding decides",
                evidence: """
                    records:
                      inspection-observation:
                        - {topic: missing-risk-grading, rating: serious-shortfall, statement: The force did not consistently recognise the risks missing children faced., source: Example report}
                    """,
                expect: .init(
                    .notMet,
                    statement:
                        "The force did not consistently recognise the risks missing children faced. (Qualitative finding of the inspection.)"
                )),
            CheckExample(
                "Audited cases judged by the auditors' reading of the risk",
                evidence: """
                    records:
                      missing-episode:
                        - {case_ref: EX-1, reported_at: 2025-01-06T18:20:00Z, risk_indicators: [], risk_grade: low}
                        - {case_ref: EX-2, reported_at: 2025-01-07T09:00:00Z, risk_indicators: [], risk_grade: medium}
                        - {case_ref: EX-3, reported_at: 2025-01-08T09:00:00Z, risk_indicators: [], risk_grade: low}
                    audits:
                      missing.risk-known:
                        - {case_ref: EX-1, answer: high}
                        - {case_ref: EX-2, answer: medium}
                    """,
                expect: .init(
                    .partlyMet, count: .init(met: 1, of: 2),
                    statement: "In 1 of 2 audited missing-child cases the child was graded low risk despite information showing high risk.")
            ),
        ],
        countedAs: "missing children graded at the risk the information showed")

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        let (episodes, standard, bars): ([MissingEpisode], MissingRiskStandard, ComplianceBars)
        switch MissingRiskStandard.episodes(in: context, topic: Self.topic, subject: "how missing children's risk is graded") {
        case .judge(let found, let foundStandard, let foundBars): (episodes, standard, bars) = (found, foundStandard, foundBars)
        case .result(let result): return result
        }
        // Where a case-file audit judged the risk, the audited cases are judged, and only they.
        let audited = episodes.filter { standard.auditedRisk[$0.caseRef] != nil }
        let judged = audited.isEmpty ? episodes : audited
        let underGraded = judged.filter { $0.riskGrade < standard.requiredGrade($0) }
        let count = CheckResult.Count(met: judged.count - underGraded.count, of: judged.count)
        let share = Double(underGraded.count) / Double(judged.count)
        var result = CheckResult(
            bars.outcome(count),
            statement: statement(underGraded, of: judged.count, standard: standard, audited: !audited.isEmpty),
            count: count,
            figures: [Self.underGradedShare(share, of: episodes.count)],
            cases: underGraded.map(\.caseRef),
            basis: audited.isEmpty ? .records : .audit)
        if !audited.isEmpty, let answers = standard.audited {
            result.audit = AuditBasis(bars, questions: [answers.question.id], samples: answers.samples)
        }
        return result
    }

    /// One sentence per kind of under-grading, largest first:
    /// "In 3 of 6 missing-child cases the child was graded medium risk despite information showing high risk."
    private static func statement(_ underGraded: [MissingEpisode], of total: Int, standard: MissingRiskStandard, audited: Bool) -> String {
        let cases = audited ? "audited missing-child cases" : "missing-child cases"
        guard !underGraded.isEmpty else {
            return (total == 1 ? "The one \(audited ? "audited " : "")missing-child case was" : "All \(total) \(cases) were")
                + " graded at the risk the information known at the time showed."
        }
        var groups: [(given: RiskGrade, required: RiskGrade, count: Int)] = []
        for episode in underGraded {
            let required = standard.requiredGrade(episode)
            if let index = groups.firstIndex(where: { $0.given == episode.riskGrade && $0.required == required }) {
                groups[index].count += 1
            } else {
                groups.append((episode.riskGrade, required, 1))
            }
        }
        return groups.sorted { $0.count > $1.count }.map { group in
            "In \(group.count) of \(total) \(cases) the child was graded \(group.given.risk) \(standard.reason(for: group.required))."
        }.joined(separator: " ")
    }
}
