import Foundation

/// A domestic abuse incident that children were present at. Under the Domestic Abuse Act
/// 2021 those children are victims in their own right.
public struct DomesticAbuseIncident: EvidenceRecord, Equatable {
    public var caseRef: String
    public var attendedAt: Date
    public var childrenPresent: Int
    public var childrenSeen: Int
    public var childrenSpokenTo: Int

    public var caseReference: String? { caseRef }

    enum CodingKeys: String, CodingKey {
        case caseRef = "case_ref", attendedAt = "attended_at", childrenPresent = "children_present"
        case childrenSeen = "children_seen", childrenSpokenTo = "children_spoken_to"
    }

    public func problems(_ rules: RecordRules) -> [RecordProblem] {
        [RecordRules.count(childrenPresent, "children_present"),
         RecordRules.count(childrenSeen, "children_seen", maximum: max(childrenPresent, 0), of: " (the children present)"),
         RecordRules.count(childrenSpokenTo, "children_spoken_to", maximum: max(childrenPresent, 0), of: " (the children present)")].compactMap { $0 }
    }

    public static let recordType = RecordType(
        id: "domestic-abuse-incident",
        title: "Domestic abuse incident with children present",
        summary: "An incident officers attended where children were present, and whether each child was seen and spoken to.",
        fields: [
            .required("case_ref", .caseReference, "The force's reference for the incident; never a name."),
            .required("attended_at", .timestamp, "When officers attended."),
            .required("children_present", .integer, unit: "children", "How many children were present."),
            .required("children_seen", .integer, unit: "children", "How many of them officers saw."),
            .required("children_spoken_to", .integer, unit: "children", "How many of them officers spoke to."),
        ])
}
