import GRDB

/// What `inspector history --check` finds in a store, read without writing to it: SQLite's
/// integrity check, the tables and indexes against the schema the store says it has, rows
/// whose run, area or check is missing, and every value of every row against its column
/// (`StoredColumns`).
public struct StoreCheck: Sendable, Hashable {
    /// The schema version the store says it has (0 for an empty file); nil when the file is
    /// damaged before it could be read.
    public var version: Int?
    /// The runs in it, when the run table could be counted.
    public var runs: Int?
    /// The values checked.
    public var values: Int
    /// Everything damaged, the file's and tables' damage first, then values by table and row.
    public var damage: [StoreDamage]
    /// Damaged values found beyond those listed in `damage` (at most `valueLimit` are).
    public var valuesNotListed: Int

    /// Damaged values listed at most, so that a store damaged throughout gives a list one can read.
    public static let valueLimit = 200

    public var isSound: Bool { damage.isEmpty }
}

extension RunStore {
    /// Checks a store for damage without writing to it. Throws only when there is no store to
    /// check: no file, not an SQLite database, another program's, or a newer schema.
    public static func check(_ location: StoreLocation) throws(StoreError) -> StoreCheck {
        try location.prepare(create: false)
        let path = location.path
        guard location.exists else { throw .missing(path: path) }
        return try guarded(path) {
            let queue = try openReadOnly(location)
            defer { try? queue.close() }
            // Outside a transaction: GRDB ends one that SQLite rolled back on a damaged page by
            // throwing that error again, and the check reports it instead.
            return try queue.inDatabase { db in try check(db, path: path) }
        }
    }

    private static func check(_ db: Database, path: String) throws -> StoreCheck {
        var found = StoreCheck(version: nil, runs: nil, values: 0, damage: [], valuesNotListed: 0)
        do {
            let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            guard application == 0 || application == StoreSchema.applicationID else {
                throw StoreError.notAStore(
                    path: path, problem: "it belongs to another program (its SQLite application id is \(application))")
            }
            let version = try StoreSchema.version(db)
            if version > StoreSchema.current { throw StoreError.newerSchema(path: path, found: version, supported: StoreSchema.current) }
            found.version = version
            try found.examine(db, path: path, application: application)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            // A file damaged past reading: what was found so far, and SQLite's word for the rest.
            found.damage.append(.integrity([error.message ?? "database disk image is malformed"]))
        }
        return found
    }
}

extension StoreCheck {
    /// Everything past the file's identity, added to what is found.
    fileprivate mutating func examine(_ db: Database, path: String, application: Int32) throws {
        let version = self.version ?? 0
        let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        if integrity != ["ok"] { damage.append(.integrity(integrity)) }
        let shape = try StoreShape.read(db)
        guard version > 0 else {
            let tables = shape.tables.keys.sorted()
            if !tables.isEmpty {
                throw StoreError.notAStore(
                    path: path, problem: "it holds tables this inspector did not make (\(tables.joined(separator: ", ")))")
            }
            return
        }
        let expected = try StoreShape.expected(version: version)
        if application == 0, Set(shape.tables.keys).isDisjoint(with: expected.tables.keys) {
            throw StoreError.notAStore(path: path, problem: "its schema version is \(version), but it holds none of a run history's tables")
        }
        damage += shape.damage(against: expected)
        // Tables whose columns are not as made are reported as such; their values are not read.
        let unreadable = Set(
            shape.structuralDamage(against: expected).compactMap { found -> String? in
                switch found {
                case .missingTable(let table), .missingColumn(let table, _), .unexpectedColumn(let table, _),
                    .columnType(let table, _, _, _):
                    return table
                default: return nil
                }
            })
        var orphans: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
            if case .string(let table)? = row.databaseValues.first?.storage { orphans[table, default: 0] += 1 }
        }
        damage += orphans.sorted { $0.key < $1.key }.map { .orphanRows(table: $0.key, count: $0.value) }

        var listed = 0
        for table in StoredColumns.tables where !unreadable.contains(table.name) && shape.tables[table.name] != nil {
            let runColumn = table.name == "run" ? "id" : "run_id"
            let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM \(table.name) ORDER BY rowid")
            while let row = try cursor.next() {
                var run: Int64?
                if case .int64(let id)? = row.first(where: { $0.0 == runColumn })?.1.storage { run = id }
                values += row.count
                for problem in StoredRow(row, table: table.name, run: run, path: path).placed().problems() {
                    if listed < Self.valueLimit {
                        damage.append(.value(problem))
                        listed += 1
                    } else {
                        valuesNotListed += 1
                    }
                }
            }
        }
        runs = unreadable.contains("run") ? nil : try Int.fetchOne(db, sql: "SELECT count(*) FROM run")
    }
}
