import ChildProtectionRecords
import InspectionKit

/// The risk a missing child should have been graded at, by the force's policy and the
/// framework's indicator lists. Shared by the missing-children checks so that they judge
/// each case by the same standard.
struct MissingRiskStandard {
    enum Policy: String, ParameterChoice {
        /// Grade by the indicators known at the time.
        case graded
        /// Every missing child is high risk (Northamptonshire's policy after its 2025 inspection).
        case allHigh = "all-high"
    }

    static let policyParameter = Parameter<Policy>(
        "missing.risk-policy", example: .graded, localPolicy: true,
        summary: "How missing children must be graded: `graded` by the indicators known, or `all-high`.")
    static let highIndicatorsParameter = Parameter<[String]>(
        "missing.high-risk-indicators", example: ["exploitation-risk", "under-13"], vocabulary: "missing-episode.risk_indicators",
        summary: "Indicators that make a missing child high risk when known at the time of the report.")
    static let mediumIndicatorsParameter = Parameter<[String]>(
        "missing.medium-risk-indicators", example: ["repeat-missing"], vocabulary: "missing-episode.risk_indicators",
        summary: "Indicators that make a missing child at least medium risk.")
    static let parameters: [any ParameterDeclaration] = [policyParameter, highIndicatorsParameter, mediumIndicatorsParameter]

    /// What a case-file audit asks of a missing child's case: the risk the information held
    /// showed, judged by an auditor rather than read from the indicators recorded.
    static let riskQuestion = AuditQuestion(
        "missing.risk-known",
        "On the information the force held when the child was reported missing, what risk did the child face?",
        answers: .choices(RiskGrade.allCases.reversed().map(\.rawValue)),
        guidance: """
            Judge from what the file shows the force knew or held when the report was made (intelligence, \
            earlier episodes, warning markers, what the caller said), not from what happened later. Answer \
            the grade that information called for, whatever grade the child was given.
            """,
        characteristic: "Risk to missing children is graded correctly.")

    let policy: Policy
    let highIndicators: WordList
    let mediumIndicators: WordList
    /// The audited answers to `riskQuestion`, when a case-file audit answered it.
    let audited: AuditedAnswers?
    /// The auditors' reading of each audited case's risk (not-applicable answers left out).
    let auditedRisk: [String: RiskGrade]

    init(_ context: CheckContext) {
        policy = context[Self.policyParameter]
        highIndicators = WordList(context[Self.highIndicatorsParameter])
        mediumIndicators = WordList(context[Self.mediumIndicatorsParameter])
        audited = context.audited(Self.riskQuestion)
        var risk: [String: RiskGrade] = [:]
        for answered in audited?.applicable ?? [] {
            if let grade = RiskGrade(rawValue: answered.answer.word) { risk[answered.reference] = grade }
        }
        auditedRisk = risk
    }

    /// The grade the episode called for: high under an all-high policy; otherwise the grade
    /// the auditors judged the information showed, where the case was audited; otherwise the
    /// highest grade any indicator known at the time calls for: low for an indicator on
    /// neither list, and no apparent risk when nothing was known.
    func requiredGrade(_ episode: MissingEpisode) -> RiskGrade {
        if policy == .allHigh { return .high }
        if !auditedRisk.isEmpty, let audited = auditedRisk[episode.caseRef] { return audited }
        let known = episode.riskIndicators
        if highIndicators.containsAny(of: known) { return .high }
        if mediumIndicators.containsAny(of: known) { return .medium }
        return known.isEmpty ? .noApparentRisk : .low
    }

    enum Episodes {
        /// The episodes to judge, with the standard and bars to judge them by.
        case judge([MissingEpisode], MissingRiskStandard, ComplianceBars)
        /// What to report when there is nothing to judge.
        case result(CheckResult)
    }

    /// The episodes to judge: without a dataset, the inspection's finding on `topic` (what
    /// a report says of missing children when it publishes no counts), or could not evaluate;
    /// not applicable when the dataset is empty.
    static func episodes(in context: CheckContext, topic: String, subject: String) -> Episodes {
        guard let episodes = context.records(MissingEpisode.self) else {
            return .result(
                EvidenceJudgement.fromObservations(
                    in: context, topics: [topic],
                    nothing:
                        "No missing-child episodes were provided (record type missing-episode), and no finding on \(subject) (inspection-observation topic \(topic))."
                ))
        }
        guard !episodes.isEmpty else {
            return .result(CheckResult(.notApplicable, statement: "No missing-child episodes were examined.", basis: .records))
        }
        return .judge(episodes, MissingRiskStandard(context), ComplianceBars(context))
    }

    /// Why the required grade is what it is, for statements.
    func reason(for grade: RiskGrade) -> String {
        policy == .allHigh
            ? "although the force's policy is to grade every missing child high risk"
            : "despite information showing \(grade.risk)"
    }
}
