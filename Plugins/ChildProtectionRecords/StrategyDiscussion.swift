import InspectionKit

/// A strategy discussion between police and children's social care about a child at risk.
public struct StrategyDiscussion: EvidenceRecord, Equatable {
    public var caseRef: String
    /// The inspectors' view of the decisions made.
    public var decisionQuality: DecisionQuality

    public enum DecisionQuality: String, Sendable, CaseIterable, FieldChoiceType {
        case good, adequate, poor
    }

    public var caseReference: String? { caseRef }

    package enum Fields {
        package static let caseRef = Field<String>("case_ref", .caseReference, "The force's reference for the case; never a name.")
        package static let decisionQuality = Field<DecisionQuality>("decision_quality", "The inspectors' view of the decisions made.")
    }

    public static let recordType = RecordType(
        id: "strategy-discussion",
        title: "Strategy discussion",
        summary: "A multi-agency strategy discussion the police took part in, and the quality of its decisions.",
        fields: [Fields.caseRef, Fields.decisionQuality])

    public init(_ fields: RecordFields) {
        caseRef = fields[Fields.caseRef]
        decisionQuality = fields[Fields.decisionQuality]
    }
}
