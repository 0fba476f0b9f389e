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

/// A Swift type a check parameter can hold.
public protocol ParameterValueType: Sendable {
    static var parameterType: ParameterType { get }
    static func accepts(_ type: ParameterType) -> Bool
    static func from(_ value: ParameterValue) -> Self?
    func parameterValue(as type: ParameterType) -> ParameterValue
    /// What a read returns when it cannot be answered (a parameter the check never declared);
    /// the read is reported as a fault, so the value never reaches a finding.
    static var unanswered: Self { get }
}

/// A parameter holding one word of a fixed list: an enum with a `String` raw value.
public protocol ParameterChoice: ParameterValueType, CaseIterable, RawRepresentable where RawValue == String {}

extension ParameterChoice {
    public static var parameterType: ParameterType { .choice(allCases.map(\.rawValue)) }
    public static func accepts(_ type: ParameterType) -> Bool { type == parameterType }
    public static func from(_ value: ParameterValue) -> Self? {
        if case .choice(let word) = value { return Self(rawValue: word) }
        return nil
    }
    public func parameterValue(as type: ParameterType) -> ParameterValue { .choice(rawValue) }
    public static var unanswered: Self { allCases.first! }
}

extension Duration: ParameterValueType {
    public static var parameterType: ParameterType { .duration }
    public static func accepts(_ type: ParameterType) -> Bool { type == .duration }
    public static func from(_ value: ParameterValue) -> Duration? {
        if case .duration(let duration) = value { return duration }
        return nil
    }
    public func parameterValue(as type: ParameterType) -> ParameterValue { .duration(self) }
}

extension Double: ParameterValueType {
    public static var parameterType: ParameterType { .decimal }
    public static func accepts(_ type: ParameterType) -> Bool { type == .decimal || type == .share }
    public static func from(_ value: ParameterValue) -> Double? {
        switch value {
        case .share(let number), .decimal(let number): return number
        default: return nil
        }
    }
    public func parameterValue(as type: ParameterType) -> ParameterValue { type == .share ? .share(self) : .decimal(self) }
}

extension Int: ParameterValueType {
    public static var parameterType: ParameterType { .integer }
    public static func accepts(_ type: ParameterType) -> Bool { type == .integer }
    public static func from(_ value: ParameterValue) -> Int? {
        if case .integer(let number) = value { return number }
        return nil
    }
    public func parameterValue(as type: ParameterType) -> ParameterValue { .integer(self) }
}

extension Bool: ParameterValueType {
    public static var parameterType: ParameterType { .boolean }
    public static func accepts(_ type: ParameterType) -> Bool { type == .boolean }
    public static func from(_ value: ParameterValue) -> Bool? {
        if case .boolean(let flag) = value { return flag }
        return nil
    }
    public func parameterValue(as type: ParameterType) -> ParameterValue { .boolean(self) }
}

extension String: ParameterValueType {
    public static var parameterType: ParameterType { .text }
    public static func accepts(_ type: ParameterType) -> Bool {
        if case .choice = type { return true }
        return type == .text
    }
    public static func from(_ value: ParameterValue) -> String? {
        switch value {
        case .text(let text), .choice(let text): return text
        default: return nil
        }
    }
    public func parameterValue(as type: ParameterType) -> ParameterValue {
        if case .choice = type { return .choice(self) }
        return .text(self)
    }
}

extension Array: ParameterValueType where Element == String {
    public static var parameterType: ParameterType { .textList }
    public static func accepts(_ type: ParameterType) -> Bool { type == .textList }
    public static func from(_ value: ParameterValue) -> [String]? {
        if case .textList(let words) = value { return words }
        return nil
    }
    public func parameterValue(as type: ParameterType) -> ParameterValue { .textList(self) }
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
