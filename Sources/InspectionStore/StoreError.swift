import InspectionKit

/// Why the run history could not be used. Data only; `message` words it (every sentence the
/// store module says is in this file), and the CLI decides the exit code: `database` is SQLite
/// or the file system refusing (exit 4), `internalFault` a fault in the store's code (exit 4),
/// and every other case a problem with the store the user named or with its place (exit 3).
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No store at the path (reading commands never create one).
    case missing(path: String)
    /// The path exists but is not a regular file (a directory, a pipe, a device), or the
    /// default store's place leads out of the project root through a symbolic link.
    case notAFile(path: String, problem: String)
    /// The file is not an SQLite database, or one that holds tables this inspector did not make.
    case notAStore(path: String, problem: String)
    /// Written by a newer inspector: its schema is newer than the one this inspector reads.
    case newerSchema(path: String, found: Int, supported: Int)
    /// A value, a table or the file itself is not as the inspector writes it.
    case damaged(path: String, StoreDamage)
    /// Every run id up to the largest SQLite allows has been used.
    case runIDsExhausted(path: String)
    /// The place for the copy kept before migrating holds something that is not a file.
    case backupInTheWay(path: String, backup: String, kind: PlaceKind)
    /// SQLite refused: busy past every retry, read-only, full disk, corrupt file.
    case database(path: String, problem: String)
    /// No run matches what was asked for.
    case noRun(String)
    /// A fault in the store's own code.
    case internalFault(String)

    /// What is in the way at a path.
    public enum PlaceKind: Sendable, Hashable {
        case symbolicLink, directory, pipe, special
    }

    public var message: String {
        switch self {
        case .missing(let path):
            return "no run history at '\(path)': save a run first with `inspector inspect <force> --save`"
                + " (or name another store with --store or INSPECTOR_STORE)"
        case .notAFile(let path, let problem):
            return "cannot use '\(path)' as the run history: \(problem)"
        case .notAStore(let path, let problem):
            return "'\(path)' is not an inspector run history: \(problem); name another file with --store. Nothing was changed."
        case .newerSchema(let path, let found, let supported):
            return "the run history '\(path)' has schema \(found), newer than this inspector reads (schema \(supported)):"
                + " it was written by a newer inspector; use that one, or name another store with --store. Nothing was changed."
        case .damaged(let path, let damage):
            return
                "the run history '\(path)' may be damaged: \(Self.words(damage)); `inspector history --check` with the same store says all that is damaged."
                + " Nothing was changed."
        case .runIDsExhausted(let path):
            return
                "the run history '\(path)' has used every run id up to \(Int64.max), the largest SQLite allows, so no run can be saved in it;"
                + " save to a new store with --store. Nothing was changed."
        case .backupInTheWay(let path, let backup, let kind):
            return "cannot keep a copy of the run history '\(path)' before migrating it: '\(backup)' is \(Self.words(kind)), not a file;"
                + " move it away and save again. Nothing was changed."
        case .database(let path, let problem):
            return "the run history '\(path)' could not be used: \(problem)"
        case .noRun(let problem):
            return problem
        case .internalFault(let detail):
            return "run history: \(detail)"
        }
    }

    public var description: String { message }

    static func words(_ kind: PlaceKind) -> String {
        switch kind {
        case .symbolicLink: return "a symbolic link"
        case .directory: return "a directory"
        case .pipe: return "a FIFO (named pipe)"
        case .special: return "a device or socket"
        }
    }

    // MARK: Damage

    /// What is damaged, as a clause: `run #3 has a score that is not a whole number (it
    /// holds text), in check x of area y`.
    public static func words(_ damage: StoreDamage) -> String {
        switch damage {
        case .value(let value): return words(value)
        case .integrity(let lines):
            return "SQLite's integrity check found " + (lines.count == 1 ? "a problem" : "\(lines.count) problems") + ": "
                + lines.prefix(3).joined(separator: "; ")
                + (lines.count > 3 ? "; …" : "")
        case .missingTable(let table): return "it has no table \(table)"
        case .unexpected(let kind, let name):
            return "it has \(kind == "index" ? "an" : "a") \(kind) \(name), which the inspector does not make"
        case .missingColumn(let table, let column): return "its table \(table) has no column \(column)"
        case .unexpectedColumn(let table, let column): return "its table \(table) has a column \(column), which the inspector does not make"
        case .columnType(let table, let column, let found, let expected):
            return "its column \(table).\(column) is declared \(found.isEmpty ? "with no type" : found), not \(expected)"
        case .changedDefinition(let name): return "the definition of \(name) is not the one the inspector makes (its constraints differ)"
        case .missingIndex(let name): return "it has no index \(name)"
        case .orphanRows(let table, let count):
            return
                "\(count) \(count == 1 ? "row" : "rows") of \(table) \(count == 1 ? "belongs" : "belong") to a run, area or check that is not in it"
        }
    }

    static func words(_ damage: ValueDamage) -> String {
        let noun = nouns["\(damage.table).\(damage.column)"] ?? "a value \(damage.column)"
        let what: String
        switch damage.problem {
        case .missing:
            what = "has no " + noun.split(separator: " ", maxSplits: 1).dropFirst().joined()
        case .wrongKind(let found, let expected):
            what = "has \(noun) that is not \(words(expected)) (it holds \(words(found)))"
        case .outOfRange(let kind):
            what = "has \(noun) \(range(kind))"
        case .unknownWord(let kind):
            what = "has \(noun) that is not one the inspector writes (\(words(kind)))"
        case .notATime:
            what = "has \(noun) that is not a time (YYYY-MM-DDTHH:MM:SSZ)"
        case .countsDisagree:
            what = "has a count of cases meeting the standard that does not fit the cases counted"
        case .unattached:
            switch damage.table {
            case "run_check": what = "has a check that belongs to no area of the run"
            case "run_case": what = "has a case reference that belongs to no check of the run"
            default: what = "has a figure that belongs to no check of the run"
            }
        }
        let place = words(damage.place)
        return (damage.run.map { "run #\($0)" } ?? "a row whose run id cannot be read") + " \(what)"
            + (place.isEmpty ? "" : ", in \(place)")
    }

    static func words(_ place: ValueDamage.Place) -> String {
        func id(_ text: String?) -> String { text ?? "(an unreadable id)" }
        switch place {
        case .run: return ""
        case .grade(let position): return "grade \(position) of its scale"
        case .setting(let name): return "its what-if value \(id(name))"
        case .parameter(let check, let name): return "parameter \(id(name)) of check \(id(check))"
        case .area(let area): return "area \(id(area))"
        case .check(let area, let check): return "check \(id(check)) of area \(id(area))"
        case .figure(let check, let figure): return "figure \(id(figure)) of check \(id(check))"
        case .caseReference(let check, let position): return "case reference \(position) of check \(id(check))"
        case .evidenceFile(let position): return "evidence file \(position)"
        case .finding(let position): return "published finding \(position)"
        }
    }

    static func words(_ found: ValueDamage.Found) -> String {
        switch found {
        case .null: return "no value"
        case .integer: return "a whole number"
        case .real: return "a number with a fraction"
        case .text: return "text"
        case .blob: return "a blob of bytes"
        }
    }

    static func words(_ kind: StoredColumns.Kind) -> String {
        switch kind {
        case .text: return "text"
        case .wholeNumber: return "a whole number"
        case .number: return "a number"
        case .flag: return "0 or 1"
        case .time: return "a time"
        case .word(let words): return words.joined(separator: ", ")
        }
    }

    /// Where a number out of range should have been: `outside 1 to 4`, `below 0`.
    static func range(_ kind: StoredColumns.Kind) -> String {
        switch kind {
        case .wholeNumber(let range):
            return range.upperBound == Int64.max ? "below \(range.lowerBound)" : "outside \(range.lowerBound) to \(range.upperBound)"
        case .number(let range): return "outside \(NumberText.plain(range.lowerBound)) to \(NumberText.plain(range.upperBound))"
        case .flag: return "that is not 0 or 1"
        default: return "that is not \(words(kind))"
        }
    }

    /// Each column as a sentence names it, with its article.
    static let nouns: [String: String] = [
        "run.id": "an id", "run.saved_at": "a saved time", "run.command": "a command", "run.tool_version": "an inspector version",
        "run.force_id": "a force id", "run.force_name": "a force name", "run.inspection_id": "an inspection id",
        "run.inspection_title": "an inspection title", "run.inspection_published": "a publication date",
        "run.framework_id": "a framework id",
        "run.framework_version": "a framework version", "run.scoring_model": "a scoring model",
        "run.evidence_kinds": "a list of evidence kinds",
        "run_grade.run_id": "a run id", "run_grade.position": "a position", "run_grade.grade_id": "a grade id",
        "run_grade.label": "a grade label",
        "run_grade.colour": "a grade colour",
        "run_setting.run_id": "a run id", "run_setting.name": "a what-if name", "run_setting.value": "a what-if value",
        "run_parameter.run_id": "a run id", "run_parameter.check_id": "a check id", "run_parameter.name": "a parameter name",
        "run_parameter.value": "a parameter value", "run_parameter.origin": "a parameter origin",
        "run_area.run_id": "a run id", "run_area.position": "a position", "run_area.area_id": "an area id",
        "run_area.title": "an area title",
        "run_area.topic": "an area topic", "run_area.grade": "a computed grade", "run_area.percent": "an area score",
        "run_area.basis": "a basis",
        "run_area.published": "a published grade", "run_area.published_possible": "a list of possible published grades",
        "run_area.published_inferred": "an inferred mark", "run_area.agreement": "an agreement",
        "run_check.run_id": "a run id", "run_check.area_id": "an area id", "run_check.position": "a position",
        "run_check.check_id": "a check id",
        "run_check.title": "a check title", "run_check.outcome": "an outcome", "run_check.score": "a score",
        "run_check.count_met": "a count of cases met",
        "run_check.count_of": "a count of cases", "run_check.statement": "a statement", "run_check.finding": "a finding",
        "run_check.reads": "a list of what the check reads", "run_check.theme": "a theme",
        "run_figure.run_id": "a run id", "run_figure.area_id": "an area id", "run_figure.check_id": "a check id",
        "run_figure.position": "a position",
        "run_figure.figure_id": "a figure id", "run_figure.label": "a figure label", "run_figure.value": "a figure",
        "run_figure.unit": "a unit",
        "run_case.run_id": "a run id", "run_case.area_id": "an area id", "run_case.check_id": "a check id",
        "run_case.position": "a position",
        "run_case.case_ref": "a case reference",
        "run_evidence_file.run_id": "a run id", "run_evidence_file.position": "a position",
        "run_evidence_file.kind": "a kind of evidence file",
        "run_evidence_file.name": "an evidence name", "run_evidence_file.file": "a file name", "run_evidence_file.bytes": "a size",
        "run_evidence_file.sha256": "a digest", "run_evidence_file.record_type": "a record type",
        "run_evidence_file.records": "a count of records",
        "run_evidence_file.rejected": "a count of rejected rows", "run_evidence_file.provenance": "a provenance",
        "run_finding.run_id": "a run id", "run_finding.position": "a position", "run_finding.finding_id": "a finding id",
        "run_finding.kind": "a kind of finding", "run_finding.area": "an area", "run_finding.theme": "a theme",
        "run_finding.text": "a finding's text",
        "run_margin.run_id": "a run id", "run_margin.area_id": "an area id", "run_margin.direction": "a margin's direction",
        "run_margin.grade": "a margin's grade", "run_margin.check_id": "a check id", "run_margin.cases": "a margin's number of cases",
        "run_margin.counted": "a margin's number of cases counted", "run_margin.outcome": "a margin's outcome",
        "run_margin.limit_reason": "why a margin has no change", "run_margin.statement": "a margin's statement",
    ]
}
