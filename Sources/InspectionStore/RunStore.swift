import Foundation
import GRDB

/// The run history: an SQLite database (WAL, foreign keys on, a busy timeout), opened to save
/// runs or to read them.
///
/// Saving opens the file itself, creating it if need be and migrating an older schema forward
/// (after copying the old file beside it). Reading never writes: it opens the file read-only,
/// and reads an older schema through a copy migrated in memory.
public final class RunStore: Sendable {
    public let location: StoreLocation
    let database: DatabaseQueue
    /// The schema the file had when opened, when it was older than the current one; with the
    /// copy of the old file kept when saving migrated it.
    public let migration: Migration?

    public struct Migration: Sendable, Hashable {
        public var from: Int
        public var to: Int
        /// Where the file as it was is kept (saving only); nil when only an in-memory copy was
        /// migrated (reading).
        public var backup: String?

        public init(from: Int, to: Int, backup: String?) {
            self.from = from
            self.to = to
            self.backup = backup
        }
    }

    /// How long a write waits for another process's transaction before SQLite says busy.
    static let busyTimeout: TimeInterval = 10

    /// Test hook: a pause between the statements of a save, inside its transaction, so that
    /// tests can kill a process mid-save or make two saves overlap. Nil in normal use.
    public struct SavePause: Sendable {
        public var perStatement: Duration
        public init(perStatement: Duration) { self.perStatement = perStatement }
    }

    let pause: SavePause?

    private init(location: StoreLocation, database: DatabaseQueue, migration: Migration?, pause: SavePause?) {
        self.location = location
        self.database = database
        self.migration = migration
        self.pause = pause
    }

    private static func configuration(readonly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readonly
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.journalMode = .wal
        configuration.label = "inspector.history"
        return configuration
    }

    /// Opens the store to save runs: creates it when absent, migrates an older schema (keeping
    /// a copy of the old file at `<path>.schema-<n>.bak`), refuses a newer one.
    public static func openForSaving(_ location: StoreLocation, pause: SavePause? = nil) throws(StoreError) -> RunStore {
        try location.prepare(create: true)
        let path = location.path
        return try guarded(path) {
            let queue = try DatabaseQueue(path: path, configuration: configuration(readonly: false))
            let found = try queue.read { try StoreSchema.version($0) }
            var migration: Migration?
            if found > StoreSchema.current { throw StoreError.newerSchema(path: path, found: found, supported: StoreSchema.current) }
            if found > 0 && found < StoreSchema.current {
                let backup = "\(path).schema-\(found).bak"
                let copy = try DatabaseQueue(path: backup)
                try queue.backup(to: copy)
                try copy.close()
                migration = Migration(from: found, to: StoreSchema.current, backup: backup)
            }
            // Another process may migrate first; the migration rechecks the version under
            // the write lock.
            let before = try queue.writeWithoutTransaction { try StoreSchema.migrate($0, path: path) }
            if before == StoreSchema.current, let backup = migration?.backup {
                try? FileManager.default.removeItem(atPath: backup)
                migration = nil
            }
            return RunStore(location: location, database: queue, migration: migration, pause: pause)
        }
    }

    /// Opens the store to read runs, never writing to it: a missing store is an error; an
    /// older schema is read through a copy migrated in memory.
    public static func openForReading(_ location: StoreLocation) throws(StoreError) -> RunStore {
        try location.prepare(create: false)
        let path = location.path
        guard location.exists else { throw .missing(path: path) }
        return try guarded(path) {
            let queue = try DatabaseQueue(path: path, configuration: configuration(readonly: true))
            let found = try queue.read { try StoreSchema.version($0) }
            if found > StoreSchema.current { throw StoreError.newerSchema(path: path, found: found, supported: StoreSchema.current) }
            if found == StoreSchema.current { return RunStore(location: location, database: queue, migration: nil, pause: nil) }
            let memory = try DatabaseQueue(configuration: configuration(readonly: false))
            try queue.backup(to: memory)
            _ = try memory.writeWithoutTransaction { try StoreSchema.migrate($0, path: path) }
            return RunStore(
                location: location, database: memory,
                migration: found == 0 ? nil : Migration(from: found, to: StoreSchema.current, backup: nil), pause: nil)
        }
    }

    /// The store's schema version.
    public func schemaVersion() throws(StoreError) -> Int {
        try Self.guarded(location.path) { try database.read { try StoreSchema.version($0) } }
    }

    /// `PRAGMA integrity_check`: `["ok"]` for a sound file.
    public func integrityCheck() throws(StoreError) -> [String] {
        try Self.guarded(location.path) { try database.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } }
    }

    /// Runs `body`, turning SQLite's and the file system's errors into `StoreError`.
    static func guarded<T>(_ path: String, _ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB: throw .notAStore(path: path, problem: "the file is not an SQLite database")
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                throw .database(
                    path: path, problem: "another process held it for longer than \(Int(busyTimeout)) seconds (\(error.message ?? "busy"))")
            case .SQLITE_READONLY: throw .database(path: path, problem: "it is read-only")
            case .SQLITE_FULL: throw .database(path: path, problem: "the disk is full")
            case .SQLITE_CANTOPEN: throw .database(path: path, problem: "it cannot be opened (\(error.message ?? "cannot open"))")
            case .SQLITE_CORRUPT: throw .database(path: path, problem: "the file is damaged (\(error.message ?? "corrupt"))")
            default: throw .database(path: path, problem: error.message ?? "\(error.resultCode)")
            }
        } catch {
            throw .database(path: path, problem: error.localizedDescription)
        }
    }
}
