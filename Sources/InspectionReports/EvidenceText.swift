import InspectionKit

/// A dataset as every report describes it.
enum EvidenceText {
    /// How many different reasons for rejecting rows a report lists (the JSON lists every one).
    static let reasonsShown = 5

    /// "6 missing-episode records from evidence/missing.yaml (reconstructed)", and for a CSV
    /// export "… from evidence/missing.csv (export): 1,042 rows read, 1,040 used, 2 rejected"; for
    /// a returned audit form "6 case audits from …" (a case audit: one auditor's answers about one case).
    static func dataset(_ dataset: DatasetSummary) -> String {
        let isAudit = dataset.recordType == EvidenceStore.caseAuditType
        let records =
            isAudit
            ? "\(dataset.records) case \(dataset.records == 1 ? "audit" : "audits") from \(dataset.file) (\(dataset.provenance.rawValue))"
            : "\(dataset.records) \(dataset.recordType) \(dataset.records == 1 ? "record" : "records") from \(dataset.file) (\(dataset.provenance.rawValue))"
        guard let rows = dataset.rows else { return records + "." }
        let rejected = dataset.rejections.count
        return records + ": \(rows) \(rows == 1 ? "row" : "rows") read, \(dataset.records) used, \(rejected) rejected"
            + (rejected == 0 ? "." : ":")
    }
}
