/// A parameter a check reads, declared once with its Swift type and read as `context[Self.target]`.
///
/// `Parameter<Duration>("abuse.response-target", unit: "after the report", example: .seconds(86_400),
/// summary: "…")`. The example value is what the check's examples run with (an example may set
/// its own); the framework YAML gives the value a real run uses.
public struct Parameter<Value: ParameterValueType>: ParameterDeclaration {
    public let spec: ParameterSpec

    /// - Parameters:
    ///   - type: how the value is written; nil takes the Swift type's usual one (`Double` is a
    ///     plain number unless declared `.share`).
    ///   - example: the value examples run with; documentation shows it.
    public init(
        _ name: String, _ type: ParameterType? = nil, unit: String? = nil, default defaultValue: Value? = nil, example: Value,
        localPolicy: Bool = false, minimum: Int? = nil, vocabulary: String? = nil, summary: String
    ) {
        let type = type ?? Value.parameterType
        spec = ParameterSpec(
            name, type, unit: unit, default: defaultValue.map { $0.parameterValue(as: type) }, localPolicy: localPolicy,
            minimum: minimum, vocabulary: vocabulary, example: example.parameterValue(as: type), summary: summary)
    }

    public var name: String { spec.name }

    public var typeProblem: String? {
        Value.accepts(spec.type) ? nil : "parameter '\(spec.name)' is declared as \(spec.type) but read as \(Value.self)"
    }
}

/// What every parameter declaration offers, whatever its Swift type.
public protocol ParameterDeclaration: Sendable {
    var spec: ParameterSpec { get }
    /// Why the Swift type cannot hold values of the declared type; nil when it can.
    var typeProblem: String? { get }
}

/// A parameter as the registry, the resolver and the documentation see it: its global name,
/// type, unit, default, example and meaning.
///
/// Names are global and dotted (`missing.deploy-target.high`), so that a force's policy
/// (`missing.risk-policy`) reaches every check that reads it. Two checks that read the same
/// name must declare the same type; the registry checks this when it is built.
public struct ParameterSpec: Hashable, Sendable {
    public var name: String
    public var type: ParameterType
    /// The unit in words, for documentation ("hours after the report").
    public var unit: String?
    /// Used when neither the framework nor the force sets the parameter. Targets and
    /// thresholds have none: the framework YAML states them.
    public var defaultValue: ParameterValue?
    /// The value a check's examples run with unless an example sets its own.
    public var example: ParameterValue?
    public var summary: String
    /// A force's own policy (how it grades missing children, say), which its inspection file
    /// may set. Every other parameter is a standard the framework sets for all forces alike,
    /// so that one force cannot lower the bar it is graded against.
    public var isLocalPolicy: Bool
    /// For integers: the smallest value that makes sense.
    public var minimum: Int?
    /// For word lists: the framework vocabulary (`record-type.field`) the words must come from.
    public var vocabulary: String?

    public init(
        _ name: String, _ type: ParameterType, unit: String? = nil, default defaultValue: ParameterValue? = nil,
        localPolicy: Bool = false, minimum: Int? = nil, vocabulary: String? = nil, example: ParameterValue? = nil, summary: String
    ) {
        self.vocabulary = vocabulary
        self.name = name
        self.type = type
        self.unit = unit
        self.defaultValue = defaultValue
        self.example = example
        self.isLocalPolicy = localPolicy
        self.minimum = minimum
        self.summary = summary
    }
}
