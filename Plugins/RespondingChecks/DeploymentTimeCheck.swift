import ChildProtectionRecords
import InspectionKit

/// `missing.time-to-deploy`: were officers deployed to each missing child within the target
/// for the risk the child faced?
public struct DeploymentTimeCheck: InspectionCheck {
    /// Example targets: 1 hour for high risk, 4 for medium, 12 for low, a day for no apparent risk.
    static let exampleTargets: [RiskGrade: Duration] = [
        .high: .seconds(3600), .medium: .seconds(4 * 3600), .low: .seconds(12 * 3600), .noApparentRisk: .seconds(24 * 3600),
    ]

    static let targets: [RiskGrade: Parameter<Duration>] = Dictionary(
        uniqueKeysWithValues: RiskGrade.allCases.map { grade in
            (
                grade,
                Parameter<Duration>(
                    "missing.deploy-target.\(grade.rawValue)", unit: "after the report",
                    example: exampleTargets[grade]!,
                    summary: "Longest acceptable time from report to deployment for a missing child at \(grade.risk).")
            )
        })

    /// The inspection's finding on how fast officers respond to missing children, when no
    /// episodes are counted (Cleveland 2025: "Nor does it respond to them effectively").
    static let topic = "missing-response"
    static let lateShare = FigureSpec("missing.late-deployment-share", "Missing children not reached within the target", .share)
    static let medianDeployHours = FigureSpec("missing.median-deploy-hours", "Median time to deploy to a missing child", .hours)

    public static let descriptor = CheckDescriptor(
        id: "missing.time-to-deploy",
        area: "responding",
        title: "Officers deployed to missing children in time",
        rationale: """
            The first hours after a child goes missing matter most. Each deployment is compared \
            with the framework's target for the risk the child faced (the grade the information \
            or policy called for, not a lower grade given by mistake; for an audited case, the \
            grade the auditors judged the information called for).
            """,
        recommendation: "The force should deploy officers to missing children within the time the risk they face requires.",
        parameters: MissingRiskStandard.parameters + RiskGrade.allCases.map { targets[$0]! } + ComplianceBars.parameters,
        reads: [MissingEpisode.self],
        observationTopics: [topic],
        figures: [Self.lateShare, Self.medianDeployHours],
        auditQuestions: [MissingRiskStandard.riskQuestion],
        examples: [
            CheckExample(
                "Deployed within the hour to a high-risk child",
                evidence: """
                    records:
                      missing-episode:
                        - {case_ref: EX-1, reported_at: 2025-01-06T18:20:00Z, risk_indicators: [exploitation-risk], risk_grade: high, deployed_at: 2025-01-06T18:50:00Z}
                    """,
                expect: .init(
                    .met, count: .init(met: 1, of: 1),
                    statement:
                        "In 1 of 1 missing-child cases officers were deployed within 1 hour of the report. All deployments met the target for the risk the child faced."
                )),
            CheckExample(
                "In time for medium and no apparent risk, late for a high-risk child graded medium",
                evidence: """
                    records:
                      missing-episode:
                        - {case_ref: EX-1, reported_at: 2025-01-06T18:00:00Z, risk_indicators: [repeat-missing], risk_grade: medium, deployed_at: 2025-01-06T21:00:00Z}
                        - {case_ref: EX-2, reported_at: 2025-01-07T08:00:00Z, risk_indicators: [], risk_grade: no-apparent-risk, deployed_at: 2025-01-08T04:00:00Z}
                        - {case_ref: EX-3, reported_at: 2025-01-08T18:00:00Z, risk_indicators: [exploitation-risk], risk_grade: medium, deployed_at: 2025-01-08T21:00:00Z}
                    """,
                expect: .init(
                    .partlyMet, count: .init(met: 2, of: 3),
                    statement:
                        "In 3 of 3 missing-child cases officers were deployed between 3 hours and 20 hours after the report. 1 of 3 deployments was later than the target for the risk the child faced (1 hour for high risk)."
                )),
            CheckExample(
                "Hours late for children known to be at high risk",
                evidence: """
                    records:
                      missing-episode:
                        - {case_ref: EX-1, reported_at: 2025-01-06T18:20:00Z, risk_indicators: [exploitation-risk], risk_grade: medium, deployed_at: 2025-01-07T00:20:00Z}
                        - {case_ref: EX-2, reported_at: 2025-01-08T10:00:00Z, risk_indicators: [exploitation-risk], risk_grade: high, deployed_at: 2025-01-18T10:00:00Z}
                        - {case_ref: EX-3, reported_at: 2025-01-09T10:00:00Z, risk_indicators: [], risk_grade: low}
                    """,
                expect: .init(
                    .notMet, count: .init(met: 0, of: 3),
                    statement:
                        "In 1 of 3 missing-child cases officers were deployed 6 hours after the report. In 1 case officers took 10 days. In 1 case no officer was deployed. 2 of 2 deployments were later than the target for the risk the child faced (1 hour for high risk)."
                )),
            CheckExample(
                "No episodes counted: the inspection's finding decides",
                evidence: """
                    records:
                      inspection-observation:
                        - {topic: missing-response, rating: serious-shortfall, statement: Officers did not respond to missing children effectively., source: Example report}
                    """,
                expect: .init(
                    .notMet, statement: "Officers did not respond to missing children effectively. (Qualitative finding of the inspection.)"
                )),
        ],
        countedAs: "missing children reached within the target for the risk they faced")

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        let (episodes, standard, bars): ([MissingEpisode], MissingRiskStandard, ComplianceBars)
        switch MissingRiskStandard.episodes(in: context, topic: Self.topic, subject: "the response to missing children") {
        case .judge(let found, let foundStandard, let foundBars): (episodes, standard, bars) = (found, foundStandard, foundBars)
        case .result(let result): return result
        }
        var targets: [RiskGrade: Duration] = [:]
        for (grade, parameter) in Self.targets { targets[grade] = context[parameter] }

        var late: [String] = []
        var lateGrades: Set<RiskGrade> = []
        var lateDeployedCount = 0
        var delays: [Duration] = []
        for episode in episodes {
            let grade = standard.requiredGrade(episode)
            guard let delay = episode.deploymentDelay else {
                late.append(episode.caseRef)
                continue
            }
            delays.append(delay)
            if delay > targets[grade]! {
                late.append(episode.caseRef)
                lateGrades.insert(grade)
                lateDeployedCount += 1
            }
        }
        let count = CheckResult.Count(met: episodes.count - late.count, of: episodes.count)
        var figures = [Self.lateShare(Double(late.count) / Double(episodes.count), of: episodes.count)]
        let sentences = Self.distribution(delays, of: episodes.count)
        if let median = Median.of(delays) {
            figures.append(Self.medianDeployHours(DurationText.hours(median), of: delays.count))
        }
        // A child officers never went to is not a late deployment: the distribution says how
        // many were never reached, and the verdict counts late deployments among those made.
        let targetWords = RiskGrade.allCases.reversed().filter(lateGrades.contains)
            .map { "\(DurationText.words(targets[$0]!)) for \($0.risk)" }
        let verdict: String
        if late.isEmpty {
            verdict = "All deployments met the target for the risk the child faced."
        } else if lateDeployedCount == 0 {
            verdict = delays.isEmpty ? "No child was reached." : "Every deployment made met the target for the risk the child faced."
        } else {
            verdict =
                "\(lateDeployedCount) of \(delays.count) deployments \(lateDeployedCount == 1 ? "was" : "were") later than the target for the risk the child faced (\(targetWords.joined(separator: ", ")))."
        }
        return CheckResult(
            bars.outcome(count),
            statement: (sentences + [verdict]).joined(separator: " "),
            count: count, figures: figures, cases: late, basis: .records)
    }

    /// How long deployments took, in the inspection's way of putting it: "In 4 of 6 missing-child
    /// cases officers were deployed between 4 and 12 hours after the report. In 1 case officers
    /// took 10 days."
    /// - Parameter delays: the deployments made, in any order; `total` counts every episode.
    /// - Parameter longestListed: deployments over a day are listed one by one up to this many,
    ///   and given as a range beyond it.
    static func distribution(_ delays: [Duration], of total: Int, longestListed: Int = 5) -> [String] {
        // Only the counts, the extremes and a few of the longest are said.
        let hour = Duration.seconds(3600)
        let day = Duration.seconds(24 * 3600)
        var prompt = 0
        var sameDay: (count: Int, shortest: Duration, longest: Duration) = (0, day, .zero)
        var later: [Duration] = []
        for delay in delays {
            if delay <= hour {
                prompt += 1
            } else if delay <= day {
                sameDay = (sameDay.count + 1, min(sameDay.shortest, delay), max(sameDay.longest, delay))
            } else {
                later.append(delay)
            }
        }
        let words = DurationText.words
        var sentences: [String] = []
        if prompt > 0 {
            sentences.append("In \(prompt) of \(total) missing-child cases officers were deployed within 1 hour of the report.")
        }
        if sameDay.count > 0 {
            let span =
                sameDay.shortest == sameDay.longest
                ? words(sameDay.shortest) : "between \(words(sameDay.shortest)) and \(words(sameDay.longest))"
            sentences.append("In \(sameDay.count) of \(total) missing-child cases officers were deployed \(span) after the report.")
        }
        if let first = later.min(), let last = later.max(), later.count > longestListed {
            // A large force's year has thousands: the range says what a list would bury.
            let (shortest, longest) = (words(first), words(last))
            let span = shortest == longest ? shortest : "between \(shortest) and \(longest)"
            sentences.append("In \(later.count) cases officers took more than a day: \(span).")
        } else if !later.isEmpty {
            let cases = later.count == 1 ? "1 case" : "\(later.count) cases"
            sentences.append("In \(cases) officers took \(later.sorted().map(words).joined(separator: ", ")).")
        }
        let never = total - delays.count
        if never > 0 {
            sentences.append(never == 1 ? "In 1 case no officer was deployed." : "In \(never) cases no officer was deployed.")
        }
        return sentences
    }
}
