import GRDB

/// The run history's tables, built by numbered migrations. The schema's version is SQLite's
/// `PRAGMA user_version`: 0 for a new file, then the number of the last migration applied.
///
/// Every migration still to apply runs in one `BEGIN IMMEDIATE` transaction with the version
/// check, so two processes opening a new store at once cannot both build it, and a process
/// killed while migrating leaves the store as it was. (GRDB's `DatabaseMigrator` reads which
/// migrations were applied before it takes the write lock, and runs each in a transaction of
/// its own, so it gives neither guarantee across processes.) A store with a newer version is
/// refused, never read or changed; an older one is migrated forward, never rewritten.
public enum StoreSchema {
    public struct Migration: Sendable {
        public var version: Int
        public var summary: String
        let sql: String
    }

    /// Every migration, in order; the last one's version is the schema this inspector writes.
    public static let migrations: [Migration] = [
        Migration(
            version: 1, summary: "runs: versions, parameters, areas, checks, figures, cases, evidence files",
            sql: """
                CREATE TABLE run (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    saved_at TEXT NOT NULL,
                    command TEXT NOT NULL CHECK (command IN ('inspect', 'compare')),
                    tool_version TEXT NOT NULL,
                    force_id TEXT NOT NULL,
                    force_name TEXT NOT NULL,
                    inspection_id TEXT NOT NULL,
                    inspection_title TEXT NOT NULL,
                    inspection_published TEXT NOT NULL,
                    framework_id TEXT NOT NULL,
                    framework_version TEXT NOT NULL,
                    scoring_model TEXT NOT NULL,
                    evidence_kinds TEXT
                );
                CREATE INDEX run_by_force ON run (force_id, saved_at, id);
                CREATE TABLE run_grade (
                    run_id INTEGER NOT NULL REFERENCES run (id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    grade_id TEXT NOT NULL,
                    label TEXT NOT NULL,
                    colour TEXT NOT NULL,
                    PRIMARY KEY (run_id, position)
                );
                CREATE TABLE run_setting (
                    run_id INTEGER NOT NULL REFERENCES run (id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    value TEXT NOT NULL,
                    PRIMARY KEY (run_id, name)
                );
                CREATE TABLE run_parameter (
                    run_id INTEGER NOT NULL REFERENCES run (id) ON DELETE CASCADE,
                    check_id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    value TEXT NOT NULL,
                    origin TEXT NOT NULL,
                    PRIMARY KEY (run_id, check_id, name)
                );
                CREATE TABLE run_area (
                    run_id INTEGER NOT NULL REFERENCES run (id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    area_id TEXT NOT NULL,
                    title TEXT NOT NULL,
                    topic TEXT NOT NULL,
                    grade TEXT,
                    percent REAL CHECK (percent IS NULL OR percent BETWEEN 0 AND 100),
                    basis TEXT NOT NULL,
                    published TEXT,
                    published_possible TEXT NOT NULL,
                    published_inferred INTEGER NOT NULL CHECK (published_inferred IN (0, 1)),
                    agreement TEXT NOT NULL,
                    PRIMARY KEY (run_id, area_id)
                );
                CREATE TABLE run_check (
                    run_id INTEGER NOT NULL,
                    area_id TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    check_id TEXT NOT NULL,
                    title TEXT NOT NULL,
                    outcome TEXT NOT NULL CHECK (outcome IN ('met', 'partly-met', 'not-met', 'not-applicable', 'could-not-evaluate')),
                    score INTEGER,
                    count_met INTEGER,
                    count_of INTEGER,
                    statement TEXT NOT NULL,
                    finding TEXT,
                    reads TEXT NOT NULL,
                    PRIMARY KEY (run_id, area_id, check_id),
                    FOREIGN KEY (run_id, area_id) REFERENCES run_area (run_id, area_id) ON DELETE CASCADE,
                    CHECK ((count_met IS NULL) = (count_of IS NULL) AND (count_met IS NULL OR (count_met >= 0 AND count_met <= count_of)))
                );
                CREATE TABLE run_figure (
                    run_id INTEGER NOT NULL,
                    area_id TEXT NOT NULL,
                    check_id TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    figure_id TEXT NOT NULL,
                    label TEXT NOT NULL,
                    value REAL NOT NULL,
                    unit TEXT NOT NULL CHECK (unit IN ('share', 'hours', 'days', 'count')),
                    PRIMARY KEY (run_id, area_id, check_id, figure_id),
                    FOREIGN KEY (run_id, area_id, check_id) REFERENCES run_check (run_id, area_id, check_id) ON DELETE CASCADE
                );
                CREATE TABLE run_case (
                    run_id INTEGER NOT NULL,
                    area_id TEXT NOT NULL,
                    check_id TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    case_ref TEXT NOT NULL,
                    PRIMARY KEY (run_id, area_id, check_id, position),
                    FOREIGN KEY (run_id, area_id, check_id) REFERENCES run_check (run_id, area_id, check_id) ON DELETE CASCADE
                );
                CREATE TABLE run_evidence_file (
                    run_id INTEGER NOT NULL REFERENCES run (id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('dataset', 'document', 'mapping')),
                    name TEXT NOT NULL,
                    file TEXT NOT NULL,
                    bytes INTEGER NOT NULL CHECK (bytes >= 0),
                    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
                    record_type TEXT,
                    records INTEGER,
                    rejected INTEGER,
                    provenance TEXT NOT NULL,
                    PRIMARY KEY (run_id, position)
                );
                """),
        Migration(
            version: 2, summary: "follow-up: each check's theme, and the published findings with their stable ids",
            sql: """
                ALTER TABLE run_check ADD COLUMN theme TEXT;
                CREATE TABLE run_finding (
                    run_id INTEGER NOT NULL REFERENCES run (id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    finding_id TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('area-for-improvement', 'cause-of-concern', 'recommendation')),
                    area TEXT,
                    theme TEXT,
                    text TEXT NOT NULL,
                    PRIMARY KEY (run_id, position),
                    UNIQUE (run_id, finding_id)
                );
                """),
        Migration(
            version: 3, summary: "grade margins: per area, the smallest change of cases that moves the grade up and down",
            sql: """
                CREATE TABLE run_margin (
                    run_id INTEGER NOT NULL,
                    area_id TEXT NOT NULL,
                    direction TEXT NOT NULL CHECK (direction IN ('up', 'down')),
                    grade TEXT,
                    check_id TEXT,
                    cases INTEGER CHECK (cases IS NULL OR cases >= 1),
                    counted INTEGER CHECK (counted IS NULL OR counted >= 1),
                    outcome TEXT CHECK (outcome IS NULL OR outcome IN ('met', 'partly-met', 'not-met')),
                    limit_reason TEXT CHECK (limit_reason IS NULL OR limit_reason IN ('none-within-the-evidence', 'best-grade', 'worst-grade')),
                    statement TEXT NOT NULL,
                    PRIMARY KEY (run_id, area_id, direction),
                    FOREIGN KEY (run_id, area_id) REFERENCES run_area (run_id, area_id) ON DELETE CASCADE,
                    CHECK ((cases IS NULL) = (limit_reason IS NOT NULL))
                );
                """),
    ]

    /// `PRAGMA application_id` of a run history (`INSP` in ASCII), set by the first save of
    /// this inspector; 0 in a store an earlier one made. Any other id is another program's file.
    public static let applicationID: Int32 = 0x494E_5350

    /// The schema this inspector reads and writes.
    public static var current: Int { migrations.last!.version }

    /// The store's schema version (0 for a new, empty file).
    public static func version(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    }

    /// Brings the store to `target` (default: the current schema) in one immediate
    /// transaction; returns the version it had. Refuses a newer store, and a file at version 0
    /// that already holds tables (someone else's database).
    @discardableResult
    public static func migrate(_ db: Database, path: String, to target: Int = current) throws -> Int {
        var found = 0
        try db.inTransaction(.immediate) {
            found = try version(db)
            if found > current { throw StoreError.newerSchema(path: path, found: found, supported: current) }
            if found == 0 {
                let tables = try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                if !tables.isEmpty {
                    throw StoreError.notAStore(
                        path: path, problem: "it holds tables this inspector did not make (\(tables.sorted().joined(separator: ", ")))")
                }
            }
            for migration in migrations where migration.version > found && migration.version <= target {
                try db.execute(sql: migration.sql)
                try db.execute(sql: "PRAGMA user_version = \(migration.version)")
            }
            if target == current, try Int32.fetchOne(db, sql: "PRAGMA application_id") == 0 {
                try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            }
            return .commit
        }
        return found
    }
}
