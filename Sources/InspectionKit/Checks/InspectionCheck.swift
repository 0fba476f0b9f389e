/// A check: one piece of an area's evidence, evaluated the same way for every force.
///
/// A check is a type with a static descriptor and a pure static `evaluate`: everything it may
/// use arrives in the `CheckContext` (typed parameters, the force's evidence tables and
/// documents, the inspection's dates). It never touches the file system or the network and
/// never prints. Write one check per file, named after its id (`missing.risk-grading` →
/// `RiskGradingCheck`), and list it in its module's `CheckModule`.
public protocol InspectionCheck: Sendable {
    static var descriptor: CheckDescriptor { get }
    /// Evaluates the check. Missing evidence is a result (`couldNotEvaluate`), not an error.
    static func evaluate(_ context: CheckContext) -> CheckResult
}

/// What a check is, for the registry, `inspector explain` and the generated documentation.
///
/// What a check reads is declared here and nowhere else: its parameters, the record types
/// and observation topics it reads, the figures it reports. The registry runs every example
/// when it is built and refuses a check that reads or reports anything it did not declare.
public struct CheckDescriptor: Sendable {
    /// Stable dotted id: `missing.risk-grading`.
    public var id: String
    /// The area of the child protection framework the check belongs to; other frameworks
    /// may use it under their own areas.
    public var area: String
    public var title: String
    /// Why the check matters, in a sentence or two.
    public var rationale: String
    /// What the force should do when the check falls short, as a report recommends it.
    public var recommendation: String
    public var parameters: [ParameterSpec]
    /// Record types the check reads; the registry knows every type some check reads.
    public var reads: [any EvidenceRecord.Type]
    /// Observation topics the check falls back on when no records exist.
    public var observationTopics: [String]
    /// The figures the check reports, comparable across forces.
    public var figures: [FigureSpec]
    /// Evidence that meets the check and evidence that fails it, with the results expected.
    public var examples: [CheckExample]
    /// Where the check is written (`#fileID`), for registry errors.
    public var file: String
    /// The parameters' declarations, for the registry's type check.
    let parameterDeclarations: [any ParameterDeclaration]

    public init(
        id: String, area: String, title: String, rationale: String, recommendation: String,
        parameters: [any ParameterDeclaration] = [], reads: [any EvidenceRecord.Type] = [], observationTopics: [String] = [],
        figures: [FigureSpec] = [], examples: [CheckExample] = [], file: String = #fileID
    ) {
        self.id = id
        self.area = area
        self.title = title
        self.rationale = rationale
        self.recommendation = recommendation
        self.parameters = parameters.map(\.spec)
        self.parameterDeclarations = parameters
        self.reads = reads
        self.observationTopics = observationTopics
        self.figures = figures
        self.examples = examples
        self.file = file
    }

    /// Ids of the record types the check reads.
    public var readIDs: [String] { reads.map { $0.recordType.id } }
}

/// A worked example: inline YAML evidence and the result the check must give on it.
///
/// The YAML has up to three keys: `parameters` (values by name, over the parameters' example
/// values), `records` (record type id → list of records) and `documents` (list of
/// `{id, kind, title, text}`).
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

/// A measurement a check reports, declared once: `FigureSpec("missing.median-deploy-hours",
/// "Median time to deploy to a missing child", .hours)`, reported as `Self.medianDeploy(7.5)`.
public struct FigureSpec: Sendable, Hashable {
    /// Stable id, comparable across forces: `missing.median-deploy-hours`.
    public var id: String
    public var label: String
    public var unit: CheckResult.Figure.Unit

    public init(_ id: String, _ label: String, _ unit: CheckResult.Figure.Unit) {
        self.id = id
        self.label = label
        self.unit = unit
    }

    /// The figure with a measured value.
    public func callAsFunction(_ value: Double) -> CheckResult.Figure {
        CheckResult.Figure(id, label, value, unit)
    }
}

/// A fault in a check's own code (such as reading a parameter it never declared), found by
/// the registry on the check's examples or, failing that, by the engine during a run.
public struct CheckFault: Error, Hashable, Sendable, CustomStringConvertible {
    public var check: String
    public var problem: String

    public init(check: String, problem: String) {
        self.check = check
        self.problem = problem
    }

    public var description: String { "check '\(check)': \(problem)" }
}
