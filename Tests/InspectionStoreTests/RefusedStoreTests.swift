import Foundation
import GRDB
import InspectionKit
import Testing

@testable import InspectionStore

/// A store the inspector refuses is refused before anything in it changes: it is opened
/// read-only and identified first, so its bytes (and its journal mode) are as they were.
@Suite("A refused store is left as it was")
struct RefusedStoreTests {
    /// A file made outside the inspector, in SQLite's default rollback-journal mode, so that
    /// a switch to WAL would show in its bytes.
    static func foreignFile(_ directory: TemporaryDirectory, _ sql: String) throws -> StoreLocation {
        let location = directory.location("foreign.sqlite")
        let queue = try DatabaseQueue(path: location.path)
        try queue.writeWithoutTransaction { try $0.execute(sql: sql) }
        try queue.close()
        return location
    }

    /// A saved store of the fixture force, closed, whose schema version is then set.
    static func savedStore(_ directory: TemporaryDirectory, journal: String, sql: String) throws -> StoreLocation {
        let location = directory.location()
        do { _ = try RunStore.openForSaving(location).save(try alphaRecord(try ProjectCopy())) }
        try damage(location.path, "PRAGMA journal_mode = \(journal)")
        try damage(location.path, sql)
        return location
    }

    func expectUnchanged(_ location: StoreLocation, refusedWith error: StoreError, sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let before = try digest(location.path)
        let beside = try FileManager.default.contentsOfDirectory(atPath: location.directory).sorted()
        #expect(throws: error, sourceLocation: sourceLocation) { try RunStore.openForSaving(location) }
        #expect(try digest(location.path) == before, "the refused file's bytes changed", sourceLocation: sourceLocation)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: location.directory).sorted() == beside, "files appeared beside it",
            sourceLocation: sourceLocation)
        #expect(throws: error, sourceLocation: sourceLocation) { try RunStore.openForReading(location) }
        #expect(try digest(location.path) == before, sourceLocation: sourceLocation)
    }

    @Test func aStoreFromANewerInspectorInRollbackModeIsNotSwitchedToWAL() throws {
        let directory = try TemporaryDirectory()
        let location = try Self.savedStore(directory, journal: "DELETE", sql: "PRAGMA user_version = \(StoreSchema.current + 1)")
        try expectUnchanged(
            location, refusedWith: .newerSchema(path: location.path, found: StoreSchema.current + 1, supported: StoreSchema.current))
    }

    @Test func someoneElsesDatabaseIsRefusedUnchanged() throws {
        let directory = try TemporaryDirectory()
        let location = try Self.foreignFile(directory, "CREATE TABLE customers (id INTEGER); INSERT INTO customers VALUES (1)")
        try expectUnchanged(
            location, refusedWith: .notAStore(path: location.path, problem: "it holds tables this inspector did not make (customers)"))
    }

    @Test func aDatabaseThatUsesTheSchemaVersionForItselfIsRefusedUnchanged() throws {
        let directory = try TemporaryDirectory()
        let location = try Self.foreignFile(directory, "CREATE TABLE customers (id INTEGER); PRAGMA user_version = 1")
        try expectUnchanged(
            location,
            refusedWith: .notAStore(path: location.path, problem: "its schema version is 1, but it holds none of a run history's tables"))
    }

    @Test func anotherProgramsApplicationIDIsRefusedEvenWithTheRightTables() throws {
        let directory = try TemporaryDirectory()
        let location = try Self.savedStore(directory, journal: "DELETE", sql: "PRAGMA application_id = 42")
        try expectUnchanged(
            location,
            refusedWith: .notAStore(path: location.path, problem: "it belongs to another program (its SQLite application id is 42)"))
        #expect(
            throws: StoreError.notAStore(path: location.path, problem: "it belongs to another program (its SQLite application id is 42)")
        ) {
            try RunStore.check(location)
        }
    }

    @Test func aTextFileIsRefusedUnchanged() throws {
        let directory = try TemporaryDirectory()
        let location = directory.location("notes.sqlite")
        try "Dear diary,\n".repeated(400).write(toFile: location.path, atomically: true, encoding: .utf8)
        try expectUnchanged(location, refusedWith: .notAStore(path: location.path, problem: "the file is not an SQLite database"))
    }

    /// A store of an older schema, and in the place its copy is kept before migrating, a pipe,
    /// a link (to a file that does not exist, which the copy would create) or a directory.
    @Test(arguments: ["fifo", "link", "directory"])
    func somethingInThePlaceOfTheCopyIsRefusedBeforeTheStoreChanges(kind: String) throws {
        let directory = try TemporaryDirectory()
        let location = directory.location()
        let queue = try DatabaseQueue(path: location.path)
        _ = try queue.writeWithoutTransaction { try StoreSchema.migrate($0, path: location.path, to: 1) }
        try queue.close()
        let backup = location.backupPath(schema: 1)
        let outside = "\(directory.path)/outside.sqlite"
        switch kind {
        case "fifo": #expect(mkfifo(backup, 0o644) == 0)
        case "link": try FileManager.default.createSymbolicLink(atPath: backup, withDestinationPath: outside)
        default: try FileManager.default.createDirectory(atPath: backup, withIntermediateDirectories: false)
        }
        let words = ["fifo": "a FIFO (named pipe)", "link": "a symbolic link", "directory": "a directory"][kind]!
        let error = StoreError.backupInTheWay(
            path: location.path, backup: backup, kind: ["fifo": .pipe, "link": .symbolicLink, "directory": .directory][kind]!)
        #expect(
            error.message
                == "cannot keep a copy of the run history '\(location.path)' before migrating it: '\(backup)' is \(words), not a file; move it away and save again. Nothing was changed."
        )
        let before = try digest(location.path)
        #expect(throws: error) { try RunStore.openForSaving(location) }
        #expect(try digest(location.path) == before)
        #expect(!FileManager.default.fileExists(atPath: outside), "the link was not followed")
        #expect(try RunStore.openForReading(location).migration?.from == 1, "reading needs no copy")
    }

    @Test func runIDsUsedUpAreNotAFullDisk() throws {
        let directory = try TemporaryDirectory()
        let location = try damagedStore(directory, "UPDATE sqlite_sequence SET seq = \(Int64.max) WHERE name = 'run'")
        let before = try digest(location.path)
        let error = StoreError.runIDsExhausted(path: location.path)
        #expect(throws: error) { try RunStore.openForSaving(location).save(try alphaRecord(try ProjectCopy())) }
        #expect(
            error.message
                == "the run history '\(location.path)' has used every run id up to 9223372036854775807, the largest SQLite allows,"
                + " so no run can be saved in it; save to a new store with --store. Nothing was changed.")
        #expect(try RunStore.openForReading(location).runs().count == 1)
        #expect(try digest(location.path) == before)
    }

    @Test func aStoreIsMarkedAsTheInspectorsWhenSavedToNeverWhenRead() throws {
        let directory = try TemporaryDirectory()
        let location = try damagedStore(directory, "PRAGMA application_id = 0")
        func application() throws -> Int32 {
            let queue = try DatabaseQueue(path: location.path)
            defer { try? queue.close() }
            return try queue.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") ?? -1 }
        }
        _ = try RunStore.openForReading(location).runs()
        #expect(try application() == 0, "a store made before the id was set is read as it is")
        _ = try RunStore.openForSaving(location).save(try alphaRecord(try ProjectCopy()))
        #expect(try application() == StoreSchema.applicationID)
    }
}

/// Stores named relative to the working directory. Serialized: each test changes the process's
/// working directory, which two tests running at once would change under each other.
@Suite("Store paths relative to the working directory", .serialized)
struct RelativeStorePathTests {
    /// `file:x.sqlite` is a file of that name, not an SQLite URI for `x.sqlite`.
    @Test func aPathThatLooksLikeAURIIsOpenedByItsPath() throws {
        let directory = try TemporaryDirectory()
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(directory.path)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        let location = StoreLocation(path: "file:x.sqlite?mode=memory", isDefault: false)
        _ = try RunStore.openForSaving(location).save(try alphaRecord(try ProjectCopy()))
        #expect(FileManager.default.fileExists(atPath: "\(directory.path)/file:x.sqlite?mode=memory"))
        #expect(!FileManager.default.fileExists(atPath: "\(directory.path)/x.sqlite"))
        #expect(try RunStore.openForReading(location).runs().count == 1)
    }

    /// swift-corelibs-foundation traps on `deletingLastPathComponent` of a one-character path.
    @Test func aOneCharacterStoreNameIsAFile() throws {
        let directory = try TemporaryDirectory()
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(directory.path)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        let location = StoreLocation(path: "A", isDefault: false)
        #expect(location.directory == ".")
        #expect(throws: StoreError.missing(path: "A")) { try RunStore.openForReading(location) }
        _ = try RunStore.openForSaving(location).save(try alphaRecord(try ProjectCopy()))
        #expect(try RunStore.openForReading(location).runs().count == 1)
        #expect(
            StoreLocation(path: "/A", isDefault: false).directory == "/"
                && StoreLocation(path: "a/b/c", isDefault: false).directory == "a/b")
    }
}

/// The one description of the columns (`StoredColumns`) is the schema's, and every column has
/// its words.
@Suite("What the store's columns hold")
struct StoredColumnsTests {
    @Test func everyColumnOfTheSchemaIsDescribedAndNamed() throws {
        let shape = try StoreShape.expected(version: StoreSchema.current)
        let described = Dictionary(uniqueKeysWithValues: StoredColumns.tables.map { ($0.name, $0.columns.map(\.name)) })
        #expect(Set(described.keys) == Set(shape.tables.keys))
        for (table, object) in shape.tables {
            #expect(Set(described[table] ?? []) == Set(object.columns.map(\.name)), "\(table)")
            for column in object.columns {
                #expect(StoreError.nouns["\(table).\(column.name)"] != nil, "\(table).\(column.name) has no words")
            }
        }
        #expect(StoreError.nouns.count == shape.tables.values.map(\.columns.count).reduce(0, +), "a noun for a column that is not there")
    }

    @Test(arguments: [
        ("2025-10-01T09:00:00Z", true), ("2025-10-01T23:59:59Z", true), ("2025-10-01T24:00:00Z", false), ("2025-10-01T09:00:60Z", false),
        ("2025-10-01T+9:00:00Z", false), ("2025-10-01 09:00:00Z", false), ("2025-02-30T09:00:00Z", false), ("2025-10-01T09:00:00", false),
        ("٢٠٢٥-10-01T09:00:00Z", false),
    ])
    func aSavedTimeIsReadAsTheStoreWritesIt(text: String, valid: Bool) {
        #expect((RunStore.parseTimestamp(text) != nil) == valid)
    }
}

extension String {
    func repeated(_ count: Int) -> String { String(repeating: self, count: count) }
}
