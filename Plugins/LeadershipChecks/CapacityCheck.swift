import ChildProtectionRecords
import InspectionKit

/// `leadership.capacity`: does the force have enough officers and staff in child protection?
public struct CapacityCheck: InspectionCheck {
    static let postsFilledShare = FigureSpec("leadership.posts-filled-share", "Child protection posts filled", .share)

    public static let descriptor = CheckDescriptor(
        id: "leadership.capacity",
        area: "leadership",
        title: "Enough officers and staff for child protection",
        rationale:
            "Posts left empty in child protection teams mean cases wait. Filled posts are counted against each team's establishment.",
        recommendation: "The force should fill the posts its child protection teams need.",
        parameters: ComplianceBars.parameters,
        reads: [TeamEstablishment.self],
        observationTopics: ["child-protection-capacity"],
        figures: [Self.postsFilledShare],
        examples: [
            CheckExample(
                "Nearly every post filled",
                evidence: """
                    records:
                      team-establishment:
                        - {team: MASH, establishment: 20, filled: 19}
                        - {team: Child abuse investigation, establishment: 30, filled: 29}
                    """,
                expect: .init(
                    .met, count: .init(met: 48, of: 50),
                    statement: "48 of 50 child protection posts were filled across 2 teams.")),
            CheckExample(
                "A third empty",
                evidence: """
                    records:
                      team-establishment:
                        - {team: MASH, establishment: 30, filled: 20}
                    """,
                expect: .init(
                    .partlyMet, count: .init(met: 20, of: 30),
                    statement: "20 of 30 child protection posts were filled across 1 team; MASH had 10 vacant.")),
            CheckExample(
                "Most child abuse investigation posts empty; a small gap elsewhere is not named",
                evidence: """
                    records:
                      team-establishment:
                        - {team: MASH, establishment: 20, filled: 19}
                        - {team: Child abuse investigation, establishment: 40, filled: 10}
                    """,
                expect: .init(
                    .notMet, count: .init(met: 29, of: 60),
                    statement: "29 of 60 child protection posts were filled across 2 teams; Child abuse investigation had 30 vacant.")),
        ],
        countedAs: "child protection posts filled")

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        let bars = ComplianceBars(context)
        let counted = context.records(TeamEstablishment.self).flatMap { teams -> EvidenceJudgement.Counted? in
            let establishment = teams.reduce(0) { $0 + $1.establishment }
            guard establishment > 0 else { return nil }
            let filled = teams.reduce(0) { $0 + min($1.filled, $1.establishment) }
            let short = teams.filter { $0.filled < $0.establishment }
            var statement =
                "\(filled) of \(establishment) child protection posts were filled across \(teams.count) \(teams.count == 1 ? "team" : "teams")"
            let worst = short.filter { Double($0.establishment - $0.filled) / Double($0.establishment) >= 1 - bars.met }
            statement +=
                worst.isEmpty
                ? "." : "; " + worst.map { "\($0.team) had \($0.establishment - $0.filled) vacant" }.joined(separator: ", ") + "."
            return .init(
                count: .init(met: filled, of: establishment), shortfalls: [], statement: statement,
                figures: [Self.postsFilledShare(Double(filled) / Double(establishment), of: establishment)])
        }
        let teams = context.records(TeamEstablishment.self)
        return EvidenceJudgement.decide(
            counted, observations: context.observations("child-protection-capacity"), bars: bars,
            nothing: teams?.isEmpty == false
                ? "The team establishment provided has no posts to count."
                : "No child protection team establishment was provided (record type team-establishment).")
    }
}
