import ChildData

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
        /// `outcome_scores` gives promising practice a score of its own.
        case promisingPracticeScored
        /// A setting that only the other method reads (`outcome_scores` on a
        /// share-of-characteristics model, `partly_met_counts_as` on a percentage one).
        case settingOfOtherMethod(setting: String, method: String)
        /// A setting the model's method needs is missing.
        case settingMissing(setting: String, method: String)
        case partlyMetCountsAsOutOfRange(Double)
        /// Under a share-of-characteristics model, a check must say which characteristic it evidences.
        case checkWithoutCharacteristic(check: String, area: String, model: String)
        /// A cap or cause-of-concern rule on a check in an area that is not graded.
        case gradeRuleInUngradedArea(rule: String, check: String, area: String)
        /// An overall-judgement rule needs more graded areas than the framework has.
        case overallRuleNeedsTooManyAreas(count: Int, graded: Int)
        /// An overall judgement in a framework with no graded area.
        case overallJudgementWithoutGradedAreas
    }

    /// What is wrong with how a dataset or a force's evidence is declared.
    public enum DatasetProblem: Hashable, Sendable {
        /// `case_reference_pattern` cannot be read, or accepts what could be a name.
        case caseReferencePattern(CaseReferenceRule.PatternProblem)
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
        /// A published grade for an area the framework assesses but does not grade.
        case areaNotGraded(area: String)
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
