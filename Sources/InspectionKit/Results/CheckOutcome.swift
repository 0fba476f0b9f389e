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
    /// 1–4 when evaluated; nil when not applicable or not evaluable.
    public var score: Int?
    /// The kinds of evidence the result rests on.
    public var provenance: [Provenance]
    /// Why the framework's `cause_of_concern_below` made the shortfall a cause of concern.
    public var concern: String?

    public init(
        checkID: String, title: String, weight: Double, onFailure: FindingClass, onPartlyMet: FindingClass? = nil,
        recommendation: String = "",
        theme: String?, result: CheckResult, score: Int?, provenance: [Provenance] = [], concern: String? = nil
    ) {
        self.onPartlyMet = onPartlyMet ?? onFailure
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
    /// Weighted score as a percentage of the maximum; nil when not graded.
    public var percent: Double?
    /// The grade id; nil when the area is not graded.
    public var grade: String?
    /// How the grade was reached, or why there is none, in a sentence.
    public var basis: String
    /// The limiting rules that changed the grade from its band, in words.
    public var adjustments: [String]

    package init(percent: Double?, grade: String?, basis: String, adjustments: [String]) {
        self.percent = percent
        self.grade = grade
        self.basis = basis
        self.adjustments = adjustments
    }
}
