import ChildProtectionRecords
import InspectionKit
import LeadershipChecks
import SyntheticData

extension OffenceAgainstChild.Investigator: SyntheticValue {}

/// Synthetic offences against children: fewer are left to children's social care as a single
/// agency in a good force (`investigating.single-agency-offences`).
extension OffenceAgainstChild: SyntheticRecords {
    public static var syntheticVolume: SyntheticVolume { SyntheticProportions.offencesAgainstChildren }

    public static var syntheticColumnNames: [String: [String]] {
        [
            "case_ref": ["Crime Ref", "CRIME_NO", "Crime Reference"],
            "offence": ["Offence Description", "HO_OFFENCE", "Offence"],
            "investigated_by": ["Investigating Agency", "OIC_AGENCY", "Lead Agency"],
        ]
    }

    /// Offences as a crime system describes them; some hold commas or quotes.
    static let offences = [
        "Assault by a family member",
        "Neglect",
        "Cruelty to a child, under section 1 of the Children and Young Persons Act 1933",
        "Assault occasioning actual bodily harm, by a parent",
        "Sexual communication with a child",
        "Child abduction",
        "Causing or allowing a child to suffer serious physical harm",
        "Threats to kill, \"domestic\" flag",
    ]

    public static var syntheticProperNouns: [String] { ["Children and Young Persons Act 1933"] }

    public static func synthesize(_ record: inout SyntheticFields, _ context: SynthesisContext, _ random: inout SyntheticRandom) {
        let investigator: Investigator
        if random.chance(context.compliance(JudgedBy.singleAgencyOffences)) {
            investigator = random.chance(0.55) ? .police : .joint
        } else {
            investigator = .socialCareOnly
        }
        record.set(Fields.caseRef, context.caseReference)
        record.set(Fields.offence, random.pick(offences))
        record.set(Fields.investigatedBy, investigator)
    }
}
