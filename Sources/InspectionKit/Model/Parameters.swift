/// The type of a check parameter, which fixes how it is written in YAML and read by the check.
public enum ParameterType: Hashable, Sendable, CustomStringConvertible {
    /// A duration such as `1h`, `90m` or `7d`.
    case duration
    /// A proportion between 0 and 1, such as `0.9`; reports show it as a percentage.
    case share
    case integer
    case decimal
    case boolean
    /// Free text.
    case text
    /// One of a fixed list of words.
    case choice([String])
    /// A list of words, such as risk indicators.
    case textList

    public var description: String {
        switch self {
        case .duration: return "duration"
        case .share: return "share (0 to 1)"
        case .integer: return "integer"
        case .decimal: return "number"
        case .boolean: return "true or false"
        case .text: return "text"
        case .choice(let options): return "one of " + options.joined(separator: ", ")
        case .textList: return "list of words"
        }
    }
}

/// A parameter's value, typed.
public enum ParameterValue: Hashable, Sendable, CustomStringConvertible {
    case duration(Duration)
    case share(Double)
    case integer(Int)
    case decimal(Double)
    case boolean(Bool)
    case text(String)
    case choice(String)
    case textList([String])

    /// As it would be written in YAML: `4h`, `0.9`, `[a, b]`.
    public var description: String {
        switch self {
        case .duration(let value): return DurationText.compact(value)
        case .share(let value), .decimal(let value): return NumberText.exact(value)
        case .integer(let value): return String(value)
        case .boolean(let value): return String(value)
        case .text(let value), .choice(let value): return value
        case .textList(let values): return "[" + values.joined(separator: ", ") + "]"
        }
    }
}

/// A parameter a check reads: its global name, type, unit, default and meaning.
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
        localPolicy: Bool = false, minimum: Int? = nil, vocabulary: String? = nil, summary: String
    ) {
        self.vocabulary = vocabulary
        self.name = name
        self.type = type
        self.unit = unit
        self.defaultValue = defaultValue
        self.isLocalPolicy = localPolicy
        self.minimum = minimum
        self.summary = summary
    }
}
