import YAML

/// One characteristic of good performance in an area: what the inspectorate says a force must
/// show there to be graded good. HMICFRS calls them "criteria" in the child protection
/// inspection and "characteristics of good" in PEEL.
///
/// Written in a framework either as plain text (`- Children are visited promptly.`) or, when
/// the scoring model or a reader needs more, as a mapping:
/// ```yaml
/// - id: skilled-workforce
///   text: Chief officers and senior leaders make sure there are enough skilled …
///   source: "HMICFRS, NCPI assessment criteria (16 April 2024), topic 1"
///   reading: The published text is cut off; the ending is this tool's reading.
/// ```
public struct Characteristic: Decodable, Sendable {
    /// What check references name (`characteristic: skilled-workforce`); nil in the plain form.
    public var id: YAML.Located<String>?
    public var text: String
    /// Where the words come from; nil when the framework does not say.
    public var source: String?
    /// Set when the words are this tool's reading rather than the inspectorate's published
    /// text: what the reading rests on.
    public var reading: String?
    /// Where the characteristic was written, for errors about it.
    public var mark: YAML.Mark?

    enum CodingKeys: String, CodingKey { case id, text, source, reading }

    public init(from decoder: any Decoder) throws {
        if let node = decoder.yamlNode, node.kind == .scalar {
            text = try decoder.singleValueContainer().decode(String.self)
            mark = node.mark
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(YAML.Located<String>.self, forKey: .id)
        text = try container.decode(String.self, forKey: .text)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        reading = try container.decodeIfPresent(String.self, forKey: .reading)
        mark = decoder.yamlNode?.mark
    }

    /// True when the words are the inspectorate's own, as far as the framework says.
    public var isPublishedText: Bool { reading == nil }
}
