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
