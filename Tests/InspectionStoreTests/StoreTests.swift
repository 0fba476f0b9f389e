import FixtureChecks
import Foundation
import GRDB
import InspectionHistory
import InspectionKit
import InspectionRunner
import InspectionStore
@_exported import TestSupport
import Testing

let registry = try! FixtureChecks.registry()

/// A temporary directory, removed at the end of the test.
final class TemporaryDirectory {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("inspector-store-\(UUID().uuidString)").path

    init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    func location(_ name: String = "history.sqlite") -> StoreLocation { StoreLocation(path: "\(path)/\(name)", isDefault: false) }
}

/// A run of the fixture force alpha, saved at `seconds` past a fixed moment.
func alphaRecord(_ copy: ProjectCopy, overrides: [String] = [], at seconds: TimeInterval = 0) throws -> RunRecord {
    let workspace = try Workspace.open(root: copy.root, registry: registry)
    let values = try workspace.overrides(overrides)
    let result = try workspace.inspect(force: "alpha", overrides: values)
    return try workspace.record(
        result, overrides: values, command: "inspect", savedAt: Date(timeIntervalSince1970: 1_759_300_000 + seconds))
}

@Suite("The run history store")
struct StoreTests {
    @Test func aNewStoreIsBuiltAtTheCurrentSchema() throws {
        let directory = try TemporaryDirectory()
        let store = try RunStore.openForSaving(directory.location())
        #expect(try store.schemaVersion() == StoreSchema.current)
        #expect(store.migration == nil)
        #expect(try store.integrityCheck() == ["ok"])
        #expect(try store.runs().isEmpty)
    }

    @Test func aRunIsReadBackAsItWasSaved() throws {
        let directory = try TemporaryDirectory()
        let copy = try ProjectCopy()
        let record = try alphaRecord(copy, overrides: ["visits.policy=all-urgent"])
        let store = try RunStore.openForSaving(directory.location())
        let id = try store.save(record)
        var expected = record
        expected.id = id
        let read = try RunStore.openForReading(directory.location()).runs(force: "alpha")
        #expect(read == [expected])
        #expect(read[0].areas.flatMap(\.checks).contains { !$0.cases.isEmpty })
        // Margins are kept, a change named by check and cases or a limit (run_margin).
        #expect(read[0].areas.map { $0.margin?.up.change?.cases } == [1, nil])
        #expect(read[0].areas.map { $0.margin?.up.limit } == [nil, .noneWithinEvidence])
    }

    @Test func runsAreNamedByIDLatestPreviousAndDay() throws {
        let directory = try TemporaryDirectory()
        let copy = try ProjectCopy()
        let store = try RunStore.openForSaving(directory.location())
        let first = try store.save(try alphaRecord(copy, at: 0))
        let second = try store.save(try alphaRecord(copy, at: 86_400))
        let third = try store.save(try alphaRecord(copy, at: 2 * 86_400))
        #expect(try store.run(.latest).id == third)
        #expect(try store.run(.previous).id == second)
        #expect(try store.run(.id(first)).id == first)
        #expect(try store.run(#require(RunSelector("2025-10-02"))).id == second, "the latest run saved on or before the day")
        #expect(RunSelector("#12") == .id(12) && RunSelector("previous") == .previous && RunSelector("yesterday") == nil)
        #expect(
            throws: StoreError.noRun(
                "no run #99 of alpha in '\(directory.path)/history.sqlite'; `inspector history <force>` lists the runs")
        ) {
            try store.run(.id(99), force: "alpha")
        }
        #expect(throws: StoreError.noRun("no run of alpha was saved on or before 30 September 2025 in '\(directory.path)/history.sqlite'"))
        {
            try store.run(#require(RunSelector("2025-09-30")), force: "alpha")
        }
    }

    /// A store at every earlier schema, holding a run as that schema saved it, is migrated
    /// forward when saving (the old file kept beside it) and read through a migrated copy
    /// without being changed.
    @Test(arguments: StoreSchema.migrations.dropLast().map(\.version))
    func anOlderStoreIsMigratedNeverRewritten(version: Int) throws {
        let directory = try TemporaryDirectory()
        let location = directory.location()
        let queue = try DatabaseQueue(path: location.path)
        try queue.writeWithoutTransaction { db in
            try StoreSchema.migrate(db, path: location.path, to: version)
            try db.execute(
                sql: """
                    INSERT INTO run (id, saved_at, command, tool_version, force_id, force_name, inspection_id, inspection_title,
                        inspection_published, framework_id, framework_version, scoring_model)
                    VALUES (1, '2025-09-01T09:00:00Z', 'inspect', '0.1.0', 'alpha', 'Alpha', '2025-fixture', 'Fixture', '2025-06-02',
                        'fixture-2024', '1', 'fixture-percentage@1');
                    INSERT INTO run_grade VALUES (1, 0, 'good', 'Good', '#2e7d32');
                    INSERT INTO run_area VALUES (1, 0, 'response', 'Responding', 'Response', 'good', 70, 'basis', 'adequate', '', 0, 'differs');
                    INSERT INTO run_check (run_id, area_id, position, check_id, title, outcome, score, count_met, count_of, statement, finding, reads)
                        VALUES (1, 'response', 0, 'visits.on-time', 'On time', 'partly-met', 2, 3, 4, 'In 3 of 4 cases.', 'area-for-improvement', 'home-visit');
                    INSERT INTO run_case VALUES (1, 'response', 'visits.on-time', 0, 'A-03');
                    """)
        }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: location.path))

        let reader = try RunStore.openForReading(location)
        #expect(reader.migration == RunStore.Migration(from: version, to: StoreSchema.current, backup: nil))
        let old = try #require(try reader.runs().first)
        #expect(old.areas[0].checks[0].cases == ["A-03"])
        #expect(old.areas[0].checks[0].theme == nil, "a run saved before themes were kept has none")
        #expect(old.findings.isEmpty)
        #expect(old.areas[0].margin == nil, "a run saved before margins were kept has none")
        #expect(try Data(contentsOf: URL(fileURLWithPath: location.path)) == before, "reading never writes")

        let writer = try RunStore.openForSaving(location)
        #expect(
            writer.migration == RunStore.Migration(from: version, to: StoreSchema.current, backup: "\(location.path).schema-\(version).bak")
        )
        #expect(FileManager.default.fileExists(atPath: "\(location.path).schema-\(version).bak"))
        #expect(try writer.schemaVersion() == StoreSchema.current)
        #expect(try writer.runs() == [old], "the old run is kept as it was")
        _ = try writer.save(try alphaRecord(try ProjectCopy(), at: 86_400))
        #expect(try writer.runs().count == 2)
        #expect(try writer.integrityCheck() == ["ok"])
    }

    @Test func aStoreFromANewerInspectorIsRefusedAndLeftAlone() throws {
        let directory = try TemporaryDirectory()
        let location = directory.location()
        _ = try RunStore.openForSaving(location)
        let queue = try DatabaseQueue(path: location.path)
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = \(StoreSchema.current + 1)") }
        try queue.close()
        let expected = StoreError.newerSchema(path: location.path, found: StoreSchema.current + 1, supported: StoreSchema.current)
        #expect(throws: expected) { try RunStore.openForSaving(location) }
        #expect(throws: expected) { try RunStore.openForReading(location) }
        #expect(
            expected.message.hasSuffix(
                "it was written by a newer inspector; use that one, or name another store with --store. Nothing was changed."))
    }

    @Test func aFileThatIsNotAStoreIsRefused() throws {
        let directory = try TemporaryDirectory()
        let text = directory.location("notes.txt")
        try "not a database\n".write(toFile: text.path, atomically: true, encoding: .utf8)
        #expect(throws: StoreError.notAStore(path: text.path, problem: "the file is not an SQLite database")) {
            try RunStore.openForSaving(text)
        }
        let other = directory.location("other.sqlite")
        let queue = try DatabaseQueue(path: other.path)
        try queue.write { try $0.execute(sql: "CREATE TABLE customers (id INTEGER)") }
        try queue.close()
        #expect(throws: StoreError.notAStore(path: other.path, problem: "it holds tables this inspector did not make (customers)")) {
            try RunStore.openForSaving(other)
        }
        #expect(throws: StoreError.missing(path: directory.location("absent.sqlite").path)) {
            try RunStore.openForReading(directory.location("absent.sqlite"))
        }
        #expect(throws: StoreError.notAFile(path: directory.path, problem: "it exists and is not a regular file")) {
            try RunStore.openForSaving(StoreLocation(path: directory.path, isDefault: false))
        }
    }

    @Test func theDefaultStoreStaysInsideTheProjectRoot() throws {
        let directory = try TemporaryDirectory()
        let root = "\(directory.path)/project"
        let elsewhere = "\(directory.path)/elsewhere"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        let location = StoreLocation.resolve(option: nil, environment: [:], root: root)
        #expect(location == StoreLocation(path: "\(root)/.inspector/history.sqlite", isDefault: true))
        #expect(StoreLocation.resolve(option: nil, environment: ["INSPECTOR_STORE": "/tmp/x.sqlite"], root: root).path == "/tmp/x.sqlite")
        #expect(
            StoreLocation.resolve(option: "mine.sqlite", environment: ["INSPECTOR_STORE": "/tmp/x.sqlite"], root: root).path
                == "mine.sqlite")
        try FileManager.default.createSymbolicLink(atPath: "\(root)/.inspector", withDestinationPath: elsewhere)
        #expect(
            throws: StoreError.notAFile(
                path: location.path,
                problem:
                    "'\(root)/.inspector' is a symbolic link, and the default run history stays inside the project root; name a store with --store instead"
            )
        ) {
            try RunStore.openForSaving(location)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty)
    }
}
