import Foundation
import InspectionKit

/// A fixture record type for the core tests: a requested home visit to a child. It uses
/// every kind of field, so loading, validation and reports are tested without the
/// child-protection record types (which may change as checks are added).
public struct HomeVisit: EvidenceRecord, Equatable {
    public var caseRef: String
    public var requestedAt: Date
    public var visitedAt: Date?
    public var outcome: Outcome
    public var concerns: [String]
    public var children: Int
    public var childrenSeen: Int
    public var recorded: Bool?
    public var reviewedOn: Date?
    public var score: Double?

    public enum Outcome: String, Sendable, CaseIterable, FieldChoiceType {
        case safe, unsafe, unknown
    }

    public var caseReference: String? { caseRef }

    enum Fields {
        static let caseRef = Field<String>("case_ref", .caseReference, "The visit's reference.")
        static let requestedAt = Field<Date>("requested_at", .timestamp, "When the visit was requested.")
        static let visitedAt = Field<Date?>("visited_at", .timestamp, "When the child was visited; absent when never.")
        static let outcome = Field<Outcome>("outcome", "What the visit found.")
        static let concerns = Field<[String]>("concerns", .textList, "Concerns known before the visit.")
        static let children = Field<Int>("children", .integer, unit: "children", "Children in the household.")
        static let childrenSeen = Field<Int>("children_seen", .integer, unit: "children", "Children seen at the visit.")
        static let recorded = Field<Bool?>("recorded", .boolean, "Whether the visit was recorded.")
        static let reviewedOn = Field<Date?>("reviewed_on", .date, "When a supervisor reviewed it.")
        static let score = Field<Double?>("score", .decimal, "A quality score.")
    }

    public static let recordType = RecordType(
        id: "home-visit", title: "Home visit", summary: "A requested visit to a child at home (test fixture).",
        fields: [
            Fields.caseRef, Fields.requestedAt, Fields.visitedAt, Fields.outcome, Fields.concerns, Fields.children,
            Fields.childrenSeen, Fields.recorded, Fields.reviewedOn, Fields.score,
        ])

    public init(_ fields: RecordFields) {
        caseRef = fields[Fields.caseRef]
        requestedAt = fields[Fields.requestedAt]
        visitedAt = fields[Fields.visitedAt]
        outcome = fields[Fields.outcome]
        concerns = fields[Fields.concerns]
        children = fields[Fields.children]
        childrenSeen = fields[Fields.childrenSeen]
        recorded = fields[Fields.recorded]
        reviewedOn = fields[Fields.reviewedOn]
        score = fields[Fields.score]
    }

    public func problems(_ rules: RecordRules) -> [RecordProblem] {
        [
            RecordRules.order(visitedAt, "visited_at", after: requestedAt, "requested_at"),
            RecordRules.count(children, "children"),
            RecordRules.count(childrenSeen, "children_seen", maximum: max(children, 0), of: " (the children in the household)"),
        ].compactMap { $0 }
            + rules.words(concerns, recordType: Self.recordType.id, field: "concerns")
    }

    /// How long the visit took to happen; nil when it never did.
    public var delay: Duration? { visitedAt.map { .seconds(Int64($0.timeIntervalSince(requestedAt).rounded())) } }
}
