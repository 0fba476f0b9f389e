import Foundation
import InspectionKit

/// A domestic abuse incident that children were present at. Under the Domestic Abuse Act
/// 2021 those children are victims in their own right.
public struct DomesticAbuseIncident: EvidenceRecord, Equatable {
    public var caseRef: String
    public var attendedAt: Date
    public var childrenPresent: Int
    public var childrenSeen: Int
    public var childrenSpokenTo: Int

    public var caseReference: String? { caseRef }

    package enum Fields {
        package static let caseRef = Field<String>("case_ref", .caseReference, "The force's reference for the incident; never a name.")
        package static let attendedAt = Field<Date>("attended_at", .timestamp, "When officers attended.")
        package static let childrenPresent = Field<Int>("children_present", .integer, unit: "children", "How many children were present.")
        package static let childrenSeen = Field<Int>("children_seen", .integer, unit: "children", "How many of them officers saw.")
        package static let childrenSpokenTo = Field<Int>(
            "children_spoken_to", .integer, unit: "children", "How many of them officers spoke to.")
    }

    public static let recordType = RecordType(
        id: "domestic-abuse-incident",
        title: "Domestic abuse incident with children present",
        summary: "An incident officers attended where children were present, and whether each child was seen and spoken to.",
        fields: [Fields.caseRef, Fields.attendedAt, Fields.childrenPresent, Fields.childrenSeen, Fields.childrenSpokenTo])

    public init(_ fields: RecordFields) {
        caseRef = fields[Fields.caseRef]
        attendedAt = fields[Fields.attendedAt]
        childrenPresent = fields[Fields.childrenPresent]
        childrenSeen = fields[Fields.childrenSeen]
        childrenSpokenTo = fields[Fields.childrenSpokenTo]
    }

    public func problems(_ rules: RecordRules) -> [RecordProblem] {
        [
            RecordRules.count(childrenPresent, "children_present"),
            RecordRules.count(childrenSeen, "children_seen", maximum: max(childrenPresent, 0), of: " (the children present)"),
            RecordRules.count(childrenSpokenTo, "children_spoken_to", maximum: max(childrenPresent, 0), of: " (the children present)"),
        ].compactMap { $0 }
    }
}
