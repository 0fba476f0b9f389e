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
