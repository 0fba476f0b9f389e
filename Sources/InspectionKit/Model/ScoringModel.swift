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

    enum CodingKeys: String, CodingKey {
        case id, version, description, outcomeScores = "outcome_scores", gradeBands = "grade_bands"
        case minimumEvaluatedShare = "minimum_evaluated_share", causeOfConcernAtBest = "cause_of_concern_at_best"
        case withoutCauseOfConcernAtWorst = "without_cause_of_concern_at_worst"
    }

    /// `hmicfrs-percentage@1`.
    public var versionedID: String { "\(id)@\(version)" }
}
