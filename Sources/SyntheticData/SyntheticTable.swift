import InspectionKit
import InspectionLoading
import InspectionRunner

/// The records of one type as the generator makes them: each row's field values are built into
/// a typed record (as a loader would build it) and checked against the record type's own rules,
/// so that a synthesizer that makes an implausible record is caught here, not by the reader.
protocol SyntheticTable: Sendable {
    var count: Int { get }
    /// Builds and checks one record; the problems, in words, when it cannot be true.
    mutating func add(_ values: [FieldValue]) -> [String]
    /// Puts the records into an evidence store, as one dataset.
    func add(to store: inout EvidenceStore, summary: DatasetSummary)
}

struct TypedSyntheticTable<Record: EvidenceRecord>: SyntheticTable, @unchecked Sendable {
    // RecordFields is a reused buffer, touched by one thread at a time.
    private let fields = RecordFields(Record.recordType)
    private let rules: RecordRules
    private(set) var records: [Record] = []

    init(rules: RecordRules, capacity: Int) {
        self.rules = rules
        records.reserveCapacity(capacity)
    }

    var count: Int { records.count }

    mutating func add(_ values: [FieldValue]) -> [String] {
        fields.values = values
        let record = Record(fields)
        let problems = record.problems(rules)
        guard problems.isEmpty else { return problems.map { "\($0.field): \($0.message)" } }
        records.append(record)
        return []
    }

    func add(to store: inout EvidenceStore, summary: DatasetSummary) {
        store.add(records, summary: summary)
    }
}

extension SyntheticRecords {
    static func makeTable(rules: RecordRules, capacity: Int) -> any SyntheticTable {
        TypedSyntheticTable<Self>(rules: rules, capacity: capacity)
    }
}
