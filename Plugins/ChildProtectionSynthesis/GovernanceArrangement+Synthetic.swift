import ChildProtectionRecords
import InspectionKit
import LeadershipChecks
import SyntheticData

extension GovernanceArrangement.Arrangement: SyntheticValue {}

/// A synthetic force's three governance arrangements, one record each: in a good force each is
/// more often in place and its meetings or audits held as planned (`leadership.governance`).
extension GovernanceArrangement: SyntheticRecords {
    public static var syntheticVolume: SyntheticVolume { SyntheticProportions.governanceArrangements }

    public static var syntheticColumnNames: [String: [String]] {
        [
            "arrangement": ["Arrangement", "GOV_ITEM", "Governance Element"],
            "in_place": ["In Place", "ACTIVE", "Operating"],
            "planned": ["Scheduled", "PLANNED_COUNT", "Meetings Planned"],
            "held": ["Held", "HELD_COUNT", "Meetings Held"],
        ]
    }

    public static func synthesize(_ record: inout SyntheticFields, _ context: SynthesisContext, _ random: inout SyntheticRandom) {
        let arrangement = Arrangement.allCases[context.index % Arrangement.allCases.count]
        let heldShare = context.share("leadership.governance-held-share") ?? 0.75
        // A performance framework is in place or not; audits and scrutiny are counted.
        let planned: Int? = arrangement == .performanceFramework ? nil : (arrangement == .auditProgramme ? random.int(in: 4...12) : 12)
        record.set(Fields.arrangement, arrangement)
        if random.chance(context.compliance(JudgedBy.governance)) {
            record.set(Fields.inPlace, true)
            if let planned {
                let least = Int((Double(planned) * heldShare).rounded(.up))
                record.set(Fields.planned, planned)
                record.set(Fields.held, random.int(in: min(least, planned)...planned))
            }
        } else if let planned, random.chance(0.5) {
            // In place, but its meetings or audits mostly did not happen.
            let below = max(0, Int((Double(planned) * heldShare).rounded(.up)) - 1)
            record.set(Fields.inPlace, true)
            record.set(Fields.planned, planned)
            record.set(Fields.held, random.int(in: 0...below))
        } else {
            record.set(Fields.inPlace, false)
        }
    }
}
