import InspectionHistory
import InspectionKit

/// What each column of the store holds as the inspector writes it: the one description the
/// reader decodes by and `history --check` checks every row against. A value that does not
/// fit is damage, reported with where it is (`StoreDamage`), never trapped on.
public enum StoredColumns {
    /// What a column may hold.
    public enum Kind: Sendable, Hashable {
        /// Any text.
        case text
        /// An integer in the range.
        case wholeNumber(ClosedRange<Int64>)
        /// A finite number in the range (an integer is read as one).
        case number(ClosedRange<Double>)
        /// 0 or 1.
        case flag
        /// `2025-10-01T09:00:00Z`, as the store writes times.
        case time
        /// One of these words.
        case word([String])
    }

    public struct Column: Sendable, Hashable {
        public var name: String
        public var kind: Kind
        /// Whether NULL is a value it may hold.
        public var optional: Bool
    }

    /// Figures are bounded so that every report can format them; shares are 0 to 1.
    static let figureRange: ClosedRange<Double> = -1e12...1e12
    /// Counts of cases, records and rows: never negative, and small enough to add up.
    static let countRange: ClosedRange<Int64> = 0...Int64(Int32.max)

    /// Every table of the current schema, in the order `history --check` reads them, with its
    /// columns.
    public static let tables: [(name: String, columns: [Column])] = {
        func text(_ name: String, optional: Bool = false) -> Column { Column(name: name, kind: .text, optional: optional) }
        func whole(_ name: String, _ range: ClosedRange<Int64>, optional: Bool = false) -> Column {
            Column(name: name, kind: .wholeNumber(range), optional: optional)
        }
        func word(_ name: String, _ words: [String], optional: Bool = false) -> Column {
            Column(name: name, kind: .word(words), optional: optional)
        }
        let runID = whole("run_id", 1...Int64.max)
        let position = whole("position", 0...Int64(Int32.max))
        return [
            (
                "run",
                [
                    whole("id", 1...Int64.max), Column(name: "saved_at", kind: .time, optional: false),
                    word("command", ["inspect", "compare"]),
                    text("tool_version"), text("force_id"), text("force_name"), text("inspection_id"), text("inspection_title"),
                    text("inspection_published"), text("framework_id"), text("framework_version"), text("scoring_model"),
                    text("evidence_kinds", optional: true),
                ]
            ),
            ("run_grade", [runID, position, text("grade_id"), text("label"), text("colour")]),
            ("run_setting", [runID, text("name"), text("value")]),
            ("run_parameter", [runID, text("check_id"), text("name"), text("value"), text("origin")]),
            (
                "run_area",
                [
                    runID, position, text("area_id"), text("title"), text("topic"), text("grade", optional: true),
                    Column(name: "percent", kind: .number(0...100), optional: true), text("basis"), text("published", optional: true),
                    text("published_possible"), Column(name: "published_inferred", kind: .flag, optional: false), text("agreement"),
                ]
            ),
            (
                "run_check",
                [
                    runID, text("area_id"), position, text("check_id"), text("title"),
                    word("outcome", CheckResult.Outcome.allCases.map(\.rawValue)), whole("score", 1...4, optional: true),
                    whole("count_met", countRange, optional: true), whole("count_of", countRange, optional: true), text("statement"),
                    word("finding", Finding.Kind.allCases.map(\.rawValue), optional: true), text("reads"), text("theme", optional: true),
                ]
            ),
            (
                "run_figure",
                [
                    runID, text("area_id"), text("check_id"), position, text("figure_id"), text("label"),
                    Column(name: "value", kind: .number(figureRange), optional: false), word("unit", units.map(\.rawValue)),
                ]
            ),
            ("run_case", [runID, text("area_id"), text("check_id"), position, text("case_ref")]),
            (
                "run_evidence_file",
                [
                    runID, position, word("kind", RunRecord.EvidenceFile.Kind.allCases.map(\.rawValue)), text("name"), text("file"),
                    whole("bytes", 0...Int64.max), text("sha256"), text("record_type", optional: true),
                    whole("records", countRange, optional: true), whole("rejected", countRange, optional: true), text("provenance"),
                ]
            ),
            (
                "run_margin",
                [
                    runID, text("area_id"), word("direction", GradeMargin.Direction.allCases.map(\.rawValue)),
                    text("grade", optional: true), text("check_id", optional: true), whole("cases", countRange, optional: true),
                    whole("counted", countRange, optional: true),
                    word("outcome", CheckResult.Outcome.allCases.map(\.rawValue), optional: true),
                    word("limit_reason", GradeMargin.Limit.allCases.map(\.rawValue), optional: true), text("statement"),
                ]
            ),
            (
                "run_finding",
                [
                    runID, position, text("finding_id"), word("kind", TrackedFinding.Kind.allCases.map(\.rawValue)),
                    text("area", optional: true), text("theme", optional: true), text("text"),
                ]
            ),
        ]
    }()

    /// The units a figure is given in.
    static let units: [CheckResult.Figure.Unit] = [.share, .hours, .days, .count]

    /// A table's columns by name.
    static let byTable: [String: [String: Column]] = Dictionary(
        uniqueKeysWithValues: tables.map { table in
            (table.name, Dictionary(uniqueKeysWithValues: table.columns.map { ($0.name, $0) }))
        })
}
