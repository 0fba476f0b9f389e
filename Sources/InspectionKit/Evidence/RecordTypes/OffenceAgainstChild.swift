/// A criminal offence against a child, and who investigated it.
public struct OffenceAgainstChild: EvidenceRecord, Equatable {
    public var caseRef: String
    public var offence: String
    public var investigatedBy: Investigator

    public enum Investigator: String, Decodable, Sendable, CaseIterable {
        /// The police, alone or leading.
        case police
        /// Police and children's social care jointly.
        case joint
        /// Left to children's social care as a single agency.
        case socialCareOnly = "social-care-only"
    }

    public var caseReference: String? { caseRef }

    enum CodingKeys: String, CodingKey { case caseRef = "case_ref", offence, investigatedBy = "investigated_by" }

    public static let recordType = RecordType(
        id: "offence-against-child",
        title: "Criminal offence against a child",
        summary: "An offence such as an assault by a family member or neglect, and who investigated it.",
        fields: [
            .required("case_ref", .caseReference, "The force's reference for the case; never a name."),
            .required("offence", .text, "The offence, in words (assault by a family member, neglect, …)."),
            .required("investigated_by", .choice(Investigator.allCases.map(\.rawValue)), "Who investigated it."),
        ])
}
