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
    /// - Parameter citation: the text says where something was published (a report, a news
    ///   release, the inspector who said it), so it may name publications and officials without
    ///   the force declaring them as proper nouns; it is still refused when it looks like a
    ///   postcode, a date of birth or an address.
    public init(_ name: String, _ type: FieldSpec.FieldType, unit: String? = nil, citation: Bool = false, _ meaning: String) {
        spec = FieldSpec(name: name, type: type, unit: unit, required: !Value.isOptional, meaning: meaning, isCitation: citation)
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
    /// Text that cites where something was published; see `Field.init(_:_:unit:citation:_:)`.
    public var isCitation: Bool = false
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
