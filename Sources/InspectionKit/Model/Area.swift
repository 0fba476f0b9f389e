import YAML

/// One graded area of a framework.
public struct Area: Decodable, Sendable {
    public var id: YAML.Located<String>
    /// The title published reports use: "Responding to children at risk of harm".
    public var title: String
    /// The framework's short topic name: "Initial response".
    public var topic: String
    /// The question the area answers.
    public var question: String
    public var characteristicsOfGood: [String]
    public var checks: [CheckReference]

    enum CodingKeys: String, CodingKey {
        case id, title, topic, question, characteristicsOfGood = "characteristics_of_good", checks
    }
}
