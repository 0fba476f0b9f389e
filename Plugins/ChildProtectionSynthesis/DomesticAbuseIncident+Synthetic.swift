import ChildProtectionRecords
import InspectionKit
import LeadershipChecks
import SyntheticData

/// Synthetic domestic abuse incidents with children present: officers see, and speak to, more
/// of the children in a good force (`domestic-abuse.children-seen` counts those spoken to);
/// never more children seen than present, nor spoken to than seen.
extension DomesticAbuseIncident: SyntheticRecords {
    public static var syntheticVolume: SyntheticVolume { SyntheticProportions.domesticAbuseIncidents }

    public static var syntheticColumnNames: [String: [String]] {
        [
            "case_ref": ["Incident Ref", "DA_REF", "Occurrence Number"],
            "attended_at": ["Attended", "ATTEND_DTTM", "Time Of Attendance"],
            "children_present": ["Children Present", "NUM_CHILDREN", "Child Count"],
            "children_seen": ["Children Seen", "CHILDREN_SEEN_NO"],
            "children_spoken_to": ["Children Spoken With", "CHILD_VOICE_NO"],
        ]
    }

    public static func synthesize(_ record: inout SyntheticFields, _ context: SynthesisContext, _ random: inout SyntheticRandom) {
        let present = 1 + random.weighted([0.45, 0.32, 0.15, 0.06, 0.02])
        let spokenShare = context.compliance(JudgedBy.childrenSeen)
        let seenShare = spokenShare + (1 - spokenShare) * 0.5
        var seen = 0
        var spoken = 0
        for _ in 0..<present where random.chance(seenShare) {
            seen += 1
            if random.chance(spokenShare / seenShare) { spoken += 1 }
        }
        record.set(Fields.caseRef, context.caseReference)
        record.set(Fields.attendedAt, context.period.randomTime(&random))
        record.set(Fields.childrenPresent, present)
        record.set(Fields.childrenSeen, seen)
        record.set(Fields.childrenSpokenTo, spoken)
    }
}
