import Foundation
import GRDB
import InspectionHistory
import InspectionKit

/// A run as a command line names it: its id (`12` or `#12`), `latest`, `previous` (the run
/// before the latest), or a day (`2025-10-01`: the latest run saved on or before it, UTC).
public enum RunSelector: Sendable, Hashable, CustomStringConvertible {
    case id(Int64)
    case latest
    case previous
    case onOrBefore(Date)

    /// Nil when the text is none of these.
    public init?(_ text: String) {
        switch text {
        case "latest": self = .latest
        case "previous": self = .previous
        default:
            let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
            if !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), let id = Int64(digits) {
                self = .id(id)
            } else if case .day(let day)? = PublishedDate(text) {
                self = .onOrBefore(day)
            } else {
                return nil
            }
        }
    }

    public var description: String {
        switch self {
        case .id(let id): return "#\(id)"
        case .latest: return "latest"
        case .previous: return "previous"
        case .onOrBefore(let day): return DateText.iso(day)
        }
    }
}

extension RunStore {
    /// Every run of a force (or of every force), oldest first: by the time saved, then by id.
    public func runs(force: String? = nil) throws(StoreError) -> [RunRecord] {
        try Self.guarded(location.path) {
            try database.read { db in
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT * FROM run WHERE (? IS NULL OR force_id = ?) ORDER BY saved_at, id
                        """, arguments: [force, force])
                return try rows.map { try Self.record($0, db) }
            }
        }
    }

    /// The ids of the forces with saved runs, sorted.
    public func forces() throws(StoreError) -> [String] {
        try Self.guarded(location.path) {
            try database.read { try String.fetchAll($0, sql: "SELECT DISTINCT force_id FROM run ORDER BY force_id") }
        }
    }

    /// The run a selector names, among a force's runs (or every run when `force` is nil; then
    /// `previous` is the run before the latest of the latest run's force).
    public func run(_ selector: RunSelector, force: String? = nil) throws(StoreError) -> RunRecord {
        let all = try runs(force: force)
        let scope = force.map { " of \($0)" } ?? ""
        switch selector {
        case .id(let id):
            guard let run = all.first(where: { $0.id == id }) else {
                throw .noRun("no run #\(id)\(scope) in '\(location.path)'; `inspector history <force>` lists the runs")
            }
            return run
        case .latest:
            guard let run = all.last else { throw .noRun("no run\(scope) is saved in '\(location.path)'") }
            return run
        case .previous:
            guard let latest = all.last else { throw .noRun("no run\(scope) is saved in '\(location.path)'") }
            guard let run = all.dropLast().last(where: { $0.forceID == latest.forceID }) else {
                throw .noRun("only one run of \(latest.forceID) is saved in '\(location.path)', so there is no previous run")
            }
            return run
        case .onOrBefore(let day):
            let end = day.addingTimeInterval(86_400)
            guard let run = all.last(where: { $0.savedAt < end }) else {
                throw .noRun("no run\(scope) was saved on or before \(DateText.long(day)) in '\(location.path)'")
            }
            return run
        }
    }

    private static func record(_ row: Row, _ db: Database) throws -> RunRecord {
        let id: Int64 = row["id"]
        let arguments: StatementArguments = [id]
        let scale = try Row.fetchAll(db, sql: "SELECT * FROM run_grade WHERE run_id = ? ORDER BY position", arguments: arguments).map {
            RunRecord.Grade(id: $0["grade_id"], label: $0["label"], colour: $0["colour"])
        }
        let settings = try Row.fetchAll(db, sql: "SELECT * FROM run_setting WHERE run_id = ? ORDER BY name", arguments: arguments).map {
            RunRecord.Setting(name: $0["name"], value: $0["value"])
        }
        let parameters = try Row.fetchAll(
            db, sql: "SELECT * FROM run_parameter WHERE run_id = ? ORDER BY check_id, name", arguments: arguments
        ).map {
            RunRecord.Parameter(check: $0["check_id"], name: $0["name"], value: $0["value"], origin: $0["origin"])
        }
        let figures = Dictionary(
            grouping: try Row.fetchAll(
                db, sql: "SELECT * FROM run_figure WHERE run_id = ? ORDER BY area_id, check_id, position", arguments: arguments)
        ) {
            ($0["area_id"] as String) + " " + ($0["check_id"] as String)
        }
        let cases = Dictionary(
            grouping: try Row.fetchAll(
                db, sql: "SELECT * FROM run_case WHERE run_id = ? ORDER BY area_id, check_id, position", arguments: arguments)
        ) {
            ($0["area_id"] as String) + " " + ($0["check_id"] as String)
        }
        let checks = Dictionary(
            grouping: try Row.fetchAll(db, sql: "SELECT * FROM run_check WHERE run_id = ? ORDER BY area_id, position", arguments: arguments)
        ) {
            $0["area_id"] as String
        }
        let margins = try Self.margins(run: id, db)
        let areas = try Row.fetchAll(db, sql: "SELECT * FROM run_area WHERE run_id = ? ORDER BY position", arguments: arguments).map {
            area in
            let areaID: String = area["area_id"]
            let possible: String = area["published_possible"]
            return RunRecord.Area(
                id: areaID, title: area["title"], topic: area["topic"], grade: area["grade"], percent: area["percent"],
                basis: area["basis"],
                published: area["published"], publishedPossible: possible.split(separator: " ").map(String.init),
                publishedInferred: area["published_inferred"], agreement: area["agreement"], margin: margins[areaID],
                checks: try (checks[areaID] ?? []).map { check in
                    let checkID: String = check["check_id"]
                    let key = areaID + " " + checkID
                    let outcome: String = check["outcome"]
                    guard let known = CheckResult.Outcome(rawValue: outcome) else {
                        throw StoreError.internalFault("unknown outcome '\(outcome)' in run #\(id)")
                    }
                    let met: Int? = check["count_met"]
                    let of: Int? = check["count_of"]
                    let reads: String = check["reads"]
                    return RunRecord.Check(
                        id: checkID, title: check["title"], outcome: known, score: check["score"],
                        count: met.flatMap { met in of.map { CheckResult.Count(met: met, of: $0) } }, statement: check["statement"],
                        figures: try (figures[key] ?? []).map { figure in
                            let unit: String = figure["unit"]
                            guard let known = CheckResult.Figure.Unit(rawValue: unit) else {
                                throw StoreError.internalFault("unknown unit '\(unit)' in run #\(id)")
                            }
                            return CheckResult.Figure(figure["figure_id"], figure["label"], figure["value"], known)
                        },
                        cases: (cases[key] ?? []).map { $0["case_ref"] }, theme: check["theme"], finding: check["finding"],
                        reads: reads.split(separator: " ").map(String.init))
                })
        }
        let evidence = try Row.fetchAll(db, sql: "SELECT * FROM run_evidence_file WHERE run_id = ? ORDER BY position", arguments: arguments)
            .map { file in
                let kind: String = file["kind"]
                guard let known = RunRecord.EvidenceFile.Kind(rawValue: kind) else {
                    throw StoreError.internalFault("unknown evidence kind '\(kind)' in run #\(id)")
                }
                return RunRecord.EvidenceFile(
                    kind: known, name: file["name"], file: file["file"], bytes: file["bytes"], sha256: file["sha256"],
                    recordType: file["record_type"],
                    records: file["records"], rejected: file["rejected"], provenance: file["provenance"])
            }
        let findings = try Row.fetchAll(db, sql: "SELECT * FROM run_finding WHERE run_id = ? ORDER BY position", arguments: arguments).map {
            finding in
            let kind: String = finding["kind"]
            guard let known = TrackedFinding.Kind(rawValue: kind) else {
                throw StoreError.internalFault("unknown finding kind '\(kind)' in run #\(id)")
            }
            return RunRecord.PublishedFinding(
                id: finding["finding_id"], kind: known, area: finding["area"], theme: finding["theme"], text: finding["text"])
        }
        let savedAt: String = row["saved_at"]
        guard let saved = parseTimestamp(savedAt) else { throw StoreError.internalFault("run #\(id) has an unreadable time '\(savedAt)'") }
        let kinds: String? = row["evidence_kinds"]
        return RunRecord(
            id: id, savedAt: saved, command: row["command"], toolVersion: row["tool_version"], forceID: row["force_id"],
            forceName: row["force_name"],
            inspectionID: row["inspection_id"], inspectionTitle: row["inspection_title"], inspectionPublished: row["inspection_published"],
            frameworkID: row["framework_id"], frameworkVersion: row["framework_version"], scoringModel: row["scoring_model"], scale: scale,
            whatIf: settings, evidenceKinds: kinds.map { $0.split(separator: ",").map(String.init) }, parameters: parameters, areas: areas,
            evidence: evidence, findings: findings)
    }

    /// `2025-10-01T09:00:00Z` as the store writes it.
    static func parseTimestamp(_ text: String) -> Date? {
        guard text.count == 20, text.hasSuffix("Z"), case .day(let day)? = PublishedDate(String(text.prefix(10))) else { return nil }
        let clock = text.dropFirst(11).dropLast().split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3, (0..<24).contains(clock[0]), (0..<60).contains(clock[1]), (0..<61).contains(clock[2]) else { return nil }
        return day.addingTimeInterval(TimeInterval(clock[0] * 3600 + clock[1] * 60 + clock[2]))
    }
}
