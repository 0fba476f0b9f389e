/// A check: one piece of an area's evidence, evaluated the same way for every force.
///
/// A check is a stateless value with a static descriptor and a pure `evaluate`: everything it
/// may use arrives in the `CheckContext` (typed parameters, the force's evidence tables and
/// documents, the inspection's dates). It never touches the file system or the network and
/// never prints. Write one check per file, named after its id (`missing.risk-grading` →
/// `RiskGradingCheck`), and list it in its module's `CheckModule`.
public protocol InspectionCheck: Sendable {
    static var descriptor: CheckDescriptor { get }
    init()
    /// Evaluates the check. Missing evidence is a result (`couldNotEvaluate`), not an error;
    /// throw only for a fault in the check itself, which stops the run as an internal error.
    func evaluate(_ context: CheckContext) throws(CheckFault) -> CheckResult
}

/// What a check is, for the registry, `inspector explain` and the generated documentation.
public struct CheckDescriptor: Sendable {
    /// Stable dotted id: `missing.risk-grading`.
    public var id: String
    /// The area of the child protection framework the check belongs to; other frameworks
    /// may use it under their own areas.
    public var area: String
    public var title: String
    /// Why the check matters, in a sentence or two.
    public var rationale: String
    public var parameters: [ParameterSpec]
    /// Record types the check reads, by id.
    public var reads: [String]
    /// Observation topics the check falls back on when no records exist.
    public var observationTopics: [String]
    /// Evidence that meets the check and evidence that fails it, with the results expected.
    public var examples: [CheckExample]
    /// Parameter values (a YAML mapping) every example runs with unless it sets its own:
    /// illustrative values, not the framework's.
    public var exampleParameters: String
    /// What the force should do when the check falls short, as a report recommends it.
    public var recommendation: String

    public init(
        id: String, area: String, title: String, rationale: String, recommendation: String,
        parameters: [ParameterSpec] = [], reads: [String] = [], observationTopics: [String] = [],
        exampleParameters: String = "{}", examples: [CheckExample] = []
    ) {
        self.exampleParameters = exampleParameters
        self.recommendation = recommendation
        self.id = id
        self.area = area
        self.title = title
        self.rationale = rationale
        self.parameters = parameters
        self.reads = reads
        self.observationTopics = observationTopics
        self.examples = examples
    }
}

/// A worked example: inline YAML evidence and the result the check must give on it.
///
/// The YAML has up to three keys: `parameters` (values by name), `records` (record type id →
/// list of records) and `documents` (list of `{id, kind, title, text}`).
public struct CheckExample: Sendable {
    public var title: String
    public var evidence: String
    public var expected: Expected

    public struct Expected: Sendable, Hashable {
        public var outcome: CheckResult.Outcome
        public var count: CheckResult.Count?
        public var statement: String

        public init(_ outcome: CheckResult.Outcome, count: CheckResult.Count? = nil, statement: String) {
            self.outcome = outcome
            self.count = count
            self.statement = statement
        }
    }

    public init(_ title: String, evidence: String, expect expected: Expected) {
        self.title = title
        self.evidence = evidence
        self.expected = expected
    }
}

/// A fault in a check's own code (such as reading a parameter it never declared).
public struct CheckFault: Error, Hashable, Sendable, CustomStringConvertible {
    public var check: String
    public var problem: String

    public init(check: String, problem: String) {
        self.check = check
        self.problem = problem
    }

    public var description: String { "check '\(check)': \(problem)" }
}
