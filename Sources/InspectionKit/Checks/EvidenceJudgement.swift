/// The two ways a check reaches an outcome, and how it chooses between them.
///
/// Counted evidence (cases meeting a standard out of those examined) decides when there is
/// enough of it (`standard.minimum-cases`); otherwise the inspection's qualitative
/// observations on the check's topics decide, and the few cases counted are cited; with
/// neither, the small count decides; with nothing at all, the check cannot be evaluated.
public enum EvidenceJudgement {
    /// A count of cases and what it means in words.
    public struct Counted: Sendable {
        public var count: CheckResult.Count
        /// References of the cases that fell short.
        public var shortfalls: [String]
        /// The finding in inspection style: "In 1 of 1 reports of child abuse …".
        public var statement: String
        public var figures: [CheckResult.Figure]
        /// When the count is of audited cases: the questions answered and the samples.
        public var audited: (questions: [String], samples: [AuditSampleSummary])?

        public init(count: CheckResult.Count, shortfalls: [String], statement: String, figures: [CheckResult.Figure] = []) {
            self.count = count
            self.shortfalls = shortfalls
            self.statement = statement
            self.figures = figures
        }
    }

    /// A figure a count reports: the share of cases meeting the standard
    /// (`.meeting(spec)`), or of those falling short of it (`.fallingShort(spec)`).
    public enum CountFigure: Sendable {
        case meeting(FigureSpec)
        case fallingShort(FigureSpec)
    }

    public static func decide(
        _ counted: Counted?, observations: [InspectionObservation], bars: ComplianceBars, nothing: String
    ) -> CheckResult {
        if let counted, counted.count.of >= bars.minimumCases {
            return fromCount(counted, bars: bars)
        }
        if !observations.isEmpty {
            var result = fromObservations(observations)
            if let counted, counted.count.of > 0 {
                result.statement += " Too few cases were counted to measure on their own: " + lowercasingFirst(counted.statement)
                result.cases = counted.shortfalls
                result.figures = counted.figures
            }
            return result
        }
        if let counted, counted.count.of > 0 {
            return fromCount(counted, bars: bars)
        }
        return .couldNotEvaluate(nothing)
    }

    public static func fromCount(_ counted: Counted, bars: ComplianceBars) -> CheckResult {
        var result = CheckResult(
            bars.outcome(counted.count), statement: counted.statement, count: counted.count,
            figures: counted.figures, cases: counted.shortfalls, basis: counted.audited == nil ? .records : .audit)
        result.audit = counted.audited.map { AuditBasis(bars, questions: $0.questions, samples: $0.samples) }
        return result
    }

    /// The judgement of the inspection's observations on `topics`, for checks that rest on
    /// qualitative findings alone; `nothing` says what is missing when there are none.
    public static func fromObservations(in context: CheckContext, topics: [String], nothing: String) -> CheckResult {
        let observations = topics.flatMap { context.observations($0) }
        return observations.isEmpty ? .couldNotEvaluate(nothing) : fromObservations(observations)
    }

    /// All strengths: met. Nothing but shortfalls: not met. Otherwise partly met. A serious
    /// shortfall makes the result serious (a cause of concern).
    public static func fromObservations(_ observations: [InspectionObservation]) -> CheckResult {
        let ratings = observations.map(\.rating)
        let outcome: CheckResult.Outcome
        if ratings.allSatisfy({ $0 == .strength }) {
            outcome = .met
        } else if ratings.allSatisfy({ $0 == .shortfall || $0 == .seriousShortfall }) {
            outcome = .notMet
        } else {
            outcome = .partlyMet
        }
        let statement = observations.map(\.statement).joined(separator: " ") + " (Qualitative finding of the inspection.)"
        return CheckResult(outcome, statement: statement, serious: ratings.contains(.seriousShortfall), basis: .observations)
    }

    private static func lowercasingFirst(_ text: String) -> String {
        text.prefix(1).lowercased() + text.dropFirst()
    }
}

extension EvidenceJudgement.Counted {
    /// Counts records against a standard: `meets` says whether each record meets it, or nil
    /// when the record does not say (it is not counted). Nil when no record is counted.
    /// `describe(failed, total)` words the finding from the records that fell short.
    ///
    /// Inlinable, so that each check compiles it for its own record type: a year of a force's
    /// records passes through it, and unspecialised it looks types up at run time per record.
    @inlinable
    public static func records<Record>(
        _ records: [Record], reference: (Record) -> String, meets: (Record) -> Bool?,
        figure: EvidenceJudgement.CountFigure? = nil, describe: (_ failed: [Record], _ total: Int) -> String
    ) -> Self? {
        var judged = 0
        var failed: [Record] = []
        for record in records {
            guard let met = meets(record) else { continue }
            judged += 1
            if !met { failed.append(record) }
        }
        guard judged > 0 else { return nil }
        let count = CheckResult.Count(met: judged - failed.count, of: judged)
        let figures: [CheckResult.Figure]
        switch figure {
        case .meeting(let spec)?: figures = [spec(Double(count.met) / Double(count.of), of: count.of)]
        case .fallingShort(let spec)?: figures = [spec(Double(failed.count) / Double(count.of), of: count.of)]
        case nil: figures = []
        }
        return Self(count: count, shortfalls: failed.map(reference), statement: describe(failed, judged), figures: figures)
    }
}

extension EvidenceJudgement.Counted {
    /// Counts audited answers against a standard: `meets` says whether an answer meets it, or
    /// nil when it does not judge it (`not-applicable` is never counted). Nil when no answer
    /// is counted. `describe(failed, total)` words the finding from the cases that fell short:
    /// "In 3 of 6 audited missing-child cases …".
    public static func audited(
        _ answers: AuditedAnswers, meets: (AuditAnswer) -> Bool?, figure: EvidenceJudgement.CountFigure? = nil,
        describe: (_ failed: [AuditedAnswers.Case], _ total: Int) -> String
    ) -> Self? {
        var counted = records(
            answers.applicable, reference: \.reference, meets: { meets($0.answer) }, figure: figure, describe: describe)
        counted?.audited = ([answers.question.id], answers.samples)
        return counted
    }
}

extension AuditBasis {
    /// The basis of a count judged by `bars`.
    public init(_ bars: ComplianceBars, questions: [String], samples: [AuditSampleSummary]) {
        self.init(questions: questions, samples: samples, metShare: bars.met, partlyMetShare: bars.partlyMet)
    }
}
