import GRDB
import InspectionHistory
import InspectionKit

/// Grade margins in the run history (table `run_margin`, migration 3): one row per graded area
/// and direction, read back with the rest of a run (`RunQueries`). Runs saved before migration 3
/// have none, and read back without margins.
extension RunStore {
    func insertMargin(_ area: RunRecord.Area, run: Int64, _ db: Database) throws {
        guard let margin = area.margin else { return }
        for move in [margin.up, margin.down] {
            try execute(
                db,
                """
                INSERT INTO run_margin (run_id, area_id, direction, grade, check_id, cases, counted, outcome, limit_reason, statement)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    run, area.id, move.direction.rawValue, move.change?.grade, move.change?.check, move.change?.cases,
                    move.change?.counted, move.change?.outcome.rawValue, move.limit?.rawValue, move.statement,
                ])
        }
    }
}
