import ChildProtectionRecords
import InspectionKit

/// `leadership.trained-staff`: are child protection posts held by officers and staff with the
/// training or accreditation the post requires, not only filled?
public struct TrainedStaffCheck: InspectionCheck {
    static let topic = "child-protection-training"
    static let trainedShare = FigureSpec("leadership.trained-share", "Child protection posts held by trained officers or staff", .share)

    public static let descriptor = CheckDescriptor(
        id: "leadership.trained-staff",
        area: "leadership",
        title: "Child protection posts held by trained officers and staff",
        rationale: """
            A post filled by someone without the training it needs is a vacancy in all but name: \
            an exploitation case allocated to an untrained officer waits or goes wrong. Posts held \
            by officers or staff with the training or accreditation the post requires are counted \
            against each team's establishment (Cleveland 2025: "doesn't have enough trained \
            officers and staff"; Lincolnshire 2025: "only one accredited child abuse officer").
            """,
        recommendation:
            "The force should make sure its child protection posts are held by officers and staff with the training and accreditation they require.",
        parameters: ComplianceBars.parameters,
        reads: [TeamEstablishment.self],
        observationTopics: [topic],
        figures: [Self.trainedShare],
        examples: [
            CheckExample(
                "Nearly every post held by a trained officer",
                evidence: """
                    records:
                      team-establishment:
                        - {team: MASH, establishment: 20, filled: 19, trained: 19}
                        - {team: Child abuse investigation, establishment: 30, filled: 29, trained: 28}
                    """,
                expect: .init(
                    .met, count: .init(met: 47, of: 50),
                    statement:
                        "47 of 50 child protection posts were held by officers or staff with the training the post requires, across 2 teams (48 filled)."
                )),
            CheckExample(
                "Filled, but four in ten without the training",
                evidence: """
                    records:
                      team-establishment:
                        - {team: MASH, establishment: 30, filled: 28, trained: 18}
                    """,
                expect: .init(
                    .partlyMet, count: .init(met: 18, of: 30),
                    statement:
                        "18 of 30 child protection posts were held by officers or staff with the training the post requires, across 1 team (28 filled); MASH had 12 posts without."
                )),
            CheckExample(
                "One accredited investigator; a team that does not say is left out",
                evidence: """
                    records:
                      team-establishment:
                        - {team: Child abuse investigation, establishment: 40, filled: 38, trained: 1}
                        - {team: MASH, establishment: 20, filled: 20}
                    """,
                expect: .init(
                    .notMet, count: .init(met: 1, of: 40),
                    statement:
                        "1 of 40 child protection posts was held by officers or staff with the training the post requires, across 1 team (38 filled); Child abuse investigation had 39 posts without. 1 team did not say how many of its posts trained officers or staff hold."
                )),
            CheckExample(
                "No counts: the inspection's finding decides",
                evidence: """
                    records:
                      inspection-observation:
                        - {topic: child-protection-training, rating: shortfall, statement: The force does not have enough trained officers and staff to investigate child abuse., source: Example report}
                    """,
                expect: .init(
                    .notMet,
                    statement:
                        "The force does not have enough trained officers and staff to investigate child abuse. (Qualitative finding of the inspection.)"
                )),
        ])

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        let bars = ComplianceBars(context)
        let teams = context.records(TeamEstablishment.self)
        let counted = teams.flatMap { all -> EvidenceJudgement.Counted? in
            let known = all.filter { $0.trained != nil && $0.establishment > 0 }
            let establishment = known.reduce(0) { $0 + $1.establishment }
            guard establishment > 0 else { return nil }
            let trained = known.reduce(0) { $0 + min($1.trained ?? 0, $1.establishment) }
            let filled = known.reduce(0) { $0 + min($1.filled, $1.establishment) }
            var statement =
                "\(trained) of \(establishment) child protection posts \(trained == 1 ? "was" : "were") held by officers or staff with the training the post requires, across \(known.count) \(known.count == 1 ? "team" : "teams") (\(filled) filled)"
            let without = { (team: TeamEstablishment) in team.establishment - min(team.trained ?? 0, team.establishment) }
            let worst = known.filter { Double(without($0)) / Double($0.establishment) >= 1 - bars.met }
            statement +=
                worst.isEmpty ? "." : "; " + worst.map { "\($0.team) had \(without($0)) posts without" }.joined(separator: ", ") + "."
            let silent = all.count - known.count
            if silent > 0 {
                statement +=
                    " \(silent) \(silent == 1 ? "team" : "teams") did not say how many of \(silent == 1 ? "its" : "their") posts trained officers or staff hold."
            }
            return .init(
                count: .init(met: trained, of: establishment), shortfalls: [], statement: statement,
                figures: [Self.trainedShare(Double(trained) / Double(establishment))])
        }
        return EvidenceJudgement.decide(
            counted, observations: context.observations(Self.topic), bars: bars,
            nothing: teams?.isEmpty == false
                ? "No team's establishment says how many posts trained officers or staff hold (field trained of team-establishment), and there is no finding on training (inspection-observation topic \(Self.topic))."
                : "No child protection team establishment was provided (record type team-establishment), and no finding on training (inspection-observation topic \(Self.topic))."
        )
    }
}
