import YAML

/// An overall grade a framework derives from its area grades, by rules it states: the first
/// rule that applies gives the grade; when none does, `otherwise` does. Only graded areas
/// count, and the overall grade is given only when every one of them has a grade.
///
/// ```yaml
/// overall_judgement:
///   title: Overall effectiveness
///   source: "…where the rule comes from…"
///   rules:
///     - {grade: inadequate, at_least: 2, at_or_below: inadequate}
///     - {grade: requires-improvement, at_least: 1, at_or_below: inadequate}
///   otherwise: median
/// ```
public struct OverallJudgement: Decodable, Sendable {
    public var title: String
    /// Where the rules come from (or that they are this tool's).
    public var source: String
    public var rules: [Rule]
    public var otherwise: Otherwise

    /// "When at least `atLeast` graded areas are at or below (or at or above) `threshold`,
    /// the overall grade is `grade`."
    public struct Rule: Decodable, Sendable {
        public var grade: YAML.Located<String>
        public var atLeast: Count
        public var threshold: YAML.Located<String>
        /// True for `at_or_below`, false for `at_or_above`.
        public var atOrBelow: Bool
        /// Where the rule was written, for errors about it.
        public var mark: YAML.Mark?

        enum CodingKeys: String, CodingKey {
            case grade, atLeast = "at_least", atOrBelow = "at_or_below", atOrAbove = "at_or_above"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            grade = try container.decode(YAML.Located<String>.self, forKey: .grade)
            atLeast = try container.decode(Count.self, forKey: .atLeast)
            mark = decoder.yamlNode?.mark
            let below = try container.decodeIfPresent(YAML.Located<String>.self, forKey: .atOrBelow)
            let above = try container.decodeIfPresent(YAML.Located<String>.self, forKey: .atOrAbove)
            switch (below, above) {
            case (let below?, nil):
                threshold = below
                atOrBelow = true
            case (nil, let above?):
                threshold = above
                atOrBelow = false
            default:
                throw grade.error(.invalidValue("a rule gives one of at_or_below or at_or_above: the grade the areas are counted against"))
            }
        }
    }

    /// How many graded areas a rule needs: a number, or `all`.
    public enum Count: Decodable, Sendable, Hashable {
        case number(Int)
        case all

        public init(from decoder: any Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            if text == "all" {
                self = .all
            } else if let number = Int(text), number >= 1 {
                self = .number(number)
            } else {
                let message = "'\(text)' is not a number of areas; write a whole number from 1, or all"
                guard let node = decoder.yamlNode else {
                    throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: message))
                }
                throw node.error(.invalidValue(message))
            }
        }

        /// "2", "all".
        public var words: String {
            switch self {
            case .number(let number): return String(number)
            case .all: return "all"
            }
        }
    }

    /// The overall grade when no rule applies.
    public enum Otherwise: String, Decodable, Sendable, CaseIterable {
        /// The worst area grade.
        case worst
        /// The middle area grade; with an even number of areas, the worse of the two middle ones.
        case median
    }
}
