import Foundation
import InspectionKit
import InspectionLoading
import InspectionRunner

/// A record type that can synthesize plausible records of itself for `inspector generate`.
///
/// The generic machinery (dialects, CSV and mapping writers, the national layout) knows
/// nothing of what a record means; a conforming type says how many records a force has and how
/// to make one, given the force's hidden quality for each check that reads it:
///
/// ```swift
/// extension StrategyDiscussion: SyntheticRecords {
///     public static let syntheticVolume = SyntheticVolume.perVolume(0.08)
///     public static func synthesize(_ record: inout SyntheticFields, _ context: SynthesisContext, _ random: inout SyntheticRandom) {
///         record.set(Fields.caseRef, context.caseReference)
///         let sound = random.chance(context.compliance("investigating.strategy-discussions"))
///         record.set(Fields.decisionQuality, sound ? .good : .poor)
///     }
/// }
/// ```
///
/// Every record must be one the loader accepts: times in order, counts in range, words from
/// the framework's vocabularies, case references unique (use `context.caseReference`).
public protocol SyntheticRecords: EvidenceRecord {
    /// How many records of this type a force holds in its evidence year.
    static var syntheticVolume: SyntheticVolume { get }
    /// Other headers forces use for a field, by field name (`case_ref`: `OccurrenceNo`, …);
    /// a dialect sometimes takes one instead of restyling the field's own name. None may look
    /// like personal data (a name, a date of birth, an address): those columns must be ignored.
    static var syntheticColumnNames: [String: [String]] { get }
    /// The proper nouns the synthesized text uses (`Operation Kestrel`, an Act of Parliament),
    /// which each synthetic force declares in its force.yaml: any other capitalised word in a
    /// text field is refused by the loader, as a name would be (see `ProperNouns`).
    static var syntheticProperNouns: [String] { get }
    /// Fills one record's fields (`record.set(Fields.x, value)`); every required field must be
    /// set, and an optional field left unset is absent.
    static func synthesize(_ record: inout SyntheticFields, _ context: SynthesisContext, _ random: inout SyntheticRandom)
}

extension SyntheticRecords {
    public static var syntheticColumnNames: [String: [String]] { [:] }
    public static var syntheticProperNouns: [String] { [] }
}

/// How many records of a type a force holds.
public enum SyntheticVolume: Sendable, Hashable {
    /// A share of the force's volume (the `--episodes` of an average force, scaled by the
    /// force's size), varied by up to ±10% per force.
    case perVolume(Double)
    /// A number in the range, whatever the force's size (teams, initiatives, a case file sample).
    case between(Int, Int)
}

/// A value a synthesizer can set in a field: the plain types fields hold, and any choice enum
/// that declares the conformance (`extension RiskGrade: SyntheticValue {}`).
public protocol SyntheticValue {
    var fieldValue: FieldValue { get }
}

extension SyntheticValue where Self: RawRepresentable, RawValue == String {
    public var fieldValue: FieldValue { .text(rawValue) }
}

extension String: SyntheticValue {
    public var fieldValue: FieldValue { .text(self) }
}

extension Date: SyntheticValue {
    public var fieldValue: FieldValue { .time(self) }
}

extension Int: SyntheticValue {
    public var fieldValue: FieldValue { .integer(self) }
}

extension Double: SyntheticValue {
    public var fieldValue: FieldValue { .decimal(self) }
}

extension Bool: SyntheticValue {
    public var fieldValue: FieldValue { .boolean(self) }
}

extension Duration: SyntheticValue {
    public var fieldValue: FieldValue { .duration(self) }
}

extension Array: SyntheticValue where Element == String {
    public var fieldValue: FieldValue { .words(self) }
}

extension Optional: SyntheticValue where Wrapped: SyntheticValue {
    public var fieldValue: FieldValue { self?.fieldValue ?? .absent }
}

/// One synthesized record's field values, in the order of its record type's fields, set by
/// declaration so that a value of the wrong Swift type does not compile.
public struct SyntheticFields: Sendable {
    public let recordType: RecordType
    /// Values in the order of `recordType.fields`; `.absent` until set.
    public private(set) var values: [FieldValue]

    public init(_ recordType: RecordType) {
        self.recordType = recordType
        values = Array(repeating: .absent, count: recordType.fields.count)
    }

    /// Sets a declared field. Setting a field the record type does not declare is a fault in
    /// the synthesizer and stops the program.
    public mutating func set<Value: SyntheticValue>(_ field: Field<Value>, _ value: Value) {
        guard let index = recordType.fields.firstIndex(where: { $0.name == field.name }) else {
            preconditionFailure("\(recordType.id) declares no field '\(field.name)'")
        }
        values[index] = value.fieldValue
    }

    /// Makes every field absent, ready for the next record.
    mutating func reset() {
        for index in values.indices { values[index] = .absent }
    }

    /// Replaces the values (for the generator's own adjustments, such as shifting times).
    mutating func replace(_ index: Int, with value: FieldValue) {
        values[index] = value
    }

    /// Names of required fields left unset.
    var unsetRequiredFields: [String] {
        recordType.fields.indices.filter { recordType.fields[$0].required && values[$0] == .absent }.map { recordType.fields[$0].name }
    }
}
