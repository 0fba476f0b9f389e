/// What an audited count rests on: the questions answered, the samples they came from, and
/// the compliance bars the check judged the count by.
///
/// A share from six audited cases is uncertain; with the bars, the engine judges the ends of
/// the share's interval as the check judged the share, and re-grades the area at both.
public struct AuditBasis: Sendable, Hashable {
    public var questions: [String]
    public var samples: [AuditSampleSummary]
    /// The share of cases meeting the standard needed for met and for partly met.
    public var metShare: Double
    public var partlyMetShare: Double

    public init(questions: [String], samples: [AuditSampleSummary], metShare: Double, partlyMetShare: Double) {
        self.questions = questions
        self.samples = samples
        self.metShare = metShare
        self.partlyMetShare = partlyMetShare
    }

    /// The outcome a share would have had, by the same bars.
    public func outcome(atShare share: Double) -> CheckResult.Outcome {
        .forShare(share, met: metShare, partlyMet: partlyMetShare)
    }

    /// Cases in the datasets the samples were drawn from.
    public var population: Int { samples.reduce(0) { $0 + $1.population } }
}
