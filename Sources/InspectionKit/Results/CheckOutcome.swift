/// How a check fared in one area, with the score it contributed.
public struct CheckOutcome: Sendable {
    public var checkID: String
    public var title: String
    public var weight: Double
    /// What the check produces when not met.
    public var onFailure: FindingClass
    /// What it produces when partly met (the framework's `on_partly_met`, else `on_failure`).
    public var onPartlyMet: FindingClass
    public var recommendation: String
    public var theme: String?
    public var result: CheckResult
    /// The score under a `percentage` model when evaluated; nil when not applicable, not
    /// evaluable, or graded by a model that scores characteristics rather than checks.
    public var score: Int?
    /// The kinds of evidence the result rests on.
    public var provenance: [Provenance]
    /// Why the framework's `cause_of_concern_below` made the shortfall a cause of concern.
    public var concern: String?
    /// The id of the area's characteristic of good the check evidences, when the framework names one.
    public var characteristic: String?

    public init(
        checkID: String, title: String, weight: Double, onFailure: FindingClass, onPartlyMet: FindingClass? = nil,
        recommendation: String = "", theme: String?, result: CheckResult, score: Int?, provenance: [Provenance] = [],
        concern: String? = nil, characteristic: String? = nil
    ) {
        self.onPartlyMet = onPartlyMet ?? onFailure
        self.characteristic = characteristic
        self.provenance = provenance
        self.concern = concern
        self.checkID = checkID
        self.title = title
        self.weight = weight
        self.onFailure = onFailure
        self.recommendation = recommendation
        self.theme = theme
        self.result = result
        self.score = score
    }

    /// The class of finding this outcome produces by the framework's rules alone: nil when the
    /// check is met or was not evaluated. (A serious shortfall is a cause of concern whatever
    /// this says; see `CheckResult.isSerious`.)
    public var shortfallClass: FindingClass? {
        switch result.outcome {
        case .notMet: return onFailure
        case .partlyMet: return onPartlyMet
        case .met, .notApplicable, .couldNotEvaluate: return nil
        }
    }

    /// Whether the shortfall is a cause of concern, by the framework's class or because it is serious.
    public var isCauseOfConcern: Bool {
        result.outcome.fallsShort && (shortfallClass == .causeOfConcern || result.isSerious)
    }
}

/// An area's grade and how it was reached, or why there is none.
public struct AreaGrading: Sendable, Hashable {
    /// The model's measure, 0–100: the weighted score as a percentage of the maximum
    /// (`percentage`), or the share of assessed characteristics demonstrated
    /// (`share-of-characteristics`); nil when not graded.
    public var percent: Double?
    /// The grade id; nil when the area is not graded.
    public var grade: String?
    /// How the grade was reached, or why there is none, in a sentence.
    public var basis: String
    /// The limiting rules that changed the grade from its band, in words.
    public var adjustments: [String]
    /// Under a `share-of-characteristics` model, how each characteristic of good fared; empty
    /// otherwise.
    public var characteristics: [CharacteristicAssessment]

    package init(
        percent: Double?, grade: String?, basis: String, adjustments: [String], characteristics: [CharacteristicAssessment] = []
    ) {
        self.percent = percent
        self.grade = grade
        self.basis = basis
        self.adjustments = adjustments
        self.characteristics = characteristics
    }
}

/// How one characteristic of good fared on the evidence of the checks that evidence it.
public struct CharacteristicAssessment: Sendable, Hashable {
    public enum State: String, Sendable, Hashable, CaseIterable {
        /// Every evaluated check of the characteristic is met.
        case met
        /// Some of its evaluated checks are met or partly met, not all met.
        case partlyMet = "partly-met"
        /// Every evaluated check of the characteristic is not met.
        case notMet = "not-met"
        /// No check of the characteristic could be evaluated (or none evidences it).
        case notAssessed = "not-assessed"

        public var label: String {
            switch self {
            case .met: return "met"
            case .partlyMet: return "partly met"
            case .notMet: return "not met"
            case .notAssessed: return "not assessed"
            }
        }
    }

    /// The characteristic's id; nil for one written as plain text.
    public var id: String?
    public var text: String
    public var state: State
    /// The checks whose outcomes decided the state (evaluated ones only).
    public var checks: [String]

    public init(id: String?, text: String, state: State, checks: [String]) {
        self.id = id
        self.text = text
        self.state = state
        self.checks = checks
    }
}
