import Foundation
import InspectionKit

/// An investigation of a crime against a child (abuse, neglect or exploitation): how soon it
/// started, how often a supervisor reviewed it, and whether its plan was centred on the child.
public struct ChildAbuseInvestigation: EvidenceRecord, Equatable {
    public var caseRef: String
    public var reportedAt: Date
    /// When the first investigative action was taken; nil when none was.
    public var startedAt: Date?
    /// When the investigation closed; nil while it is open.
    public var closedAt: Date?
    /// Supervisory reviews recorded on the investigation.
    public var supervisoryReviews: Int
    /// Whether the investigation plan recorded the child's needs, views and safety.
    public var childCentredPlan: Bool

    public var caseReference: String? { caseRef }

    package enum Fields {
        package static let caseRef = Field<String>("case_ref", .caseReference, "The force's reference for the investigation; never a name.")
        package static let reportedAt = Field<Date>("reported_at", .timestamp, "When the crime was reported to the police.")
        package static let startedAt = Field<Date?>(
            "started_at", .timestamp, "When the first investigative action was taken; leave out if none was.")
        package static let closedAt = Field<Date?>("closed_at", .timestamp, "When the investigation closed; leave out while it is open.")
        package static let supervisoryReviews = Field<Int>(
            "supervisory_reviews", .integer, unit: "reviews", "How many supervisory reviews are recorded on the investigation.")
        package static let childCentredPlan = Field<Bool>(
            "child_centred_plan", .boolean, "Whether the investigation plan recorded the child's needs, views and safety.")
    }

    public static let recordType = RecordType(
        id: "child-abuse-investigation",
        title: "Investigation of a crime against a child",
        summary:
            "An investigation of child abuse, neglect or exploitation: how soon it started, supervisory reviews, a child-centred plan.",
        fields: [
            Fields.caseRef, Fields.reportedAt, Fields.startedAt, Fields.closedAt, Fields.supervisoryReviews, Fields.childCentredPlan,
        ])

    public init(_ fields: RecordFields) {
        caseRef = fields[Fields.caseRef]
        reportedAt = fields[Fields.reportedAt]
        startedAt = fields[Fields.startedAt]
        closedAt = fields[Fields.closedAt]
        supervisoryReviews = fields[Fields.supervisoryReviews]
        childCentredPlan = fields[Fields.childCentredPlan]
    }

    public func problems(_ rules: RecordRules) -> [RecordProblem] {
        [
            RecordRules.order(startedAt, "started_at", after: reportedAt, "reported_at"),
            RecordRules.order(closedAt, "closed_at", after: reportedAt, "reported_at"),
            RecordRules.count(supervisoryReviews, "supervisory_reviews"),
        ].compactMap { $0 }
    }
}
