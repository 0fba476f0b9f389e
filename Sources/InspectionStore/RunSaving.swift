import Foundation
import GRDB
import InspectionHistory
import InspectionKit

extension RunStore {
    /// Saves a run in one write transaction and returns its id: the run with every area,
    /// check, figure, case, parameter and evidence file, or nothing at all.
    ///
    /// Another process's save waits (SQLite's busy timeout); if SQLite still reports the store
    /// busy, the whole transaction is tried again, up to `attempts` times.
    public func save(_ record: RunRecord, attempts: Int = 5) throws(StoreError) -> Int64 {
        var attempt = 1
        while true {
            do {
                return try Self.guarded(location.path) {
                    try database.writeWithoutTransaction { db in
                        var id: Int64 = 0
                        try db.inTransaction(.immediate) {
                            id = try insert(record, db)
                            return .commit
                        }
                        return id
                    }
                }
            } catch let error {
                guard case .database = error, attempt < attempts, Self.isBusy(error) else { throw error }
                attempt += 1
                Thread.sleep(forTimeInterval: 0.05 * Double(attempt))
            }
        }
    }

    private static func isBusy(_ error: StoreError) -> Bool {
        if case .database(_, let problem) = error { return problem.hasPrefix("another process held it") }
        return false
    }

    private func insert(_ record: RunRecord, _ db: Database) throws -> Int64 {
        // Run ids count up (AUTOINCREMENT) and are never reused; once the largest is taken,
        // SQLite refuses with SQLITE_FULL, which reads as a full disk.
        let taken = try DatabaseValue.fetchAll(
            db,
            sql: """
                SELECT seq FROM sqlite_sequence WHERE name = 'run' UNION ALL SELECT max(id) FROM run
                """)
        if taken.contains(where: { if case .int64(Int64.max) = $0.storage { return true } else { return false } }) {
            throw StoreError.runIDsExhausted(path: location.path)
        }
        try execute(
            db,
            """
            INSERT INTO run (saved_at, command, tool_version, force_id, force_name, inspection_id, inspection_title,
                inspection_published, framework_id, framework_version, scoring_model, evidence_kinds)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                DateText.timestamp(record.savedAt), record.command, record.toolVersion, record.forceID, record.forceName,
                record.inspectionID, record.inspectionTitle, record.inspectionPublished, record.frameworkID,
                record.frameworkVersion, record.scoringModel, record.evidenceKinds?.joined(separator: ","),
            ])
        let run = db.lastInsertedRowID
        for (position, grade) in record.scale.enumerated() {
            try execute(db, "INSERT INTO run_grade VALUES (?, ?, ?, ?, ?)", [run, position, grade.id, grade.label, grade.colour])
        }
        for setting in record.whatIf {
            try execute(db, "INSERT INTO run_setting VALUES (?, ?, ?)", [run, setting.name, setting.value])
        }
        for parameter in record.parameters {
            try execute(
                db, "INSERT INTO run_parameter VALUES (?, ?, ?, ?, ?)",
                [run, parameter.check, parameter.name, parameter.value, parameter.origin])
        }
        for (position, area) in record.areas.enumerated() {
            try execute(
                db, "INSERT INTO run_area VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    run, position, area.id, area.title, area.topic, area.grade, area.percent, area.basis, area.published,
                    area.publishedPossible.joined(separator: " "), area.publishedInferred, area.agreement,
                ])
            for (index, check) in area.checks.enumerated() {
                try execute(
                    db,
                    """
                    INSERT INTO run_check (run_id, area_id, position, check_id, title, outcome, score, count_met, count_of,
                        statement, finding, reads, theme)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    [
                        run, area.id, index, check.id, check.title, check.outcome.rawValue, check.score, check.count?.met,
                        check.count?.of, check.statement, check.finding, check.reads.joined(separator: " "), check.theme,
                    ])
                for (order, figure) in check.figures.enumerated() {
                    try execute(
                        db, "INSERT INTO run_figure VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        [run, area.id, check.id, order, figure.id, figure.label, figure.value, figure.unit.rawValue])
                }
                for (order, reference) in check.cases.enumerated() {
                    try execute(db, "INSERT INTO run_case VALUES (?, ?, ?, ?, ?)", [run, area.id, check.id, order, reference])
                }
            }
            try insertMargin(area, run: run, db)
        }
        for (position, file) in record.evidence.enumerated() {
            try execute(
                db, "INSERT INTO run_evidence_file VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    run, position, file.kind.rawValue, file.name, file.file, file.bytes, file.sha256, file.recordType, file.records,
                    file.rejected, file.provenance,
                ])
        }
        for (position, finding) in record.findings.enumerated() {
            try execute(
                db, "INSERT INTO run_finding VALUES (?, ?, ?, ?, ?, ?, ?)",
                [run, position, finding.id, finding.kind.rawValue, finding.area, finding.theme, finding.text])
        }
        return run
    }

    func execute(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws {
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
        if let pause {
            Thread.sleep(
                forTimeInterval: Double(pause.perStatement.components.attoseconds) / 1e18 + Double(pause.perStatement.components.seconds))
        }
    }
}
