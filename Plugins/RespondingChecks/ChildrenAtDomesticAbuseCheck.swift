import ChildProtectionRecords
import InspectionKit

/// `domestic-abuse.children-seen`: were the children present at domestic abuse incidents seen
/// and spoken to, as victims in their own right?
public struct ChildrenAtDomesticAbuseCheck: InspectionCheck {
    static let spokenToShare = FigureSpec(
        "domestic-abuse.children-spoken-to-share", "Children at domestic abuse incidents spoken to", .share)

    public static let descriptor = CheckDescriptor(
        id: "domestic-abuse.children-seen",
        area: "responding",
        title: "Children at domestic abuse incidents seen and spoken to",
        rationale: """
            Under the Domestic Abuse Act 2021 a child who sees, hears or experiences domestic \
            abuse is a victim in their own right. Officers should see and speak to every child \
            present, counted here child by child.
            """,
        recommendation:
            "The force should make sure officers see and speak to every child present at a domestic abuse incident and treat them as victims.",
        parameters: ComplianceBars.parameters,
        reads: [DomesticAbuseIncident.self],
        observationTopics: ["children-at-domestic-abuse-incidents"],
        figures: [Self.spokenToShare],
        examples: [
            CheckExample(
                "Every child spoken to",
                evidence: """
                    records:
                      domestic-abuse-incident:
                        - {case_ref: EX-1, attended_at: 2025-03-01T22:10:00Z, children_present: 2, children_seen: 2, children_spoken_to: 2}
                        - {case_ref: EX-2, attended_at: 2025-03-02T21:00:00Z, children_present: 1, children_seen: 1, children_spoken_to: 1}
                    """,
                expect: .init(
                    .met, count: .init(met: 3, of: 3),
                    statement: "Officers saw 3 and spoke to 3 of the 3 children present at 2 domestic abuse incidents.")),
            CheckExample(
                "Seen but not spoken to",
                evidence: """
                    records:
                      domestic-abuse-incident:
                        - {case_ref: EX-1, attended_at: 2025-03-01T22:10:00Z, children_present: 2, children_seen: 2, children_spoken_to: 2}
                        - {case_ref: EX-2, attended_at: 2025-03-02T21:00:00Z, children_present: 2, children_seen: 2, children_spoken_to: 1}
                    """,
                expect: .init(
                    .partlyMet, count: .init(met: 3, of: 4),
                    statement: "Officers saw 4 and spoke to 3 of the 4 children present at 2 domestic abuse incidents.")),
            CheckExample(
                "Not routinely seen: a qualitative finding",
                evidence: """
                    records:
                      inspection-observation:
                        - {topic: children-at-domestic-abuse-incidents, rating: shortfall, statement: Officers did not routinely see and speak to children present at domestic abuse incidents., source: Example report}
                    """,
                expect: .init(
                    .notMet,
                    statement:
                        "Officers did not routinely see and speak to children present at domestic abuse incidents. (Qualitative finding of the inspection.)"
                )),
            CheckExample(
                "Children seen but seldom spoken to",
                evidence: """
                    records:
                      domestic-abuse-incident:
                        - {case_ref: EX-1, attended_at: 2025-03-01T22:10:00Z, children_present: 3, children_seen: 2, children_spoken_to: 0}
                        - {case_ref: EX-2, attended_at: 2025-03-02T21:00:00Z, children_present: 1, children_seen: 1, children_spoken_to: 1}
                    """,
                expect: .init(
                    .notMet, count: .init(met: 1, of: 4),
                    statement: "Officers saw 3 and spoke to 1 of the 4 children present at 2 domestic abuse incidents.")),
        ],
        countedAs: "children at domestic abuse incidents seen and spoken to")

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        let bars = ComplianceBars(context)
        let counted = context.records(DomesticAbuseIncident.self).flatMap { incidents -> EvidenceJudgement.Counted? in
            let present = incidents.reduce(0) { $0 + $1.childrenPresent }
            guard present > 0 else { return nil }
            let seen = incidents.reduce(0) { $0 + min($1.childrenSeen, $1.childrenPresent) }
            let spoken = incidents.reduce(0) { $0 + min($1.childrenSpokenTo, $1.childrenPresent) }
            let short = incidents.filter { $0.childrenSpokenTo < $0.childrenPresent }.map(\.caseRef)
            let statement =
                "Officers saw \(seen) and spoke to \(spoken) of the \(present) children present at \(incidents.count) domestic abuse incidents."
            return EvidenceJudgement.Counted(
                count: .init(met: spoken, of: present), shortfalls: short, statement: statement,
                figures: [Self.spokenToShare(Double(spoken) / Double(present), of: present)])
        }
        return EvidenceJudgement.decide(
            counted, observations: context.observations("children-at-domestic-abuse-incidents"), bars: bars,
            nothing: "No domestic abuse incidents with children present were provided (record type domestic-abuse-incident).")
    }
}
