import ChildProtectionRecords
import InspectionKit
import LeadershipChecks
import SyntheticData

/// Synthetic partnership initiatives: a good force's initiatives measure their outcomes more
/// often, and show larger improvements, reaching the framework's promising-practice bar
/// (`partnerships.promising-improvement-share`) only at high quality.
extension PartnershipInitiative: SyntheticRecords {
    public static var syntheticVolume: SyntheticVolume { SyntheticProportions.partnershipInitiatives }

    public static var syntheticColumnNames: [String: [String]] {
        [
            "initiative": ["Programme", "Scheme", "INITIATIVE_TITLE"],
            "referred": ["Children Referred", "REFERRED_NO"],
            "improved": ["Children Improved", "IMPROVED_NO"],
            "measured_change": ["Measured Change", "OUTCOME_DELTA"],
            "outcome_measured": ["Outcome Measure", "KPI"],
            "source": ["Evidence Source", "SOURCE_DOC"],
        ]
    }

    /// One name per initiative, in order.
    static let names = ["Operation Kestrel", "Project Lantern", "Operation Harbour", "Project Compass"]

    public static var syntheticProperNouns: [String] { names }

    static let descriptions = [
        "Early intervention workers meet children who go missing, and their families.",
        "Youth workers in the custody suite offer \"reachable moments\" support.",
        "School-based sessions on online safety, run with the local authority.",
        "Joint visits by police and social workers after a child's return home;\nreviewed monthly.",
    ]

    public static func synthesize(_ record: inout SyntheticFields, _ context: SynthesisContext, _ random: inout SyntheticRandom) {
        let quality = context.quality(JudgedBy.initiativeOutcomes)
        record.set(Fields.initiative, names[context.index % names.count] + " (synthetic)")
        record.set(Fields.description, descriptions[context.index % descriptions.count])
        record.set(Fields.outcomeMeasured, "children not reported missing again within six months")
        record.set(Fields.source, "SYNTHETIC, \(context.force.origin)")
        guard random.chance(0.25 + 0.75 * quality) else {
            if random.chance(0.5) { record.set(Fields.referred, random.int(in: 20...600)) }  // counted, never measured
            return
        }
        let referred = random.int(in: 20...600)
        let share = min(0.98, max(0.05, 0.25 + 0.65 * quality + random.double(in: -0.1, 0.1)))
        record.set(Fields.referred, referred)
        record.set(Fields.improved, Int((Double(referred) * share).rounded()))
        if random.chance(0.4) {
            let fall = min(0.95, max(0.05, share + random.double(in: -0.1, 0.1)))
            record.set(Fields.measuredChange, -(fall * 100).rounded() / 100)
        }
    }
}
