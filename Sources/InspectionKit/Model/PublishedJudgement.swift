import YAML

/// The grade the inspectorate published for one area, and where that comes from.
///
/// `grade: unknown` records that the area was graded but the sources do not say how, with
/// `one_of` narrowing it down when the report's counts do ("one of adequate and requires
/// improvement"). An area with no judgement at all was not inspected.
public struct PublishedJudgement: Decodable, Sendable {
    public var area: YAML.Located<String>
    /// A grade id of the scale, or `unknown`.
    public var grade: YAML.Located<String>
    /// For an unknown grade: the grades it may be, when the sources narrow it down.
    public var oneOf: [YAML.Located<String>]
    public var source: String
    /// True when the grade is not printed in the source but deduced (e.g. from a count).
    public var inferred: Bool
    public var note: String?

    /// The word that records a grade the sources do not give.
    public static let unknown = "unknown"

    enum CodingKeys: String, CodingKey { case area, grade, oneOf = "one_of", source, inferred, note }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        area = try container.decode(YAML.Located<String>.self, forKey: .area)
        grade = try container.decode(YAML.Located<String>.self, forKey: .grade)
        oneOf = try container.decodeIfPresent([YAML.Located<String>].self, forKey: .oneOf) ?? []
        source = try container.decode(String.self, forKey: .source)
        inferred = try container.decodeIfPresent(Bool.self, forKey: .inferred) ?? false
        note = try container.decodeIfPresent(String.self, forKey: .note)
    }

    /// The grade id, or nil when the sources do not give it.
    public var knownGrade: String? { grade.value == Self.unknown ? nil : grade.value }
}
