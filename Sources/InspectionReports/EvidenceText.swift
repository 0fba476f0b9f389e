import InspectionKit

/// A dataset as every report describes it.
package enum EvidenceText {
    /// How many different reasons for rejecting rows the text report lists; it says how many
    /// more there are, and the JSON, Markdown and HTML reports list every one.
    package static let reasonsShown = 5

    /// "6 missing-episode records from evidence/missing.yaml (reconstructed)", and for a CSV
    /// export "… from evidence/missing.csv (export): 1,042 rows read, 1,040 used, 2 rejected",
    /// followed, when rows were rejected, by how many reasons there are and how many follow; for
    /// a returned audit form "6 case audits from …" (a case audit: one auditor's answers about one case).
    /// - Parameter shown: how many reasons the report lists after the line.
    package static func dataset(_ dataset: DatasetSummary, reasonsShown shown: Int) -> String {
        let isAudit = dataset.recordType == EvidenceStore.caseAuditType
        let records =
            isAudit
            ? "\(dataset.records) case \(dataset.records == 1 ? "audit" : "audits") from \(dataset.file) (\(dataset.provenance.rawValue))"
            : "\(dataset.records) \(dataset.recordType) \(dataset.records == 1 ? "record" : "records") from \(dataset.file) (\(dataset.provenance.rawValue))"
        guard let rows = dataset.rows else { return records + "." }
        let rejected = dataset.rejections.count
        let line = records + ": \(rows) \(rows == 1 ? "row" : "rows") read, \(dataset.records) used, \(rejected) rejected"
        return rejected == 0 ? line + "." : line + ", " + reasons(dataset, shown: shown) + ":"
    }

    /// "for 1 reason", "for 3 reasons, all shown", or "for 10 reasons, 5 shown (the JSON,
    /// Markdown and HTML reports list all 10; --rejects DIR writes every row)".
    package static func reasons(_ dataset: DatasetSummary, shown: Int) -> String {
        let count = dataset.rejectionReasons.count
        if count == 1 { return "for 1 reason" }
        if shown >= count { return "for \(count) reasons, all shown" }
        return
            "for \(count) reasons, \(shown) shown (the JSON, Markdown and HTML reports list all \(count); --rejects DIR writes every row)"
    }
}
