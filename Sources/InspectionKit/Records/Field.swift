import Foundation

/// One field of a record type, declared once and read by name: `Field<Date?>("deployed_at",
/// .timestamp, "When officers were first deployed.")`.
///
/// The declaration is the whole contract: YAML and CSV evidence are decoded by it, the
/// documentation lists it, and the record's initialiser reads it with `fields[Fields.deployedAt]`.
/// A field whose Swift type is optional may be left out of a record; any other is required.
public struct Field<Value: FieldValueType>: FieldDeclaration {
    public let spec: FieldSpec

    /// A field of a plain type: `type` says how it is written (a `Date` may be a timestamp or a
    /// date, a `String` text or a case reference); the registry checks the two agree.
    public init(_ name: String, _ type: FieldSpec.FieldType, unit: String? = nil, _ meaning: String) {
        spec = FieldSpec(name: name, type: type, unit: unit, required: !Value.isOptional, meaning: meaning)
    }

    /// A field holding one word of a fixed list, the cases of `Value` (or of the wrapped type).
    public init(_ name: String, _ meaning: String) where Value: FieldChoiceType {
        spec = FieldSpec(name: name, type: .choice(Value.choices), unit: nil, required: !Value.isOptional, meaning: meaning)
    }

    public var name: String { spec.name }

    public var typeProblem: String? {
        Value.accepts(spec.type) ? nil : "field '\(spec.name)' is declared as \(spec.type) but read as \(Value.self)"
    }
}

/// What every field declaration offers, whatever its Swift type.
public protocol FieldDeclaration: Sendable {
    var spec: FieldSpec { get }
    /// Why the Swift type cannot hold values of the declared field type; nil when it can.
    var typeProblem: String? { get }
}

/// The published description of one field: its name, type, unit, whether it is required.
public struct FieldSpec: Sendable, Hashable {
    public enum FieldType: Sendable, Hashable, CustomStringConvertible {
        case caseReference, text, timestamp, date, duration, integer, decimal, share, boolean
        case choice([String])
        case textList

        public var description: String {
            switch self {
            case .caseReference: return "case reference"
            case .text: return "text"
            case .timestamp: return "timestamp (ISO 8601 with zone)"
            case .date: return "date (YYYY-MM-DD)"
            case .duration: return "duration (e.g. 4h)"
            case .integer: return "integer"
            case .decimal: return "number"
            case .share: return "share (0 to 1)"
            case .boolean: return "true or false"
            case .choice(let options): return "one of: " + options.joined(separator: ", ")
            case .textList: return "list of words"
            }
        }
    }

    public var name: String
    public var type: FieldType
    public var unit: String?
    public var required: Bool
    public var meaning: String
}

/// A field's decoded value, as YAML and CSV readers hand it to a record's initialiser.
public enum FieldValue: Sendable, Hashable {
    case absent
    case text(String)
    case time(Date)
    case integer(Int)
    case decimal(Double)
    case boolean(Bool)
    case words([String])
    case duration(Duration)
}

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
