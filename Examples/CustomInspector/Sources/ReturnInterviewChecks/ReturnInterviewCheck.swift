import InspectionKit

/// `missing.return-interviews`: was every child who came back from a missing episode offered a
/// return home interview in time?
public struct ReturnInterviewCheck: InspectionCheck {
    /// The check decides its own standard: 72 hours, as statutory guidance expects, unless a
    /// framework sets another (a typed parameter with a default).
    static let target = Parameter<Duration>(
        "missing.return-interview-target", unit: "after the child's return", default: .seconds(72 * 3600), example: .seconds(72 * 3600),
        summary: "Longest acceptable time from a child's return to the offer of a return home interview (default 72 hours).")

    static let topic = "return-interviews"

    static let offeredInTime = FigureSpec(
        "missing.return-interview-offered-share", "Children offered a return home interview in time", .share)

    public static let descriptor = CheckDescriptor(
        id: "missing.return-interviews",
        area: "responding",
        title: "Return home interviews offered in time",
        rationale: """
            Statutory guidance on children who go missing expects every child who comes back to be \
            offered an independent return home interview within 72 hours, to learn why they went, \
            what happened while they were away and how to keep them from going again. Each return \
            is compared with the framework's target; an interview never offered counts as late.
            """,
        recommendation:
            "The force should make sure, with its partners, that every child who returns from a missing episode is offered a return home interview within the target time.",
        parameters: [target] + ComplianceBars.parameters,
        reads: [ReturnInterview.self],
        observationTopics: [topic],
        figures: [offeredInTime],
        examples: [
            CheckExample(
                "Every child offered an interview within three days",
                evidence: """
                    records:
                      return-interview:
                        - {case_ref: EX-1, returned_at: 2025-03-03T08:00:00Z, offered_at: 2025-03-03T15:00:00Z, accepted: true, conducted_by: independent}
                        - {case_ref: EX-2, returned_at: 2025-03-10T22:30:00Z, offered_at: 2025-03-12T10:00:00Z, accepted: false, conducted_by: independent}
                        - {case_ref: EX-3, returned_at: 2025-03-15T06:00:00Z, offered_at: 2025-03-17T09:00:00Z, accepted: true, conducted_by: social-care}
                    """,
                expect: .init(
                    .met, count: .init(met: 3, of: 3),
                    statement: "In 3 of 3 missing-child cases a return home interview was offered within 72 hours of the child's return.")),
            CheckExample(
                "One offer five days late, one child never offered an interview",
                evidence: """
                    records:
                      return-interview:
                        - {case_ref: EX-1, returned_at: 2025-03-03T08:00:00Z, offered_at: 2025-03-03T15:00:00Z, accepted: true, conducted_by: independent}
                        - {case_ref: EX-2, returned_at: 2025-03-10T22:30:00Z, offered_at: 2025-03-12T10:00:00Z, accepted: false, conducted_by: independent}
                        - {case_ref: EX-3, returned_at: 2025-03-15T06:00:00Z, offered_at: 2025-03-17T09:00:00Z, accepted: true, conducted_by: social-care}
                        - {case_ref: EX-4, returned_at: 2025-03-20T18:00:00Z, offered_at: 2025-03-25T18:00:00Z, accepted: true, conducted_by: police}
                        - {case_ref: EX-5, returned_at: 2025-03-24T02:15:00Z, conducted_by: independent}
                    """,
                expect: .init(
                    .partlyMet, count: .init(met: 3, of: 5),
                    statement:
                        "In 2 of 5 missing-child cases no return home interview was offered within 72 hours of the child's return. 60% of the children were offered one in time. In 1 case no interview was offered at all."
                )),
            CheckExample(
                "Two of three children never offered an interview",
                evidence: """
                    records:
                      return-interview:
                        - {case_ref: EX-1, returned_at: 2025-03-03T08:00:00Z, offered_at: 2025-03-04T08:00:00Z, accepted: true, conducted_by: independent}
                        - {case_ref: EX-2, returned_at: 2025-03-10T22:30:00Z, conducted_by: police}
                        - {case_ref: EX-3, returned_at: 2025-03-15T06:00:00Z, conducted_by: police}
                    """,
                expect: .init(
                    .notMet, count: .init(met: 1, of: 3),
                    statement:
                        "In 2 of 3 missing-child cases no return home interview was offered within 72 hours of the child's return. 33.3% of the children were offered one in time. In 2 cases no interview was offered at all."
                )),
        ])

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        let bars = ComplianceBars(context)
        let target = context[Self.target]
        let inTime = "within \(Self.words(target)) of the child's return"
        let counted = context.records(ReturnInterview.self).flatMap { interviews in
            EvidenceJudgement.Counted.records(
                interviews, reference: \.caseRef, meets: { ($0.offerDelay ?? .seconds(Int64.max)) <= target },
                figure: .meeting(Self.offeredInTime)
            ) { late, total in
                guard !late.isEmpty else {
                    return "In \(total) of \(total) missing-child cases a return home interview was offered \(inTime)."
                }
                let never = late.filter { $0.offeredAt == nil }.count
                let offered = NumberText.percent(Double(total - late.count) / Double(total))
                return "In \(late.count) of \(total) missing-child cases no return home interview was offered \(inTime)."
                    + " \(offered) of the children were offered one in time."
                    + (never == 0
                        ? ""
                        : never == 1
                            ? " In 1 case no interview was offered at all." : " In \(never) cases no interview was offered at all.")
            }
        }
        return EvidenceJudgement.decide(
            counted, observations: context.observations(Self.topic), bars: bars,
            nothing: "No return home interviews were provided (record type return-interview).")
    }

    /// The target as guidance states it, in hours when it is a whole number of them ("72 hours",
    /// not "3 days"); otherwise in the usual words.
    static func words(_ target: Duration) -> String {
        let seconds = target.components.seconds
        guard seconds > 0, seconds % 3600 == 0, target.components.attoseconds == 0 else { return DurationText.words(target) }
        let hours = seconds / 3600
        return hours == 1 ? "1 hour" : "\(hours) hours"
    }
}
