import ChildProtectionRecords
import InspectionKit

/// `assessing.identity-recorded`: do case files record the child's ethnicity and any
/// disability or special educational need?
public struct IdentityRecordingCheck: InspectionCheck {
    static let ethnicityShare = FigureSpec("assessing.ethnicity-recorded-share", "Case files recording the child's ethnicity", .share)
    static let disabilityShare = FigureSpec(
        "assessing.disability-recorded-share", "Case files recording any disability or special educational need", .share)

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
        reads: [CaseFileReview.self],
        observationTopics: ["identity-recording"],
        figures: [Self.ethnicityShare, Self.disabilityShare],
        examples: [
            CheckExample(
                "Recorded in every file",
                evidence: """
                    records:
                      case-file-review:
                        - {case_ref: EX-1, category: referral, ethnicity_recorded: true, disability_recorded: true}
                        - {case_ref: EX-2, category: referral, ethnicity_recorded: true, disability_recorded: true}
                        - {case_ref: EX-3, category: missing, ethnicity_recorded: true, disability_recorded: true}
                    """,
                expect: .init(
                    .met, count: .init(met: 3, of: 3),
                    statement:
                        "The child's ethnicity was recorded in 3 of 3 case files, and any disability or special educational need was recorded in 3 of 3."
                )),
            CheckExample(
                "Often missing",
                evidence: """
                    records:
                      case-file-review:
                        - {case_ref: EX-1, category: referral, ethnicity_recorded: false, disability_recorded: false}
                        - {case_ref: EX-2, category: referral, ethnicity_recorded: true, disability_recorded: false}
                        - {case_ref: EX-3, category: missing, ethnicity_recorded: true, disability_recorded: true}
                        - {case_ref: EX-4, category: missing, ethnicity_recorded: true, disability_recorded: true}
                        - {case_ref: EX-5, category: domestic-abuse, ethnicity_recorded: true, disability_recorded: true}
                    """,
                expect: .init(
                    .partlyMet, count: .init(met: 3, of: 5),
                    statement:
                        "The child's ethnicity was not recorded in 1 of 5 case files, and disability or special educational need was not recorded in 2 of 5."
                )),
            CheckExample(
                "Disability seldom recorded: the least recorded detail decides",
                evidence: """
                    records:
                      case-file-review:
                        - {case_ref: EX-1, category: referral, ethnicity_recorded: true, disability_recorded: false}
                        - {case_ref: EX-2, category: referral, ethnicity_recorded: true, disability_recorded: false}
                        - {case_ref: EX-3, category: missing, ethnicity_recorded: false, disability_recorded: false}
                        - {case_ref: EX-4, category: missing, ethnicity_recorded: true, disability_recorded: true}
                    """,
                expect: .init(
                    .notMet, count: .init(met: 1, of: 4),
                    statement:
                        "The child's ethnicity was not recorded in 1 of 4 case files, and disability or special educational need was not recorded in 3 of 4."
                )),
        ],
        countedAs: "case files recording the detail recorded least often (the child's ethnicity, or any disability)")

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        let bars = ComplianceBars(context)
        var counted: EvidenceJudgement.Counted?
        if let reviews = context.records(CaseFileReview.self) {
            let ethnicity = reviews.compactMap { review in review.ethnicityRecorded.map { (review.caseRef, $0) } }
            let disability = reviews.compactMap { review in review.disabilityRecorded.map { (review.caseRef, $0) } }
            if !ethnicity.isEmpty || !disability.isEmpty {
                counted = Self.count(ethnicity: ethnicity, disability: disability)
            }
        }
        return EvidenceJudgement.decide(
            counted, observations: context.observations("identity-recording"), bars: bars,
            nothing: "No case file review recorded the child's ethnicity or disability (record type case-file-review).")
    }

    /// The detail recorded least often decides the count; each detail some file records is
    /// reported, and a detail no file records is left out rather than shown as 0 of 0.
    static func count(ethnicity: [(String, Bool)], disability: [(String, Bool)]) -> EvidenceJudgement.Counted {
        struct Detail {
            var values: [(String, Bool)]
            var recorded: String
            var notRecorded: String
            var figure: FigureSpec
            var count: CheckResult.Count { .init(met: values.filter(\.1).count, of: values.count) }
        }
        let details = [
            Detail(
                values: ethnicity, recorded: "the child's ethnicity", notRecorded: "the child's ethnicity",
                figure: ethnicityShare),
            Detail(
                values: disability, recorded: "any disability or special educational need",
                notRecorded: "disability or special educational need",
                figure: disabilityShare),
        ].filter { !$0.values.isEmpty }
        let worst = details.map(\.count).min { ($0.share ?? 1) < ($1.share ?? 1) }!
        let anyShort = details.contains { $0.count.shortfall > 0 }
        let parts = details.enumerated().map { index, detail -> String in
            let count = detail.count
            let files = index == 0 ? " case files" : ""
            // Only a detail that falls short is said as "not recorded"; one recorded in every
            // file is said as recorded, never as "not recorded in 0 of 4".
            return anyShort && count.shortfall > 0
                ? "\(detail.notRecorded) was not recorded in \(count.shortfall) of \(count.of)\(files)"
                : "\(detail.recorded) was recorded in \(count.met) of \(count.of)\(files)"
        }
        var statement = parts.joined(separator: ", and ") + "."
        statement = statement.prefix(1).uppercased() + statement.dropFirst()
        var shortfalls: [String] = []
        for (reference, recorded) in ethnicity + disability where !recorded && !shortfalls.contains(reference) {
            shortfalls.append(reference)
        }
        let figures = details.map { $0.figure($0.count.share!, of: $0.count.of) }
        return .init(count: worst, shortfalls: shortfalls, statement: statement, figures: figures)
    }
}
