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
    }
}
