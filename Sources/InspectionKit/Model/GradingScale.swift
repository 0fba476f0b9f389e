import YAML

/// An ordered set of grades, best first, such as HMICFRS's five tiers.
public struct GradingScale: Decodable, Sendable {
    public struct Grade: Decodable, Hashable, Sendable {
        /// Stable id used in configuration and JSON: `requires-improvement`.
        public var id: String
        /// The words reports print: "Requires improvement".
        public var label: String
        /// What the grade means, as the inspectorate defines it.
        public var meaning: String
        /// A CSS colour for reports; grades are always shown as text too.
        public var colour: String
        /// Where the grade's id was written, for errors about it.
        public var location: YAML.Located<String>?

        enum CodingKeys: String, CodingKey { case id, label, meaning, colour }

        public init(id: String, label: String, meaning: String, colour: String) {
            self.id = id
            self.label = label
            self.meaning = meaning
            self.colour = colour
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let located = try container.decode(YAML.Located<String>.self, forKey: .id)
            id = located.value
            location = located
            label = try container.decode(String.self, forKey: .label)
            meaning = try container.decode(String.self, forKey: .meaning)
            let written = try container.decode(YAML.Located<String>.self, forKey: .colour)
            // Only #rgb or #rrggbb: the colour goes into HTML and SVG as written.
            let digits = written.value.dropFirst()
            guard written.value.hasPrefix("#"), digits.count == 3 || digits.count == 6, digits.allSatisfy(\.isHexDigit) else {
                throw written.error(.invalidValue("'\(written.value)' is not a colour; write #rgb or #rrggbb (e.g. #1a7f37)"))
            }
            colour = written.value
        }
    }

    public var schema: Int
    public var id: YAML.Located<String>
    public var title: String
    public var source: String
    /// Best first.
    public var grades: [Grade]

    /// The grade with `id`, or nil.
    public func grade(_ id: String) -> Grade? { grades.first { $0.id == id } }

    /// 0 for the best grade, increasing as grades get worse; nil for an unknown id.
    public func rank(of id: String) -> Int? { grades.firstIndex { $0.id == id } }

    /// The worse of two grade ids (the one further down the scale).
    public func worse(_ a: String, _ b: String) -> String {
        (rank(of: a) ?? 0) >= (rank(of: b) ?? 0) ? a : b
    }
}
