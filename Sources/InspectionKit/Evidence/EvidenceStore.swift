/// A force's evidence for one inspection, loaded once and shared read-only by every check:
/// a typed table per record type and the documents.
public struct EvidenceStore: Sendable {
    private var tables: [String: any RecordTable]
    public private(set) var documents: [EvidenceDocument]
    /// What was loaded from where, for reports.
    public private(set) var datasets: [DatasetSummary]

    public init() {
        tables = [:]
        documents = []
        datasets = []
    }

    /// The records of a type; nil when no dataset of that type was declared.
    public func records<Record: EvidenceRecord>(_ type: Record.Type) -> [Record]? {
        (tables[Record.recordType.id] as? TypedTable<Record>)?.records
    }

    /// Record type ids with a declared dataset.
    public var recordTypes: [String] { tables.keys.sorted() }

    /// Adds a dataset's records; datasets of the same type are read as one table.
    public mutating func add<Record: EvidenceRecord>(_ records: [Record], summary: DatasetSummary) {
        var table = tables[Record.recordType.id] as? TypedTable<Record> ?? TypedTable(records: [])
        table.records += records
        tables[Record.recordType.id] = table
        datasets.append(summary)
    }

    public mutating func add(_ document: EvidenceDocument) {
        documents.append(document)
    }
}

/// One dataset as loaded: where it came from and how many records it held.
public struct DatasetSummary: Sendable, Hashable, Codable {
    public var name: String
    public var recordType: String
    public var file: String
    public var records: Int
    /// How the data came to be: reconstructed from published counts, synthetic, an export.
    public var provenance: String
}

protocol RecordTable: Sendable {}

struct TypedTable<Record: EvidenceRecord>: RecordTable {
    var records: [Record]
}
