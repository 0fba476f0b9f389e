import YAML

/// How check results become area grades: a named, versioned model stated in the framework.
///
/// Two methods (`method`):
/// - `percentage`: each evaluated check scores from its outcome (`outcome_scores`); an area's
///   percentage is its weighted score over the weighted maximum.
/// - `share-of-characteristics`: each of the area's characteristics of good is met, partly
///   met or not met by the checks that evidence it; an area's percentage is the share of its
///   assessed characteristics demonstrated (a partly met one counting `partly_met_counts_as`).
///
/// Either way, bands turn the percentage into a grade and limiting rules then cap it.
/// Promising practice is highlighted in reports and never scores above met.
public struct ScoringModel: Decodable, Sendable {
    public enum Method: String, Decodable, Sendable, CaseIterable {
        case percentage
        case shareOfCharacteristics = "share-of-characteristics"
    }

    public var id: String
    public var version: Int
    /// `percentage` when the framework does not say (every model was one before methods).
    public var method: Method
    public var description: String
    /// `percentage` only: the score of each outcome.
    public var outcomeScores: OutcomeScores?
    /// `share-of-characteristics` only: how much of a demonstrated characteristic a partly met
    /// one counts for (0.5: half).
    public var partlyMetCountsAs: Double?
    /// Best first: the first band whose minimum the percentage reaches gives the grade.
    public var gradeBands: [GradeBand]
    /// An area is graded only when at least this share of its check weight (`percentage`) or
    /// of its characteristics (`share-of-characteristics`) could be assessed.
    public var minimumEvaluatedShare: Double
    /// When any check in an area yields a cause of concern, the area is at best this grade.
    public var causeOfConcernAtBest: YAML.Located<String>?
    /// When no check in an area yields a cause of concern, the area is at worst this grade:
    /// on the HMICFRS scale, inadequate means causes of concern.
    public var withoutCauseOfConcernAtWorst: YAML.Located<String>?

    public struct OutcomeScores: Decodable, Sendable, Hashable {
        public var met: Int
        public var partlyMet: Int
        public var notMet: Int
        /// The top of the score scale when it is above what any outcome scores: CQC scores 1–4,
        /// 4 being "exceptional", which no check result earns (promising practice scores as
        /// met). Nil: the highest outcome score is the top.
        public var outOf: Int?
        /// Written only by frameworks from before promising practice stopped being scored;
        /// validation refuses it (promising practice never scores above met).
        public var promisingPractice: YAML.Located<Int>?

        enum CodingKeys: String, CodingKey {
            case promisingPractice = "promising_practice", met, partlyMet = "partly_met", notMet = "not_met", outOf = "out_of"
        }

        /// The denominator of an area's percentage: `out_of`, or else the highest outcome score.
        public var maximum: Int { outOf ?? max(met, partlyMet, notMet) }
    }

    public struct GradeBand: Decodable, Sendable {
        public var grade: YAML.Located<String>
        public var minPercent: Double
        /// The inspectorate's words for the band, when it has them ("substantially all").
        public var words: String?

        enum CodingKeys: String, CodingKey { case grade, minPercent = "min_percent", words }
    }

    /// Where each key's value was written, for errors about the model as a whole.
    public var positions: [String: YAML.Located<String>] = [:]

    enum CodingKeys: String, CodingKey {
        case id, version, method, description, outcomeScores = "outcome_scores", partlyMetCountsAs = "partly_met_counts_as"
        case gradeBands = "grade_bands", minimumEvaluatedShare = "minimum_evaluated_share"
        case causeOfConcernAtBest = "cause_of_concern_at_best", withoutCauseOfConcernAtWorst = "without_cause_of_concern_at_worst"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        version = try container.decode(Int.self, forKey: .version)
        method = try container.decodeIfPresent(Method.self, forKey: .method) ?? .percentage
        description = try container.decode(String.self, forKey: .description)
        outcomeScores = try container.decodeIfPresent(OutcomeScores.self, forKey: .outcomeScores)
        partlyMetCountsAs = try container.decodeIfPresent(Double.self, forKey: .partlyMetCountsAs)
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

    /// `hmicfrs-percentage@2`.
    public var versionedID: String { "\(id)@\(version)" }

    /// True when `name` is this model's id or its versioned id (`hmicfrs-percentage`,
    /// `hmicfrs-percentage@2`): how `--scoring` names a model.
    public func isNamed(_ name: String) -> Bool { name == id || name == versionedID }
}
