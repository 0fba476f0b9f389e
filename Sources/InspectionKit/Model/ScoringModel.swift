import YAML

/// How check results become area grades: a named, versioned model stated in the framework.
///
/// Each evaluated check scores 1–4 from its outcome (and 4 when it is promising practice);
/// an area's percentage is its weighted score over the weighted maximum; bands turn the
/// percentage into a grade; limiting rules then cap the grade.
public struct ScoringModel: Decodable, Sendable {
    public var id: String
    public var version: Int
    public var description: String
    public var outcomeScores: OutcomeScores
    /// Best first: the first band whose minimum the percentage reaches gives the grade.
    public var gradeBands: [GradeBand]
    /// An area is graded only when at least this share of its check weight was evaluated.
    public var minimumEvaluatedShare: Double
    /// When any check in an area yields a cause of concern, the area is at best this grade.
    public var causeOfConcernAtBest: YAML.Located<String>?
    /// When no check in an area yields a cause of concern, the area is at worst this grade:
    /// on the HMICFRS scale, inadequate means causes of concern.
    public var withoutCauseOfConcernAtWorst: YAML.Located<String>?

    public struct OutcomeScores: Decodable, Sendable, Hashable {
        public var promisingPractice: Int
        public var met: Int
        public var partlyMet: Int
        public var notMet: Int

        enum CodingKeys: String, CodingKey {
            case promisingPractice = "promising_practice", met, partlyMet = "partly_met", notMet = "not_met"
        }

        /// The highest score any check can get: the denominator of an area's percentage.
        public var maximum: Int { max(promisingPractice, met, partlyMet, notMet) }
    }

    public struct GradeBand: Decodable, Sendable {
        public var grade: YAML.Located<String>
        public var minPercent: Double

        enum CodingKeys: String, CodingKey { case grade, minPercent = "min_percent" }
    }

    /// Where each key's value was written, for errors about the model as a whole.
    public var positions: [String: YAML.Located<String>] = [:]

    enum CodingKeys: String, CodingKey {
        case id, version, description, outcomeScores = "outcome_scores", gradeBands = "grade_bands"
        case minimumEvaluatedShare = "minimum_evaluated_share", causeOfConcernAtBest = "cause_of_concern_at_best"
        case withoutCauseOfConcernAtWorst = "without_cause_of_concern_at_worst"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        version = try container.decode(Int.self, forKey: .version)
        description = try container.decode(String.self, forKey: .description)
        outcomeScores = try container.decode(OutcomeScores.self, forKey: .outcomeScores)
        gradeBands = try container.decode([GradeBand].self, forKey: .gradeBands)
        minimumEvaluatedShare = try container.decode(Double.self, forKey: .minimumEvaluatedShare)
        causeOfConcernAtBest = try container.decodeIfPresent(YAML.Located<String>.self, forKey: .causeOfConcernAtBest)
        withoutCauseOfConcernAtWorst = try container.decodeIfPresent(YAML.Located<String>.self, forKey: .withoutCauseOfConcernAtWorst)
        if let node = decoder.yamlNode {
            for (key, value) in node.pairs {
                guard let name = key.scalar else { continue }
                positions[name] = YAML.Located(name, mark: value.mark, sourceLine: value.sourceLine)
            }
        }
    }

    /// `hmicfrs-percentage@1`.
    public var versionedID: String { "\(id)@\(version)" }
}
