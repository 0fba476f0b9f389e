/// A strategy discussion between police and children's social care about a child at risk.
public struct StrategyDiscussion: EvidenceRecord, Equatable {
    public var caseRef: String
    /// The inspectors' view of the decisions made.
    public var decisionQuality: DecisionQuality

    public enum DecisionQuality: String, Decodable, Sendable, CaseIterable {
        case good, adequate, poor
    }

    public var caseReference: String? { caseRef }

    enum CodingKeys: String, CodingKey { case caseRef = "case_ref", decisionQuality = "decision_quality" }

    public static let recordType = RecordType(
        id: "strategy-discussion",
        title: "Strategy discussion",
        summary: "A multi-agency strategy discussion the police took part in, and the quality of its decisions.",
        fields: [
            .required("case_ref", .caseReference, "The force's reference for the case; never a name."),
            .required("decision_quality", .choice(DecisionQuality.allCases.map(\.rawValue)), "The inspectors' view of the decisions made."),
        ])
}
