import YAML

/// What the published report said, for comparison with what the inspector derives.
public struct PublishedFindings: Decodable, Sendable {
    public var areasForImprovement: [PublishedFinding] = []
    public var causesOfConcern: [PublishedFinding] = []
    public var promisingPractice: [PublishedFinding] = []

    enum CodingKeys: String, CodingKey {
        case areasForImprovement = "areas_for_improvement", causesOfConcern = "causes_of_concern"
        case promisingPractice = "promising_practice"
    }

    public init() {}

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        areasForImprovement = try container.decodeIfPresent([PublishedFinding].self, forKey: .areasForImprovement) ?? []
        causesOfConcern = try container.decodeIfPresent([PublishedFinding].self, forKey: .causesOfConcern) ?? []
        promisingPractice = try container.decodeIfPresent([PublishedFinding].self, forKey: .promisingPractice) ?? []
    }
}

public struct PublishedFinding: Decodable, Sendable {
    /// The finding's id within its inspection (`afi-missing`), written so that responses keep
    /// pointing at it however the list is reordered; nil takes the default by position (see
    /// `TrackedFinding`).
    public var id: YAML.Located<String>?
    /// The area it belongs to, when the report says.
    public var area: YAML.Located<String>?
    /// A short id shared with the framework's check references, so derived findings can be
    /// matched to published ones: `missing-children`.
    public var theme: YAML.Located<String>?
    public var text: String
    /// A cause of concern's recommendations, as published.
    public var recommendations: [PublishedRecommendation]

    enum CodingKeys: String, CodingKey { case id, area, theme, text, recommendations }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(YAML.Located<String>.self, forKey: .id)
        area = try container.decodeIfPresent(YAML.Located<String>.self, forKey: .area)
        theme = try container.decodeIfPresent(YAML.Located<String>.self, forKey: .theme)
        text = try container.decode(String.self, forKey: .text)
        recommendations = try container.decodeIfPresent([PublishedRecommendation].self, forKey: .recommendations) ?? []
    }
}

/// A recommendation published with a cause of concern.
public struct PublishedRecommendation: Decodable, Sendable {
    /// Its id within the cause of concern (`rec-1` by default, by position).
    public var id: YAML.Located<String>?
    public var text: String
}
