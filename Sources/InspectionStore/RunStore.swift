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
        configuration.label = "inspector.history"
        return configuration
    }

    /// Opens the store to save runs: creates it when absent, migrates an older schema (keeping
    /// a copy of the old file at `<path>.schema-<n>.bak`), refuses a newer one.
    ///
    /// An existing file is first opened read-only and identified (`StoreSchema.identify`), and
    /// the place for the copy checked, so that a store refused (newer, another program's,
    /// damaged, or with a link or pipe where the copy goes) is refused before anything in it
    /// changes, even the switch to WAL mode that opening it for writing makes.
    public static func openForSaving(_ location: StoreLocation, pause: SavePause? = nil) throws(StoreError) -> RunStore {
        let found = try identifyForSaving(location)
        try location.prepare(create: true)
        let path = location.path
        return try guarded(path) {
            var migration: Migration?
            if found > 0 && found < StoreSchema.current {
                migration = Migration(from: found, to: StoreSchema.current, backup: location.backupPath(schema: found))
            }
            let queue = try DatabaseQueue(path: location.sqlitePath, configuration: configuration(readonly: false))
            // WAL, set here rather than by GRDB's `journalMode = .wal`, which also writes a
            // table and drops it on every open to make the log non-empty (for DatabasePool
            // readers, which the store does not use).
            try retryingWhenBusy {
                try queue.writeWithoutTransaction { db in
                    guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                        throw StoreError.database(path: path, problem: "SQLite could not put it in WAL mode")
                    }
                    try db.execute(sql: "PRAGMA synchronous = NORMAL")
                }
            }
            if let backup = migration?.backup {
                let copy = try DatabaseQueue(path: StoreLocation(path: backup, isDefault: false).sqlitePath)
                try queue.backup(to: copy)
                try copy.close()
            }
            // Another process may migrate first; the migration rechecks the version under
            // the write lock.
            let before = try retryingWhenBusy { try queue.writeWithoutTransaction { try StoreSchema.migrate($0, path: path) } }
            if before == StoreSchema.current, let backup = migration?.backup {
                try? FileManager.default.removeItem(atPath: backup)
                migration = nil
            }
            return RunStore(location: location, database: queue, migration: migration, pause: pause)
        }
    }

    /// What saving to the store would find, read without writing to it: the schema version of
    /// the file (0 when there is none yet, or it is empty), with the place for the copy kept
    /// before migrating checked. Throws whatever `openForSaving` would refuse, so that a command
    /// can refuse before it writes its reports.
    public static func identifyForSaving(_ location: StoreLocation) throws(StoreError) -> Int {
        try location.prepare(create: false)
        guard location.hasContent else { return 0 }
        let path = location.path
        return try guarded(path) {
            let reader = try openReadOnly(location)
            defer { try? reader.close() }
            let found = try reader.read { try StoreSchema.identify($0, path: path) }
            if found > 0 && found < StoreSchema.current { try location.checkBackup(location.backupPath(schema: found)) }
            return found
        }
    }

    /// Runs `body` again while SQLite says the store is busy past its timeout (other
    /// processes' saves queued ahead of this one), up to `attempts` times, as `save` does.
    static func retryingWhenBusy<T>(attempts: Int = 5, _ body: () throws -> T) throws -> T {
        var attempt = 1
        while true {
            do {
                return try body()
            } catch let error as DatabaseError where [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode) && attempt < attempts {
                attempt += 1
                Thread.sleep(forTimeInterval: 0.05 * Double(attempt))
            }
        }
    }

    /// Opens the store to read runs, never writing to it: a missing store is an error; an
    /// older schema is read through a copy migrated in memory.
    public static func openForReading(_ location: StoreLocation) throws(StoreError) -> RunStore {
        try location.prepare(create: false)
        let path = location.path
        guard location.exists else { throw .missing(path: path) }
        return try guarded(path) {
            let queue = try openReadOnly(location)
            let found = try queue.read { try StoreSchema.identify($0, path: path) }
            if found == StoreSchema.current { return RunStore(location: location, database: queue, migration: nil, pause: nil) }
            let memory = try DatabaseQueue(configuration: configuration(readonly: false))
            try queue.backup(to: memory)
            _ = try memory.writeWithoutTransaction { try StoreSchema.migrate($0, path: path) }
            return RunStore(
                location: location, database: memory,
                migration: found == 0 ? nil : Migration(from: found, to: StoreSchema.current, backup: nil), pause: nil)
        }
    }

    /// Opens the file read-only. In a directory this user cannot write to, SQLite cannot
    /// create the shared-memory file a WAL store is read through, and refuses ("read-only");
    /// the store is then read whole into memory (`readIntoMemory`).
    static func openReadOnly(_ location: StoreLocation) throws -> DatabaseQueue {
        var queue: DatabaseQueue?
        do {
            let opened = try DatabaseQueue(path: location.sqlitePath, configuration: configuration(readonly: true))
            queue = opened
            _ = try opened.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }
            return opened
        } catch let error as DatabaseError
            where [.SQLITE_READONLY, .SQLITE_CANTOPEN].contains(error.resultCode) && !location.directoryIsWritable
        {
            try queue?.close()
            return try readIntoMemory(location)
        }
    }

    /// The store read whole into memory through SQLite's `immutable` open, which needs no
    /// shared-memory file; the file is closed before returning. The URI is built here from
    /// the file's absolute path, every character but letters, digits and `/-._~` escaped, so
    /// nothing the user typed is read as part of one. Refused when the write-ahead log holds
    /// changes (immutable reads skip it), or when this SQLite was built without URI names.
    static func readIntoMemory(_ location: StoreLocation) throws -> DatabaseQueue {
        let path = location.path
        let probe = try DatabaseQueue()
        guard try probe.read({ try Bool.fetchOne($0, sql: "SELECT sqlite_compileoption_used('SQLITE_USE_URI')") }) == true else {
            throw StoreError.database(
                path: path,
                problem:
                    "it is in a directory this user cannot write to, which this SQLite (built without URI file names) cannot read a store from"
            )
        }
        var status = stat()
        if stat(path + "-wal", &status) == 0, status.st_size > 0 {
            throw StoreError.database(
                path: path,
                problem:
                    "it is in a directory this user cannot write to, and '\(path)-wal' holds changes not yet written into it, which SQLite reads only where it can create '\(path)-shm'"
            )
        }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-._~".utf8)
        let escaped = absolute.utf8.map { allowed.contains($0) ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0) }.joined()
        let file = try DatabaseQueue(path: "file:\(escaped)?mode=ro&immutable=1", configuration: configuration(readonly: true))
        let memory = try DatabaseQueue(configuration: configuration(readonly: false))
        try file.backup(to: memory)
        try file.close()
        return memory
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
            case .SQLITE_CORRUPT: throw .damaged(path: path, .integrity([error.message ?? "database disk image is malformed"]))
            default: throw .database(path: path, problem: error.message ?? "\(error.resultCode)")
            }
        } catch {
            throw .database(path: path, problem: error.localizedDescription)
        }
    }
}
