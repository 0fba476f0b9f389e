/// A force's evidence for one inspection, loaded once and shared read-only by every check:
/// a typed table per record type and the documents.
public struct EvidenceStore: Sendable {
    private var tables: [String: any RecordTable]
    /// The kinds of evidence behind each record type's table, and behind the documents.
    private var provenanceByType: [String: Set<Provenance>] = [:]
    private var documentProvenance: Set<Provenance> = []
    public private(set) var documents: [EvidenceDocument]
    /// What was loaded from where, for reports.
    public private(set) var datasets: [DatasetSummary]
    /// Audited answers by question id, settled (agreed or moderated) where two auditors audited.
    private var audits: [String: AuditedAnswers] = [:]

    /// The record type of a returned audit form: its rows are answers, not records of a type a
    /// check reads, so it is read by the evidence layer's audit reader.
    public static let caseAuditType = "case-audit"

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
        // The first dataset of a type becomes the table as it is, without copying its records.
        if let table = tables.removeValue(forKey: Record.recordType.id) as? TypedTable<Record> {
            tables[Record.recordType.id] = TypedTable(records: table.records + records)
        } else {
            tables[Record.recordType.id] = TypedTable(records: records)
        }
        provenanceByType[Record.recordType.id, default: []].insert(summary.provenance)
        datasets.append(summary)
    }

    /// The audited answers to a question; nil when no audit answered it.
    public func audited(_ questionID: String) -> AuditedAnswers? { audits[questionID] }

    /// Ids of the questions some audit answered, sorted.
    public var auditedQuestions: [String] { audits.keys.sorted() }

    /// Adds the answers of one returned audit (a case-audit dataset); answers to a question
    /// from several samples are read as one list.
    public mutating func add(audited answers: [AuditedAnswers], summary: DatasetSummary) {
        for answer in answers {
            if var known = audits[answer.question.id] {
                known.cases += answer.cases
                known.samples += answer.samples.filter { !known.samples.contains($0) }
                audits[answer.question.id] = known
            } else {
                audits[answer.question.id] = answer
            }
        }
        provenanceByType[Self.caseAuditType, default: []].insert(summary.provenance)
        datasets.append(summary)
    }

    public mutating func add(_ document: EvidenceDocument, provenance: Provenance = .published) {
        documents.append(document)
        documentProvenance.insert(provenance)
    }

    /// The kinds of evidence behind the given record types (and the documents, when read).
    public func provenance(ofRecordTypes types: Set<String>, documents readDocuments: Bool) -> [Provenance] {
        var kinds = types.reduce(into: Set<Provenance>()) { $0.formUnion(provenanceByType[$1] ?? []) }
        if readDocuments { kinds.formUnion(documentProvenance) }
        return kinds.sorted()
    }
}

protocol RecordTable: Sendable {}

struct TypedTable<Record: EvidenceRecord>: RecordTable {
    var records: [Record]
}
