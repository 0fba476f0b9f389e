/// Rows of a dataset already decoded into fields, one at a time, for a record type to build
/// its records from: what the evidence layer hands `EvidenceRecord.records(from:)`.
///
/// The core declares the shape and the loop; the evidence layer (a CSV export read through
/// its mapping, in `InspectionLoading`) supplies the rows and decides which records are kept,
/// rejecting the others with their place in the file.
///
/// The loop takes the rows as an existential (`any RecordRows`), not as a generic parameter:
/// generic over the rows, it could not be specialised for a record type in the record type's
/// module (whose code cannot name the evidence layer's reader), and every row would look up
/// generic metadata.
public protocol RecordRows: AnyObject {
    /// The rules a record's `problems` are judged by.
    var rules: RecordRules { get }
    /// Calls `body` with the decoded fields of each row that could be read; throws when the
    /// file itself cannot be read on (the reader's own error).
    func forEachRow(_ body: (RecordFields) -> Void) throws
    /// Whether the record built from the current row is kept: false (and the row rejected)
    /// when it has a problem or repeats a case reference read before.
    func accepts(_ problems: [RecordProblem], caseReference: String?) -> Bool
}

extension EvidenceRecord {
    /// Builds a record from every row, keeping those `rows` accepts.
    ///
    /// Inlinable, and a requirement of `EvidenceRecord`, so that each record type's module
    /// compiles this loop for its own type: unspecialised, every row would look the record's
    /// array type up at run time and copy the record through its value witnesses.
    @inlinable
    public static func records(from rows: any RecordRows) throws -> [Self] {
        var records: [Self] = []
        // Once, not per row: the rules are a value, and each read through the existential
        // copies them (a reference count taken and dropped for every one of their parts).
        let rules = rows.rules
        try rows.forEachRow { fields in
            let record = Self(fields)
            if rows.accepts(record.problems(rules), caseReference: record.caseReference) { records.append(record) }
        }
        return records
    }
}
