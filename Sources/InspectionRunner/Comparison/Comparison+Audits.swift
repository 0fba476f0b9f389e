import InspectionKit

/// Audited shares side by side: each check whose count rests on audited cases, per force, with
/// its 95% interval; and the areas whose grade could change within the intervals.
extension Comparison {
    /// One audited check across forces: its interval per force id.
    public struct AuditedShareRow: Sendable {
        public var check: String
        public var title: String
        public var values: [String: ShareInterval]
    }

    /// An area of a force whose grade could be another within its audited intervals.
    public struct UncertainGrade: Sendable {
        public var force: String
        public var area: String
        public var sampling: SamplingUncertainty
    }

    /// Every audited check, sorted by id, with the forces that have an audited count for it.
    public var auditedShares: [AuditedShareRow] {
        var byCheck: [String: AuditedShareRow] = [:]
        for row in rows {
            for area in row.result.areas {
                for check in area.checks {
                    guard let interval = check.result.interval else { continue }
                    byCheck[check.checkID, default: AuditedShareRow(check: check.checkID, title: check.title, values: [:])]
                        .values[row.force.id] = interval
                }
            }
        }
        return byCheck.keys.sorted().map { byCheck[$0]! }
    }

    /// Areas, force by force in area order, whose grade could change within the intervals.
    public var uncertainGrades: [UncertainGrade] {
        rows.flatMap { row in
            row.result.areas.compactMap { area in
                area.sampling.flatMap { $0.couldChange ? UncertainGrade(force: row.force.id, area: area.id, sampling: $0) : nil }
            }
        }
    }
}
