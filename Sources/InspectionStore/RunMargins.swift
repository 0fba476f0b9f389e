import GRDB
import InspectionHistory
import InspectionKit

/// Grade margins in the run history (table `run_margin`, migration 3): one row per graded area
/// and direction. Runs saved before migration 3 have none, and read back without margins.
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

    /// Each area's margin in a saved run, by area id.
    static func margins(run id: Int64, _ db: Database) throws -> [String: GradeMargin] {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM run_margin WHERE run_id = ? ORDER BY area_id, direction", arguments: [id])
        var moves: [String: [GradeMargin.Direction: GradeMargin.Move]] = [:]
        for row in rows {
            let direction: String = row["direction"]
            guard let known = GradeMargin.Direction(rawValue: direction) else {
                throw StoreError.internalFault("unknown margin direction '\(direction)' in run #\(id)")
            }
            let limit: String? = row["limit_reason"]
            let outcome: String? = row["outcome"]
            var change: GradeMargin.Change?
            if let check: String = row["check_id"], let cases: Int = row["cases"], let counted: Int = row["counted"],
                let grade: String = row["grade"], let outcome = outcome.flatMap(CheckResult.Outcome.init(rawValue:))
            {
                change = GradeMargin.Change(check: check, cases: cases, counted: counted, outcome: outcome, grade: grade)
            }
            let areaID: String = row["area_id"]
            moves[areaID, default: [:]][known] = GradeMargin.Move(
                direction: known, change: change, limit: limit.flatMap(GradeMargin.Limit.init(rawValue:)), statement: row["statement"])
        }
        return moves.compactMapValues { byDirection in
            guard let up = byDirection[.up], let down = byDirection[.down] else { return nil }
            return GradeMargin(up: up, down: down)
        }
    }
}
