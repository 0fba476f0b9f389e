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
        let path = location.path
        return try Self.guarded(path) {
            try database.read { db in
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT * FROM run WHERE (? IS NULL OR force_id = ?) ORDER BY saved_at, id
                        """, arguments: [force, force])
                return try rows.map { try Self.record($0, db, path: path) }
            }
        }
    }

    /// The ids of the forces with saved runs, sorted.
    public func forces() throws(StoreError) -> [String] {
        try headings(force: nil).reduce(into: Set<String>()) { $0.insert($1.forceID) }.sorted()
    }

    /// The run a selector names, among a force's runs (or every run when `force` is nil; then
    /// `previous` is the run before the latest of the latest run's force). Only the run chosen
    /// is read whole, so damage in another run does not stop it being read.
    public func run(_ selector: RunSelector, force: String? = nil) throws(StoreError) -> RunRecord {
        let all = try headings(force: force)
        let scope = force.map { " of \($0)" } ?? ""
        let chosen: Heading
        switch selector {
        case .id(let id):
            guard let run = all.first(where: { $0.id == id }) else {
                throw .noRun("no run #\(id)\(scope) in '\(location.path)'; `inspector history <force>` lists the runs")
            }
            chosen = run
        case .latest:
            guard let run = all.last else { throw .noRun("no run\(scope) is saved in '\(location.path)'") }
            chosen = run
        case .previous:
            guard let latest = all.last else { throw .noRun("no run\(scope) is saved in '\(location.path)'") }
            guard let run = all.dropLast().last(where: { $0.forceID == latest.forceID }) else {
                throw .noRun("only one run of \(latest.forceID) is saved in '\(location.path)', so there is no previous run")
            }
            chosen = run
        case .onOrBefore(let day):
            let end = day.addingTimeInterval(86_400)
            guard let run = all.last(where: { $0.savedAt < end }) else {
                throw .noRun("no run\(scope) was saved on or before \(DateText.long(day)) in '\(location.path)'")
            }
            chosen = run
        }
        let path = location.path
        return try Self.guarded(path) {
            try database.read { db in
                guard let row = try Row.fetchOne(db, sql: "SELECT * FROM run WHERE id = ?", arguments: [chosen.id]) else {
                    throw StoreError.noRun("run #\(chosen.id) is no longer in '\(path)'")
                }
                return try Self.record(row, db, path: path)
            }
        }
    }

    /// A run's id, time and force: enough to choose runs by a selector.
    struct Heading {
        var id: Int64
        var savedAt: Date
        var forceID: String
    }

    /// The runs of a force (or of every force) by time saved, then id, read no further than
    /// their headings.
    private func headings(force: String?) throws(StoreError) -> [Heading] {
        let path = location.path
        return try Self.guarded(path) {
            try database.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT id, saved_at, force_id FROM run WHERE (? IS NULL OR force_id = ?) ORDER BY saved_at, id
                        """, arguments: [force, force]
                ).map { row in
                    let id = try StoredRow(row, table: "run", run: 0, path: path).wholeNumber("id")
                    let run = StoredRow(row, table: "run", run: id, path: path)
                    return Heading(id: id, savedAt: try run.time("saved_at"), forceID: try run.text("force_id"))
                }
            }
        }
    }

    /// A run read whole from its row and its rows in every other table, each value checked.
    private static func record(_ row: Row, _ db: Database, path: String) throws -> RunRecord {
        let id = try StoredRow(row, table: "run", run: 0, path: path).wholeNumber("id")
        let run = try StoredRow(row, table: "run", run: id, path: path).checkedWhole()
        func rows(_ table: String, orderedBy order: String) throws -> [StoredRow] {
            try Row.fetchAll(db, sql: "SELECT * FROM \(table) WHERE run_id = ? ORDER BY \(order)", arguments: [id]).map { found in
                try StoredRow(found, table: table, run: id, path: path).placed().checkedWhole()
            }
        }
        let scale = try rows("run_grade", orderedBy: "position").map { grade in
            RunRecord.Grade(id: try grade.text("grade_id"), label: try grade.text("label"), colour: try grade.text("colour"))
        }
        let settings = try rows("run_setting", orderedBy: "name").map { setting in
            RunRecord.Setting(name: try setting.text("name"), value: try setting.text("value"))
        }
        let parameters = try rows("run_parameter", orderedBy: "check_id, name").map { parameter in
            RunRecord.Parameter(
                check: try parameter.text("check_id"), name: try parameter.text("name"), value: try parameter.text("value"),
                origin: try parameter.text("origin"))
        }
        // Figures and case references by their check, checks by their area; the first row of
        // each kept, to say where one is that nothing in the run holds.
        var figures: [String: [CheckResult.Figure]] = [:]
        var cases: [String: [String]] = [:]
        var checks: [String: [RunRecord.Check]] = [:]
        var firstRows: [String: StoredRow] = [:]
        for figure in try rows("run_figure", orderedBy: "area_id, check_id, position") {
            let key = try figure.text("area_id") + " " + figure.text("check_id")
            firstRows["figure " + key] = firstRows["figure " + key] ?? figure
            figures[key, default: []].append(
                CheckResult.Figure(
                    try figure.text("figure_id"), try figure.text("label"), try figure.number("value"),
                    try figure.word("unit", as: CheckResult.Figure.Unit.self)))
        }
        for reference in try rows("run_case", orderedBy: "area_id, check_id, position") {
            let key = try reference.text("area_id") + " " + reference.text("check_id")
            firstRows["case " + key] = firstRows["case " + key] ?? reference
            cases[key, default: []].append(try reference.text("case_ref"))
        }
        var checkKeys: Set<String> = []
        for check in try rows("run_check", orderedBy: "area_id, position") {
            let areaID = try check.text("area_id")
            let checkID = try check.text("check_id")
            let key = areaID + " " + checkID
            checkKeys.insert(key)
            firstRows["check " + areaID] = firstRows["check " + areaID] ?? check
            checks[areaID, default: []].append(
                RunRecord.Check(
                    id: checkID, title: try check.text("title"), outcome: try check.word("outcome", as: CheckResult.Outcome.self),
                    score: try check.optionalInt("score"), count: try check.count(), statement: try check.text("statement"),
                    figures: figures[key] ?? [], cases: cases[key] ?? [], theme: try check.optionalText("theme"),
                    finding: try check.optionalText("finding"),
                    reads: try check.text("reads").split(separator: " ").map(String.init)))
        }
        // Grade margins (schema 3), up and down for each graded area.
        var moves: [String: [GradeMargin.Direction: GradeMargin.Move]] = [:]
        for margin in try rows("run_margin", orderedBy: "area_id, direction") {
            let areaID = try margin.text("area_id")
            let direction = try margin.word("direction", as: GradeMargin.Direction.self)
            firstRows["margin " + areaID] = firstRows["margin " + areaID] ?? margin
            var change: GradeMargin.Change?
            if let check = try margin.optionalText("check_id"), let cases = try margin.optionalInt("cases"),
                let counted = try margin.optionalInt("counted"), let grade = try margin.optionalText("grade"),
                let outcome = try margin.optionalWord("outcome", as: CheckResult.Outcome.self)
            {
                change = GradeMargin.Change(check: check, cases: cases, counted: counted, outcome: outcome, grade: grade)
            }
            moves[areaID, default: [:]][direction] = GradeMargin.Move(
                direction: direction, change: change, limit: try margin.optionalWord("limit_reason", as: GradeMargin.Limit.self),
                statement: try margin.text("statement"))
        }
        let areas = try rows("run_area", orderedBy: "position").map { area in
            let areaID = try area.text("area_id")
            let margin = moves[areaID].flatMap { byDirection in
                byDirection[.up].flatMap { up in byDirection[.down].map { GradeMargin(up: up, down: $0) } }
            }
            return RunRecord.Area(
                id: areaID, title: try area.text("title"), topic: try area.text("topic"), grade: try area.optionalText("grade"),
                percent: try area.optionalNumber("percent"), basis: try area.text("basis"), published: try area.optionalText("published"),
                publishedPossible: try area.text("published_possible").split(separator: " ").map(String.init),
                publishedInferred: try area.flag("published_inferred"), agreement: try area.text("agreement"), margin: margin,
                checks: checks[areaID] ?? [])
        }
        let areaIDs = Set(areas.map(\.id))
        // A check outside its area first: its figures and cases are then outside it too.
        for (key, row) in firstRows.sorted(by: {
            ($0.key.hasPrefix("check ") ? 0 : 1, $0.key) < ($1.key.hasPrefix("check ") ? 0 : 1, $1.key)
        }) {
            let (kind, owner) = (key.prefix { $0 != " " }, String(key.drop { $0 != " " }.dropFirst()))
            if kind == "check" || kind == "margin", !areaIDs.contains(owner) { throw row.damage("area_id", .unattached) }
            if kind == "figure" || kind == "case", !checkKeys.contains(owner) { throw row.damage("check_id", .unattached) }
        }
        let evidence = try rows("run_evidence_file", orderedBy: "position").map { file in
            RunRecord.EvidenceFile(
                kind: try file.word("kind", as: RunRecord.EvidenceFile.Kind.self), name: try file.text("name"), file: try file.text("file"),
                bytes: try file.wholeNumber("bytes"), sha256: try file.text("sha256"), recordType: try file.optionalText("record_type"),
                records: try file.optionalInt("records"), rejected: try file.optionalInt("rejected"),
                provenance: try file.text("provenance"))
        }
        let findings = try rows("run_finding", orderedBy: "position").map { finding in
            RunRecord.PublishedFinding(
                id: try finding.text("finding_id"), kind: try finding.word("kind", as: TrackedFinding.Kind.self),
                area: try finding.optionalText("area"),
                theme: try finding.optionalText("theme"), text: try finding.text("text"))
        }
        let kinds = try run.optionalText("evidence_kinds")
        return RunRecord(
            id: id, savedAt: try run.time("saved_at"), command: try run.text("command"), toolVersion: try run.text("tool_version"),
            forceID: try run.text("force_id"), forceName: try run.text("force_name"), inspectionID: try run.text("inspection_id"),
            inspectionTitle: try run.text("inspection_title"), inspectionPublished: try run.text("inspection_published"),
            frameworkID: try run.text("framework_id"), frameworkVersion: try run.text("framework_version"),
            scoringModel: try run.text("scoring_model"),
            scale: scale, whatIf: settings, evidenceKinds: kinds.map { $0.split(separator: ",").map(String.init) }, parameters: parameters,
            areas: areas, evidence: evidence, findings: findings)
    }

    /// `2025-10-01T09:00:00Z` as the store writes it, and nothing else: two digits for each
    /// of the hour (0-23), minute and second (0-59).
    static func parseTimestamp(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            bytes[19] == UInt8(ascii: "Z"), case .day(let day)? = PublishedDate(String(decoding: bytes[0..<10], as: UTF8.self))
        else { return nil }
        func twoDigits(_ at: Int) -> Int? {
            let (tens, units) = (bytes[at], bytes[at + 1])
            guard (0x30...0x39).contains(tens), (0x30...0x39).contains(units) else { return nil }
            return Int(tens - 0x30) * 10 + Int(units - 0x30)
        }
        guard let hour = twoDigits(11), let minute = twoDigits(14), let second = twoDigits(17), hour < 24, minute < 60, second < 60 else {
            return nil
        }
        return day.addingTimeInterval(TimeInterval(hour * 3600 + minute * 60 + second))
    }
}
