import Foundation

/// A Swift type a record field can hold. The `from` of each conformance is inlinable, so that a
/// record type's initialiser reads its fields without a lookup of type metadata per field.
public protocol FieldValueType: Sendable {
    /// The value held, or nil when the decoded value is of another kind.
    static func from(_ value: FieldValue) -> Self?
    /// Whether values of this Swift type can be written as a field of `type`.
    static func accepts(_ type: FieldSpec.FieldType) -> Bool
    /// What a read returns when it cannot be answered (a field the record type does not
    /// declare); the read is reported as a fault, so this value is never used for a finding.
    static var unanswered: Self { get }
    static var isOptional: Bool { get }
}

extension FieldValueType {
    public static var isOptional: Bool { false }
}

/// A field of one word from a fixed list: an enum with a `String` raw value.
public protocol FieldChoiceType: FieldValueType {
    static var choices: [String] { get }
}

extension FieldChoiceType where Self: CaseIterable & RawRepresentable, RawValue == String {
    public static var choices: [String] { allCases.map(\.rawValue) }
    @inlinable
    public static func from(_ value: FieldValue) -> Self? {
        if case .text(let text) = value { return Self(rawValue: text) }
        return nil
    }
    public static func accepts(_ type: FieldSpec.FieldType) -> Bool {
        if case .choice(let options) = type { return options == choices }
        return false
    }
    public static var unanswered: Self { allCases.first! }
}

extension Optional: FieldValueType where Wrapped: FieldValueType {
    @inlinable
    public static func from(_ value: FieldValue) -> Self? {
        if case .absent = value { return .some(nil) }
        return Wrapped.from(value).map { .some($0) }
    }
    public static func accepts(_ type: FieldSpec.FieldType) -> Bool { Wrapped.accepts(type) }
    public static var unanswered: Self { nil }
    public static var isOptional: Bool { true }
}

extension Optional: FieldChoiceType where Wrapped: FieldChoiceType {
    public static var choices: [String] { Wrapped.choices }
}

extension String: FieldValueType {
    @inlinable
    public static func from(_ value: FieldValue) -> String? {
        if case .text(let text) = value { return text }
        return nil
    }
    public static func accepts(_ type: FieldSpec.FieldType) -> Bool { type == .text || type == .caseReference }
    public static var unanswered: String { "" }
}

extension Date: FieldValueType {
    @inlinable
    public static func from(_ value: FieldValue) -> Date? {
        if case .time(let date) = value { return date }
        return nil
    }
    public static func accepts(_ type: FieldSpec.FieldType) -> Bool { type == .timestamp || type == .date }
    public static var unanswered: Date { Date(timeIntervalSince1970: 0) }
}

extension Int: FieldValueType {
    @inlinable
    public static func from(_ value: FieldValue) -> Int? {
        if case .integer(let number) = value { return number }
        return nil
    }
    public static func accepts(_ type: FieldSpec.FieldType) -> Bool { type == .integer }
    public static var unanswered: Int { 0 }
}

extension Double: FieldValueType {
    @inlinable
    public static func from(_ value: FieldValue) -> Double? {
        if case .decimal(let number) = value { return number }
        return nil
    }
    public static func accepts(_ type: FieldSpec.FieldType) -> Bool { type == .decimal || type == .share }
    public static var unanswered: Double { 0 }
}

extension Bool: FieldValueType {
    @inlinable
    public static func from(_ value: FieldValue) -> Bool? {
        if case .boolean(let flag) = value { return flag }
        return nil
    }
    public static func accepts(_ type: FieldSpec.FieldType) -> Bool { type == .boolean }
    public static var unanswered: Bool { false }
}

extension Duration: FieldValueType {
    @inlinable
    public static func from(_ value: FieldValue) -> Duration? {
        if case .duration(let duration) = value { return duration }
        return nil
    }
    public static func accepts(_ type: FieldSpec.FieldType) -> Bool { type == .duration }
    public static var unanswered: Duration { .zero }
}

extension Array: FieldValueType where Element == String {
    @inlinable
    public static func from(_ value: FieldValue) -> [String]? {
        if case .words(let words) = value { return words }
        return nil
    }
    public static func accepts(_ type: FieldSpec.FieldType) -> Bool { type == .textList }
    public static var unanswered: [String] { [] }
}
