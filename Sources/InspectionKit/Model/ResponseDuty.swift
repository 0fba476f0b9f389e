/// Something the force or its commissioner must do after publication, and by when.
public struct ResponseDuty: Decodable, Sendable {
    public var id: String
    public var description: String
    /// Time allowed after publication, e.g. `8w` or `56d`.
    public var within: Duration
    /// What in the publication makes the duty fall due (see `Trigger`).
    public var appliesWhen: Trigger
    public var source: String
    /// Set when no published source was found for the duty or its time limit: why the
    /// framework keeps it anyway. Every report prints it beside the duty.
    public var assumption: String?

    public enum Trigger: String, Decodable, Sendable, CaseIterable {
        /// Every publication (the commissioner's comments on each report).
        case always
        /// The publication has areas for improvement.
        case areasForImprovement = "areas-for-improvement"
        /// The publication has causes of concern (each with its recommendations).
        case causesOfConcern = "causes-of-concern"
        /// The publication has recommendations not marked "immediately" (the action plan of
        /// HMICFRS's follow-up methodology).
        case recommendationsNotImmediate = "recommendations-not-immediate"
    }

    enum CodingKeys: String, CodingKey {
        case id, description, within, appliesWhen = "applies_when", source, assumption
    }
}
