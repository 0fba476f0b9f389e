import InspectionKit

/// `assessing.identity-recorded`: do case files record the child's ethnicity and any
/// disability or special educational need?
public struct IdentityRecordingCheck: InspectionCheck {
    public init() {}

    public static let descriptor = CheckDescriptor(
        id: "assessing.identity-recorded",
        area: "assessing",
        title: "The child's ethnicity and any disability recorded",
        rationale: """
            A force cannot see whether some children are served worse than others, or meet a \
            child's needs, without knowing who the child is. Each detail is counted separately; \
            the outcome follows the one recorded least often.
            """,
        recommendation: "The force should record each child's ethnicity and any disability or special educational need.",
        parameters: ComplianceBars.parameters,
        reads: [CaseFileReview.recordType.id],
        observationTopics: ["identity-recording"],
        exampleParameters: "{standard.met-share: 0.9, standard.partly-met-share: 0.5, standard.minimum-cases: 3}",
        examples: [
            CheckExample("Recorded in every file", evidence: """
                records:
                  case-file-review:
                    - {case_ref: EX-1, category: referral, ethnicity_recorded: true, disability_recorded: true}
                    - {case_ref: EX-2, category: referral, ethnicity_recorded: true, disability_recorded: true}
                    - {case_ref: EX-3, category: missing, ethnicity_recorded: true, disability_recorded: true}
                """, expect: .init(.met, count: .init(met: 3, of: 3),
                    statement: "The child's ethnicity was recorded in 3 of 3 case files, and any disability or special educational need in 3 of 3.")),
            CheckExample("Often missing", evidence: """
                records:
                  case-file-review:
                    - {case_ref: EX-1, category: referral, ethnicity_recorded: false, disability_recorded: false}
                    - {case_ref: EX-2, category: referral, ethnicity_recorded: true, disability_recorded: false}
                    - {case_ref: EX-3, category: missing, ethnicity_recorded: true, disability_recorded: true}
                    - {case_ref: EX-4, category: missing, ethnicity_recorded: true, disability_recorded: true}
                """, expect: .init(.partlyMet, count: .init(met: 2, of: 4),
                    statement: "The child's ethnicity was not recorded in 1 of 4 case files, and disability or special educational need was not recorded in 2 of 4.")),
        ])

    public func evaluate(_ context: CheckContext) throws(CheckFault) -> CheckResult {
        let bars = try ComplianceBars(context)
        var counted: EvidenceJudgement.Counted?
        if let reviews = context.records(CaseFileReview.self) {
            let ethnicity = reviews.compactMap { review in review.ethnicityRecorded.map { (review.caseRef, $0) } }
            let disability = reviews.compactMap { review in review.disabilityRecorded.map { (review.caseRef, $0) } }
            if !ethnicity.isEmpty || !disability.isEmpty {
                counted = Self.count(ethnicity: ethnicity, disability: disability)
            }
        }
        return EvidenceJudgement.decide(counted, observations: context.observations("identity-recording"), bars: bars,
                                        nothing: "No case file review recorded the child's ethnicity or disability (record type case-file-review).")
    }

    /// The detail recorded least often decides the count; both are reported.
    static func count(ethnicity: [(String, Bool)], disability: [(String, Bool)]) -> EvidenceJudgement.Counted {
        func tally(_ values: [(String, Bool)]) -> CheckResult.Count {
            .init(met: values.filter(\.1).count, of: values.count)
        }
        let (ethnic, disabled) = (tally(ethnicity), tally(disability))
        let worst = [ethnic, disabled].filter { $0.of > 0 }.min { ($0.share ?? 1) < ($1.share ?? 1) }!
        let statement: String
        if ethnic.shortfall == 0 && disabled.shortfall == 0 {
            statement = "The child's ethnicity was recorded in \(ethnic.met) of \(ethnic.of) case files, and any disability or special educational need in \(disabled.met) of \(disabled.of)."
        } else {
            statement = "The child's ethnicity was not recorded in \(ethnic.shortfall) of \(ethnic.of) case files, and disability or special educational need was not recorded in \(disabled.shortfall) of \(disabled.of)."
        }
        let shortfalls = Set(ethnicity.filter { !$0.1 }.map(\.0) + disability.filter { !$0.1 }.map(\.0))
        let figures = [
            CheckResult.Figure("assessing.ethnicity-recorded-share", "Case files recording the child's ethnicity", ethnic.share ?? 0, .share),
            CheckResult.Figure("assessing.disability-recorded-share", "Case files recording any disability or special educational need", disabled.share ?? 0, .share),
        ]
        return .init(count: worst, shortfalls: (ethnicity + disability).map(\.0).filter(shortfalls.contains).reduce(into: []) { if !$0.contains($1) { $0.append($1) } },
                     statement: statement, figures: figures)
    }
}
