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
    @usableFromInline @exclusivity(unchecked) package var values: [FieldValue]
    /// Bit n set when field n was read (record types declare at most 64 fields).
    @usableFromInline @exclusivity(unchecked) var readMask: UInt64 = 0
    /// Fields read that the record type does not declare, or read as the wrong Swift type.
    @usableFromInline @exclusivity(unchecked) var faults: [String] = []

    /// The fields' names, in a list of this instance's own: the record type's list is shared by
    /// every force read in parallel, and reading it for every field would bounce its reference
    /// count between cores. The names themselves are the declarations' own strings, so that a
    /// declaration's name and its entry here compare by their bits.
    @usableFromInline let names: ContiguousArray<String>

    public init(_ recordType: RecordType) {
        self.recordType = recordType
        names = ContiguousArray(recordType.fields.map(\.name))
        values = Array(repeating: .absent, count: recordType.fields.count)
    }

    /// Readers in other modules write the storage through these two, not directly: an access
    /// from another module is checked at run time even though the storage is
    /// `@exclusivity(unchecked)` (the check took about 3% of a national run's CPU), while code
    /// inlined from here keeps the declaration's enforcement.
    @inlinable package func startRecord() { nextRead = 0 }

    /// Lets `body` write the value of field `index` in place.
    @inlinable package func update(_ index: Int, _ body: (inout FieldValue) -> Void) { body(&values[index]) }

    /// Sets every field to absent, ready for the next record.
    func reset() {
        for index in values.indices { values[index] = .absent }
        nextRead = 0
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
            faults.append(
                "reads field '\(field.spec.name)' as \(Value.self), which its declaration (\(recordType.fields[index].type)) does not give")
            return Value.unanswered
        }
        return value
    }

    /// The field an initialiser is expected to read next: initialisers read in declaration
    /// order, so the first guess is almost always right.
    @usableFromInline @exclusivity(unchecked) package var nextRead = 0

    /// The position of a field by name: the next in declaration order when that is it, else a
    /// scan of the handful of fields.
    @usableFromInline
    func index(of name: String) -> Int? {
        if nextRead < names.count, names[nextRead] == name {
            nextRead += 1
            return nextRead - 1
        }
        for index in names.indices where names[index] == name {
            nextRead = index + 1
            return index
        }
        return nil
    }

    /// Names of declared fields the initialiser never read.
    var unreadFields: [String] {
        recordType.fields.indices.filter { readMask & (1 << UInt64($0)) == 0 }.map { recordType.fields[$0].name }
    }

    func forgetReads() {
        readMask = 0
        nextRead = 0
        faults = []
    }
}
