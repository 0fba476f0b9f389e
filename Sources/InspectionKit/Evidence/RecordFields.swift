/// The decoded fields of one record, handed to its record type's initialiser.
///
/// One instance is reused for every record of a dataset (readers refill it), so reading a
/// million rows allocates no field storage per row. Reads are by declaration
/// (`fields[Fields.caseRef]`); which fields were read is kept, so that the record-type
/// contract ("every declared field is decoded, nothing undeclared is read") can be checked.
/// An instance belongs to one reader on one thread, and no access to its storage outlasts a
/// statement, so the storage is `@exclusivity(unchecked)`: the run-time check would cost more
/// than the read it guards, for every field of every row.
public final class RecordFields {
    public let recordType: RecordType
    /// Values in the order of `recordType.fields`.
    @usableFromInline @exclusivity(unchecked) var values: [FieldValue]
    /// Bit n set when field n was read (record types declare at most 64 fields).
    @usableFromInline @exclusivity(unchecked) var readMask: UInt64 = 0
    /// Fields read that the record type does not declare, or read as the wrong Swift type.
    @usableFromInline @exclusivity(unchecked) var faults: [String] = []

    public init(_ recordType: RecordType) {
        self.recordType = recordType
        values = Array(repeating: .absent, count: recordType.fields.count)
    }

    /// Sets every field to absent, ready for the next record.
    func reset() {
        for index in values.indices { values[index] = .absent }
    }

    /// Inlinable, so that each record type's initialiser gets a version for its own field
    /// types rather than looking them up at run time for every field of every row.
    @inlinable
    public subscript<Value>(field: Field<Value>) -> Value {
        guard let index = index(of: field.spec.name) else {
            faults.append("reads field '\(field.spec.name)', which \(recordType.id) does not declare")
            return Value.unanswered
        }
        readMask |= 1 << UInt64(index)
        guard let value = Value.from(values[index]) else {
            faults.append("reads field '\(field.spec.name)' as \(Value.self), which its declaration (\(recordType.fields[index].type)) does not give")
            return Value.unanswered
        }
        return value
    }

    /// The position of a field by name. A linear scan: record types have a handful of fields,
    /// and a declaration's name is the very string the spec holds, so each comparison is cheap.
    @usableFromInline
    func index(of name: String) -> Int? {
        let fields = recordType.fields
        for index in fields.indices where fields[index].name == name { return index }
        return nil
    }

    /// Names of declared fields the initialiser never read.
    var unreadFields: [String] {
        recordType.fields.indices.filter { readMask & (1 << UInt64($0)) == 0 }.map { recordType.fields[$0].name }
    }

    func forgetReads() {
        readMask = 0
        faults = []
    }
}
