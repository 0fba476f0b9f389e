import ChildProtectionRecords
import InspectionKit
import LeadershipChecks
import SyntheticData

/// Synthetic child protection teams: a good force fills more of its posts
/// (`leadership.capacity` counts posts filled against the establishment), and with officers and
/// staff trained for them (`leadership.trained-staff` counts those against the establishment).
extension TeamEstablishment: SyntheticRecords {
    public static var syntheticVolume: SyntheticVolume { SyntheticProportions.teams }

    public static var syntheticColumnNames: [String: [String]] {
        [
            "team": ["Unit", "TEAM_DESC", "Department"], "establishment": ["Funded Posts", "ESTAB_FTE", "Establishment"],
            "filled": ["Posts Filled", "IN_POST", "Strength"],
            "trained": ["Trained In Post", "ACCREDITED", "Posts Trained"],
        ]
    }

    /// One name per team, in order: a force has at most as many teams as there are names.
    static let teams = [
        "MASH", "Child abuse investigation unit", "Missing and exploitation team", "Safeguarding hub, north",
        "Safeguarding hub, south", "Online child abuse investigation team", "Child protection referral unit", "Sexual offences unit",
    ]

    public static var syntheticProperNouns: [String] { ["MASH"] }

    public static func synthesize(_ record: inout SyntheticFields, _ context: SynthesisContext, _ random: inout SyntheticRandom) {
        let establishment = random.int(in: 8...60)
        let fillRate = min(1, max(0.3, context.compliance(JudgedBy.capacity) + random.double(in: -0.06, 0.06)))
        record.set(Fields.team, teams[context.index % teams.count])
        record.set(Fields.establishment, establishment)
        let filled = min(establishment, Int((Double(establishment) * fillRate).rounded()))
        let trainedRate = min(1, max(0.05, context.compliance(JudgedBy.trainedStaff) + random.double(in: -0.06, 0.06)))
        record.set(Fields.filled, filled)
        record.set(Fields.trained, min(filled, Int((Double(establishment) * trainedRate).rounded())))
    }
}
