/// One dataset as loaded: where it came from and how many records it held.
public struct DatasetSummary: Sendable, Hashable {
    public var name: String
    public var recordType: String
    public var file: String
    public var records: Int
    /// How the data came to be: published, reconstructed from published counts, an export, synthetic.
    public var provenance: Provenance
    /// CSV datasets: the data rows read (records + rejected); nil for YAML.
    public var rows: Int?
    /// CSV datasets: the rows rejected, and why.
    public var rejections: [Rejection]

    public init(
        name: String, recordType: String, file: String, records: Int, provenance: Provenance, rows: Int? = nil, rejections: [Rejection] = []
    ) {
        self.name = name
        self.recordType = recordType
        self.file = file
        self.records = records
        self.provenance = provenance
        self.rows = rows
        self.rejections = rejections
    }

    /// The rejections grouped by reason, most frequent first (then by reason), for reports.
    public var rejectionReasons: [(reason: String, count: Int)] {
        Dictionary(grouping: rejections, by: \.reason).map { ($0.key, $0.value.count) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
    }
}
