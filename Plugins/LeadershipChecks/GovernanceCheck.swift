import ChildProtectionRecords
import InspectionKit

/// `leadership.governance`: do chief officers govern child protection through a performance
/// framework, an audit programme and their own scrutiny, each in place and working?
public struct GovernanceCheck: InspectionCheck {
    static let topic = "child-protection-governance"
    static let heldShare = Parameter<Double>(
        "leadership.governance-held-share", .share, example: 0.75,
        summary:
            "Share of the meetings or audits planned that must have taken place for a governance arrangement to count as working (when the record counts them)."
    )
    static let workingShare = FigureSpec("leadership.governance-working-share", "Governance arrangements in place and working", .share)

    public static let descriptor = CheckDescriptor(
        id: "leadership.governance",
        area: "leadership",
        title: "Child protection governed: performance framework, audits, chief-officer scrutiny",
        rationale: """
            Chief officers meet their statutory duties only if they can see how well children \
            are protected: measures of performance, audits of practice, and their own scrutiny. \
            Each of the three arrangements is counted as working when it is in place and, where \
            its meetings or audits are counted, enough of them took place (Gloucestershire 2025: \
            "doesn't have effective governance arrangements for child protection").
            """,
        recommendation:
            "The force should govern child protection through a performance framework, a programme of audits and regular scrutiny by a chief officer.",
        parameters: ComplianceBars.parameters + [heldShare],
        reads: [GovernanceArrangement.self],
        observationTopics: [topic],
        figures: [Self.workingShare],
        examples: [
            CheckExample(
                "All three in place; the board met 11 times of 12",
                evidence: """
                    records:
                      governance-arrangement:
                        - {arrangement: performance-framework, in_place: true}
                        - {arrangement: audit-programme, in_place: true, planned: 4, held: 4}
                        - {arrangement: chief-officer-scrutiny, in_place: true, planned: 12, held: 11}
                    """,
                expect: .init(
                    .met, count: .init(met: 3, of: 3),
                    statement:
                        "All 3 governance arrangements for child protection are in place and working: a performance framework, an audit programme and chief-officer scrutiny."
                )),
            CheckExample(
                "No audit programme",
                evidence: """
                    records:
                      governance-arrangement:
                        - {arrangement: performance-framework, in_place: true}
                        - {arrangement: audit-programme, in_place: false}
                        - {arrangement: chief-officer-scrutiny, in_place: true, planned: 12, held: 12}
                    """,
                expect: .init(
                    .partlyMet, count: .init(met: 2, of: 3),
                    statement:
                        "2 of 3 governance arrangements for child protection are in place and working; an audit programme is not in place."
                )),
            CheckExample(
                "A board that rarely meets, and nothing else recorded",
                evidence: """
                    records:
                      governance-arrangement:
                        - {arrangement: chief-officer-scrutiny, in_place: true, planned: 12, held: 3}
                    """,
                expect: .init(
                    .notMet, count: .init(met: 0, of: 3),
                    statement:
                        "0 of 3 governance arrangements for child protection are in place and working; a performance framework and an audit programme are not recorded; chief-officer scrutiny: 3 of 12 planned took place (below 75%)."
                )),
            CheckExample(
                "Nothing counted: the inspection's finding decides",
                evidence: """
                    records:
                      inspection-observation:
                        - {topic: child-protection-governance, rating: serious-shortfall, statement: The force does not have effective governance arrangements for child protection., source: Example report}
                    """,
                expect: .init(
                    .notMet,
                    statement:
                        "The force does not have effective governance arrangements for child protection. (Qualitative finding of the inspection.)"
                )),
        ])

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        let bars = ComplianceBars(context)
        let minimumHeld = context[Self.heldShare]
        let counted = context.records(GovernanceArrangement.self).flatMap { records -> EvidenceJudgement.Counted? in
            guard !records.isEmpty else { return nil }
            var working: [GovernanceArrangement.Arrangement] = []
            var problems: [String] = []
            var notRecorded: [String] = []
            var notInPlace: [String] = []
            for arrangement in GovernanceArrangement.Arrangement.allCases {
                let found = records.filter { $0.arrangement == arrangement }
                guard !found.isEmpty else {
                    notRecorded.append(arrangement.words)
                    continue
                }
                // Any record of it in place and working is enough (a force may record one per board).
                if found.contains(where: { $0.inPlace && Self.heldEnough($0, minimumHeld) }) {
                    working.append(arrangement)
                } else if let rare = found.first(where: { $0.inPlace }), let planned = rare.planned, let held = rare.held {
                    problems.append(
                        "\(arrangement.words): \(held) of \(planned) planned took place (below \(NumberText.percent(minimumHeld)))")
                } else {
                    notInPlace.append(arrangement.words)
                }
            }
            let total = GovernanceArrangement.Arrangement.allCases.count
            var statement: String
            if working.count == total {
                statement =
                    "All \(total) governance arrangements for child protection are in place and working: \(ListText.and(working.map(\.words)))."
            } else {
                var parts: [String] = []
                if !notInPlace.isEmpty { parts.append("\(ListText.and(notInPlace)) \(notInPlace.count == 1 ? "is" : "are") not in place") }
                if !notRecorded.isEmpty {
                    parts.append("\(ListText.and(notRecorded)) \(notRecorded.count == 1 ? "is" : "are") not recorded")
                }
                parts += problems
                statement =
                    "\(working.count) of \(total) governance arrangements for child protection are in place and working; \(parts.joined(separator: "; "))."
            }
            return .init(
                count: .init(met: working.count, of: total), shortfalls: [], statement: statement,
                figures: [Self.workingShare(Double(working.count) / Double(total))])
        }
        return EvidenceJudgement.decide(
            counted, observations: context.observations(Self.topic), bars: bars,
            nothing:
                "No child protection governance arrangements were provided (record type governance-arrangement), and no finding on governance (inspection-observation topic \(Self.topic))."
        )
    }

    /// Whether enough of its meetings or audits took place; true when they are not counted.
    static func heldEnough(_ record: GovernanceArrangement, _ minimum: Double) -> Bool {
        guard let planned = record.planned, planned > 0 else { return true }
        return Double(record.held ?? 0) / Double(planned) >= minimum - 1e-9
    }
}
