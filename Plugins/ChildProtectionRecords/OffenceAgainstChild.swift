import InspectionKit

/// A criminal offence against a child, and who investigated it.
public struct OffenceAgainstChild: EvidenceRecord, Equatable {
    public var caseRef: String
    public var offence: String
    public var investigatedBy: Investigator

    public enum Investigator: String, Sendable, CaseIterable, FieldChoiceType {
        /// The police, alone or leading.
        case police
        /// Police and children's social care jointly.
        case joint
        /// Left to children's social care as a single agency.
        case socialCareOnly = "social-care-only"
    }

    public var caseReference: String? { caseRef }

    package enum Fields {
        package static let caseRef = Field<String>("case_ref", .caseReference, "The force's reference for the case; never a name.")
        package static let offence = Field<String>("offence", .text, "The offence, in words (assault by a family member, neglect, …).")
        package static let investigatedBy = Field<Investigator>("investigated_by", "Who investigated it.")
    }

    public static let recordType = RecordType(
        id: "offence-against-child",
        title: "Criminal offence against a child",
        summary: "An offence such as an assault by a family member or neglect, and who investigated it.",
        fields: [Fields.caseRef, Fields.offence, Fields.investigatedBy])

    public init(_ fields: RecordFields) {
        caseRef = fields[Fields.caseRef]
        offence = fields[Fields.offence]
        investigatedBy = fields[Fields.investigatedBy]
    }
}
