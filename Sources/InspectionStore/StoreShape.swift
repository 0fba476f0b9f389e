import GRDB

/// The tables and indexes a store holds, read without writing to it: what opening a store
/// checks against the schema its version says it has, and what `history --check` compares in
/// full.
struct StoreShape: Sendable, Equatable {
    struct Column: Sendable, Equatable {
        var name: String
        var type: String
    }

    struct Object: Sendable, Equatable {
        /// `table`, `index`, `view` or `trigger`.
        var kind: String
        /// Its SQL with runs of white space made one space; empty for SQLite's own indexes.
        var sql: String
        /// A table's columns, in order.
        var columns: [Column]
    }

    /// By name; SQLite's own tables (`sqlite_…`) left out.
    var objects: [String: Object]

    var tables: [String: Object] { objects.filter { $0.value.kind == "table" } }

    static func read(_ db: Database) throws -> StoreShape {
        var objects: [String: Object] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'") {
            let values = Array(row.databaseValues)
            guard values.count == 3, case .string(let kind) = values[0].storage, case .string(let name) = values[1].storage else {
                continue
            }
            let sql: String
            if case .string(let text) = values[2].storage {
                sql = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            } else {
                sql = ""
            }
            var columns: [Column] = []
            if kind == "table" {
                for column in try Row.fetchAll(db, sql: "SELECT name, type FROM pragma_table_info(?)", arguments: [name]) {
                    let parts = Array(column.databaseValues)
                    guard parts.count == 2, case .string(let columnName) = parts[0].storage else { continue }
                    let type: String
                    if case .string(let declared) = parts[1].storage { type = declared.uppercased() } else { type = "" }
                    columns.append(Column(name: columnName, type: type))
                }
            }
            objects[name] = Object(kind: kind, sql: sql, columns: columns)
        }
        return StoreShape(objects: objects)
    }

    /// What every store at a schema version holds: the migrations up to it, applied to an
    /// empty database in memory.
    static func expected(version: Int) throws(StoreError) -> StoreShape {
        guard let shape = expectedShapes[version] else { throw .internalFault("no schema \(version) to compare the store with") }
        return shape
    }

    private static let expectedShapes: [Int: StoreShape] = {
        var shapes: [Int: StoreShape] = [:]
        for migration in StoreSchema.migrations {
            guard let queue = try? DatabaseQueue(),
                let shape = try? queue.writeWithoutTransaction({ db -> StoreShape in
                    try StoreSchema.migrate(db, path: ":memory:", to: migration.version)
                    return try StoreShape.read(db)
                })
            else { continue }
            shapes[migration.version] = shape
        }
        return shapes
    }()

    /// What stops the store being read or written as a store of the expected schema: a table
    /// or column missing, a column added or declared with another type. Tables, indexes and
    /// the like that the inspector does not make are left to `damage(against:)`.
    func structuralDamage(against expected: StoreShape) -> [StoreDamage] {
        var damage: [StoreDamage] = []
        for (name, table) in expected.tables.sorted(by: { $0.key < $1.key }) {
            guard let found = objects[name], found.kind == "table" else {
                damage.append(.missingTable(name))
                continue
            }
            for column in table.columns {
                guard let present = found.columns.first(where: { $0.name == column.name }) else {
                    damage.append(.missingColumn(table: name, column: column.name))
                    continue
                }
                if present.type != column.type {
                    damage.append(.columnType(table: name, column: column.name, found: present.type, expected: column.type))
                }
            }
            for column in found.columns where !table.columns.contains(where: { $0.name == column.name }) {
                damage.append(.unexpectedColumn(table: name, column: column.name))
            }
        }
        return damage
    }

    /// Everything that differs from the expected schema: the structure, then each table or
    /// index whose definition differs, each index missing, and whatever was added.
    func damage(against expected: StoreShape) -> [StoreDamage] {
        var damage = structuralDamage(against: expected)
        let broken = Set(
            damage.compactMap { found -> String? in
                switch found {
                case .missingTable(let table), .missingColumn(let table, _), .unexpectedColumn(let table, _),
                    .columnType(let table, _, _, _):
                    return table
                default: return nil
                }
            })
        for (name, object) in expected.objects.sorted(by: { $0.key < $1.key }) where !broken.contains(name) {
            guard let found = objects[name] else {
                if object.kind == "index" { damage.append(.missingIndex(name)) }
                continue
            }
            if found.kind != object.kind || found.sql != object.sql { damage.append(.changedDefinition(name)) }
        }
        for (name, object) in objects.sorted(by: { $0.key < $1.key }) where expected.objects[name] == nil {
            damage.append(.unexpected(kind: object.kind, name: name))
        }
        return damage
    }
}

extension StoreSchema {
    /// What a file is, read without writing to it. Refuses another program's database (its
    /// application id, or tables but no schema version), a newer schema, and a store whose
    /// tables are not those of its version; returns the version (0 for an empty file).
    static func identify(_ db: Database, path: String) throws -> Int {
        let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        guard application == 0 || application == applicationID else {
            throw StoreError.notAStore(path: path, problem: "it belongs to another program (its SQLite application id is \(application))")
        }
        let found = try version(db)
        if found > current { throw StoreError.newerSchema(path: path, found: found, supported: current) }
        if found < 0 { throw StoreError.notAStore(path: path, problem: "its schema version (\(found)) is not one an inspector writes") }
        let shape = try StoreShape.read(db)
        if found == 0 {
            let tables = shape.tables.keys.sorted()
            if !tables.isEmpty {
                throw StoreError.notAStore(
                    path: path, problem: "it holds tables this inspector did not make (\(tables.joined(separator: ", ")))")
            }
            return 0
        }
        let expected = try StoreShape.expected(version: found)
        if application == 0, Set(shape.tables.keys).isDisjoint(with: expected.tables.keys) {
            throw StoreError.notAStore(path: path, problem: "its schema version is \(found), but it holds none of a run history's tables")
        }
        if let damage = shape.structuralDamage(against: expected).first { throw StoreError.damaged(path: path, damage) }
        return found
    }
}
