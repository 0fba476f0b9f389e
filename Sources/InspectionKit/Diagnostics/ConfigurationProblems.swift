extension Diagnostic {
    /// What is wrong with a scoring model or a scale, with the facts each message needs.
    public enum ScoringProblem: Hashable, Sendable {
        case scaleWithoutGrades(scale: String)
        case causeOfConcernShareOutOfRange(Double)
        case weightOutOfRange(check: String, weight: Double)
        case noGradeBands
        case bandMinimumOutOfRange(Double)
        case bandsNotFalling
        case lastBandAboveZero
        case outcomeScoresOutOfRange
        case minimumEvaluatedShareOutOfRange(Double)
        /// `on_partly_met: cause-of-concern` under `on_failure: area-for-improvement`.
        case partlyMetWorseThanNotMet(check: String)
    }

    /// What is wrong with how a dataset or a force's evidence is declared.
    public enum DatasetProblem: Hashable, Sendable {
        case unreadableCaseReferencePattern
        case csvWithoutProvenance(dataset: String)
        case csvWithoutMapping(dataset: String)
        /// `provenance`, `mapping` or `max_rejected` on a YAML dataset.
        case csvOnlyKey(String)
        case csvFileWithoutFormat(file: String, dataset: String)
    }

    /// What is wrong with the published grades an inspection records.
    public enum PublishedGradeProblem: Hashable, Sendable {
        case alternativesToKnownGrade
        case fewerThanTwoAlternatives
        case notACountOfAreas(grade: String, count: Int, areas: Int)
        case countsDoNotAddUp(total: Int, listed: Int)
        /// `label` is the grade's label in lower case.
        case moreListedThanCounted(label: String, counted: Int)
        case noPossibleGradeLeft(left: [String])
        case gradesInAcceleratedPublication
        case gradeCountsInAcceleratedPublication
    }

    /// What is wrong with an inspection's published findings or their recommendations.
    public enum FindingProblem: Hashable, Sendable {
        case notATimeFrame(String)
        case byIsNotADay
        case twoTimeFrames
        case noTimeFrame
        case malformedFindingID(String)
        case causeOfConcernWithoutRecommendations
        case recommendationsOnlyOnCausesOfConcern
        case acceleratedWithoutCausesOfConcern
    }
}
