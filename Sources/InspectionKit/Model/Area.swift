import YAML

/// One area of a framework: graded, or assessed but not graded.
public struct Area: Decodable, Sendable {
    public var id: YAML.Located<String>
    /// The title published reports use: "Responding to children at risk of harm".
    public var title: String
    /// The framework's short topic name: "Initial response".
    public var topic: String
    /// The inspectorate's headline statement for the area, when the framework gives one:
    /// "The force has effective leadership and governance arrangements for child protection …".
    public var headline: Headline?
    /// The question the area answers.
    public var question: String
    public var characteristicsOfGood: [Characteristic]
    public var checks: [CheckReference]
    /// Why the area is assessed but not graded (the inspectorate reports on it without a
    /// graded judgement, like PEEL's service to victims); nil for a graded area.
    public var notGraded: YAML.Located<String>?

    enum CodingKeys: String, CodingKey {
        case id, title, topic, headline, question, characteristicsOfGood = "characteristics_of_good", checks
        case notGraded = "not_graded"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(YAML.Located<String>.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        topic = try container.decode(String.self, forKey: .topic)
        headline = try container.decodeIfPresent(Headline.self, forKey: .headline)
        question = try container.decode(String.self, forKey: .question)
        characteristicsOfGood = try container.decode([Characteristic].self, forKey: .characteristicsOfGood)
        checks = try container.decode([CheckReference].self, forKey: .checks)
        notGraded = try container.decodeIfPresent(YAML.Located<String>.self, forKey: .notGraded)
    }

    /// False for an area the framework assesses without grading it.
    public var isGraded: Bool { notGraded == nil }

    /// The characteristic with `id`, or nil.
    public func characteristic(_ id: String) -> Characteristic? { characteristicsOfGood.first { $0.id?.value == id } }

    /// The inspectorate's headline statement for an area, with where it comes from; plain
    /// text, or a mapping with `text`, `source` and (when it is this tool's reading) `reading`.
    public struct Headline: Decodable, Sendable {
        public var text: String
        public var source: String?
        public var reading: String?

        enum CodingKeys: String, CodingKey { case text, source, reading }

        public init(from decoder: any Decoder) throws {
            if let node = decoder.yamlNode, node.kind == .scalar {
                text = try decoder.singleValueContainer().decode(String.self)
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            text = try container.decode(String.self, forKey: .text)
            source = try container.decodeIfPresent(String.self, forKey: .source)
            reading = try container.decodeIfPresent(String.self, forKey: .reading)
        }
    }
}
