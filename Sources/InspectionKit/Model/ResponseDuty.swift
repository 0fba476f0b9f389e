/// Something the force or its commissioner must do after publication, and by when.
public struct ResponseDuty: Decodable, Sendable {
    public var id: String
    public var description: String
    /// Time allowed after publication, e.g. `8w` or `56d`.
    public var within: Duration
    /// Whether the duty applies only when the report has areas for improvement or causes of
    /// concern (`areas-for-improvement`, `causes-of-concern`) or always (`always`).
    public var appliesWhen: Trigger
    public var source: String

    public enum Trigger: String, Decodable, Sendable, CaseIterable {
        case always
        case areasForImprovement = "areas-for-improvement"
        case causesOfConcern = "causes-of-concern"
    }

    enum CodingKeys: String, CodingKey {
        case id, description, within, appliesWhen = "applies_when", source
    }
}
