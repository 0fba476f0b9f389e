/// What a check found: an outcome, the figures behind it, the cases it concerns and a
/// statement in the words of an inspection report.
public struct CheckResult: Sendable, Hashable {
    public enum Outcome: String, Sendable, Hashable, CaseIterable, Codable {
        case met
        case partlyMet = "partly-met"
        case notMet = "not-met"
        /// The check does not apply (e.g. no case of its kind arose).
        case notApplicable = "not-applicable"
        /// The evidence needed was not there. Never the same as "not met".
        case couldNotEvaluate = "could-not-evaluate"

        public var label: String {
            switch self {
            case .met: return "met"
            case .partlyMet: return "partly met"
            case .notMet: return "not met"
            case .notApplicable: return "not applicable"
            case .couldNotEvaluate: return "could not evaluate"
            }
        }

        /// Met, partly met or not met: the outcomes that count towards a grade.
        public var isEvaluated: Bool { self == .met || self == .partlyMet || self == .notMet }

        /// Partly met or not met: the outcomes that produce a finding.
        public var fallsShort: Bool { self == .partlyMet || self == .notMet }

        /// The outcome for a share of cases meeting the standard, given the framework's bars.
        public static func forShare(_ share: Double, met metBar: Double, partlyMet partlyBar: Double) -> Outcome {
            share >= metBar ? .met : share >= partlyBar ? .partlyMet : .notMet
        }
    }

    /// "In 3 of 6 cases": how many cases met the standard out of how many examined.
    public struct Count: Sendable, Hashable, Codable {
        public var met: Int
        public var of: Int

        public init(met: Int, of: Int) {
            self.met = met
            self.of = of
        }

        /// The share that met the standard; nil when nothing was examined.
        public var share: Double? { of == 0 ? nil : Double(met) / Double(of) }
        public var shortfall: Int { of - met }
    }

    /// A named measurement, comparable across forces: "median time to deploy, 7.5 hours".
    public struct Figure: Sendable, Hashable {
        public enum Unit: String, Sendable, Hashable, Codable { case share, hours, days, count }

        /// Stable id: `missing.median-deploy-hours`.
        public var id: String
        public var label: String
        public var value: Double
        public var unit: Unit
        /// n: how many cases (or posts, or case files) the figure was measured over, so that a
        /// report can say 50% of 36 apart from 50% of 6; for a share, the share is of these n (so
        /// a report may give its interval). Nil when the check does not say.
        public var sampleSize: Int?

        public init(_ id: String, _ label: String, _ value: Double, _ unit: Unit, sampleSize: Int? = nil) {
            self.id = id
            self.label = label
            self.value = value
            self.unit = unit
            self.sampleSize = sampleSize
        }
    }

    /// Where the result's evidence came from.
    public enum Basis: String, Sendable, Hashable, Codable {
        case records, observations, documents, none
        /// Answers from case-file audits (a sample of the force's cases).
        case audit
    }

    public var outcome: Outcome
    public var statement: String
    public var count: Count?
    public var figures: [Figure]
    /// References of the cases that fell short (or, when met, that were examined); never names.
    public var cases: [String]
    /// Met, and good enough that others should learn from it: scores the maximum.
    public var isPromisingPractice: Bool
    /// Falls short seriously enough to be a cause of concern whatever the framework's class
    /// for the check (e.g. the inspectorate published it as one).
    public var isSerious: Bool
    public var basis: Basis
    /// When the count rests on audited cases (a sample): the samples and the bars the outcome
    /// was judged by, so that the count's interval can be judged too. Nil otherwise.
    public var audit: AuditBasis?

    public init(
        _ outcome: Outcome, statement: String, count: Count? = nil, figures: [Figure] = [],
        cases: [String] = [], promisingPractice: Bool = false, serious: Bool = false, basis: Basis
    ) {
        self.outcome = outcome
        self.statement = statement
        self.count = count
        self.figures = figures
        self.cases = cases
        self.isPromisingPractice = promisingPractice
        self.isSerious = serious
        self.basis = basis
    }

    /// The 95% Wilson score interval of the share of audited cases that met the standard; nil
    /// when the count does not rest on audited cases.
    public var interval: ShareInterval? {
        guard audit != nil, let count, count.of > 0 else { return nil }
        return ShareInterval.wilson(met: count.met, of: count.of)
    }

    /// The result when the evidence a check needs is absent.
    public static func couldNotEvaluate(_ reason: String) -> CheckResult {
        CheckResult(.couldNotEvaluate, statement: reason, basis: .none)
    }
}
