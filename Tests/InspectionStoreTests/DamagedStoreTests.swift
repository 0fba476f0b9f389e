import Foundation
import GRDB
import InspectionHistory
import InspectionKit
import Reproducible
import Testing

@testable import InspectionStore

/// A store holding one saved run of the fixture force alpha, closed, then changed by `sql` as
/// a careless hand with `sqlite3` or a failing disk might: CHECK constraints are ignored, and
/// NOT NULL dropped from a table's definition where `dropNotNull` names it.
func damagedStore(_ directory: TemporaryDirectory, _ sql: String, dropNotNull table: String? = nil) throws -> StoreLocation {
    let location = directory.location()
    let store = try RunStore.openForSaving(location)
    _ = try store.save(try alphaRecord(try ProjectCopy()))
    try damage(location.path, sql, dropNotNull: table)
    return location
}

/// Runs SQL on a store file outside the inspector.
func damage(_ path: String, _ sql: String, dropNotNull table: String? = nil) throws {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    try queue.writeWithoutTransaction { db in
        if let table {
            try db.execute(sql: "PRAGMA writable_schema = ON")
            try db.execute(sql: "UPDATE sqlite_master SET sql = replace(sql, 'NOT NULL', '') WHERE name = ?", arguments: [table])
            try db.execute(sql: "PRAGMA writable_schema = OFF")
        }
    }
    try queue.close()
    let again = try DatabaseQueue(path: path, configuration: configuration)
    try again.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
        try db.execute(sql: sql)
    }
    try again.close()
}

/// The SHA-256 of a file's bytes.
func digest(_ path: String) throws -> String {
    SHA256.hex([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
}

@Suite("A damaged store is reported, never trapped on")
struct DamagedStoreTests {
    /// A value damaged in a saved run, and the sentence that says where: every reading path
    /// (every run, the run a selector names, `history --check`) reports it.
    @Test(
        arguments: [
            (
                "UPDATE run_figure SET value = 'abc' WHERE rowid = (SELECT min(rowid) FROM run_figure)", nil,
                "run #1 has a figure that is not a number (it holds text), in figure visits.late-share of check visits.on-time"
            ),
            ("UPDATE run SET force_name = X'FFFE'", nil, "run #1 has a force name that is not text (it holds a blob of bytes)"),
            (
                "UPDATE run_check SET score = 'high' WHERE check_id = 'visits.on-time'", nil,
                "run #1 has a score that is not a whole number (it holds text), in check visits.on-time of area response"
            ),
            (
                "UPDATE run_check SET score = 2.5 WHERE check_id = 'visits.on-time'", nil,
                "run #1 has a score that is not a whole number (it holds a number with a fraction), in check visits.on-time of area response"
            ),
            (
                "UPDATE run_check SET score = 9 WHERE check_id = 'visits.on-time'", nil,
                "run #1 has a score outside 1 to 4, in check visits.on-time of area response"
            ),
            ("UPDATE run_grade SET label = NULL WHERE position = 0", "run_grade", "run #1 has no grade label, in grade 1 of its scale"),
            ("UPDATE run SET saved_at = 'yesterday'", nil, "run #1 has a saved time that is not a time (YYYY-MM-DDTHH:MM:SSZ)"),
            ("UPDATE run SET saved_at = '2025-10-01X09:00:00Z'", nil, "run #1 has a saved time that is not a time (YYYY-MM-DDTHH:MM:SSZ)"),
            ("UPDATE run SET saved_at = X'00'", nil, "run #1 has a saved time that is not a time (it holds a blob of bytes)"),
            (
                "UPDATE run_check SET outcome = 'excellent' WHERE check_id = 'visits.on-time'", nil,
                "run #1 has an outcome that is not one the inspector writes (met, partly-met, not-met, not-applicable, could-not-evaluate), in check visits.on-time of area response"
            ),
            (
                "UPDATE run_area SET percent = 1e999 WHERE area_id = 'response'", nil,
                "run #1 has an area score outside 0 to 100, in area response"
            ),
            (
                "UPDATE run_check SET count_met = 5, count_of = 4 WHERE check_id = 'visits.on-time'", nil,
                "run #1 has a count of cases meeting the standard that does not fit the cases counted, in check visits.on-time of area response"
            ),
            (
                "UPDATE run_check SET count_met = NULL WHERE check_id = 'visits.on-time'", nil,
                "run #1 has a count of cases meeting the standard that does not fit the cases counted, in check visits.on-time of area response"
            ),
            (
                "UPDATE run_figure SET unit = 'furlongs'", nil,
                "run #1 has a unit that is not one the inspector writes (share, hours, days, count), in figure visits.late-share of check visits.on-time"
            ),
            (
                "UPDATE run_area SET published_inferred = 2 WHERE area_id = 'response'", nil,
                "run #1 has an inferred mark that is not 0 or 1, in area response"
            ),
            (
                "UPDATE run_case SET case_ref = X'00' WHERE position = 0 AND check_id = 'visits.on-time'", nil,
                "run #1 has a case reference that is not text (it holds a blob of bytes), in case reference 1 of check visits.on-time"
            ),
            (
                "UPDATE run_check SET area_id = X'01' WHERE check_id = 'visits.on-time'", nil,
                "run #1 has an area id that is not text (it holds a blob of bytes), in check visits.on-time of area (an unreadable id)"
            ),
            ("UPDATE run_evidence_file SET bytes = -1 WHERE position = 0", nil, "run #1 has a size below 0, in evidence file 1"),
            (
                "UPDATE run_finding SET kind = 'grumble'", nil,
                "run #1 has a kind of finding that is not one the inspector writes (area-for-improvement, cause-of-concern, recommendation), in published finding 1"
            ),
        ] as [(String, String?, String)])
    func aDamagedValueIsReportedWhereItIs(sql: String, dropNotNull: String?, words: String) throws {
        try expectDamage(sql: sql, dropNotNull: dropNotNull, words: words, checkWords: words)
    }

    /// A row whose area or check is not in its run is not silently left out of it; the check
    /// finds it among the rows SQLite's foreign keys lead nowhere from, and never quotes a
    /// key that is not shaped like an id.
    @Test(arguments: [
        (
            "UPDATE run_check SET area_id = 'Zebedee Canaryson' WHERE check_id = 'visits.on-time'",
            "run #1 has a check that belongs to no area of the run, in check visits.on-time of area (an unreadable id)",
            "1 row of run_check belongs to a run, area or check that is not in it"
        ),
        (
            "UPDATE run_figure SET check_id = 'visits.elsewhere'",
            "run #1 has a figure that belongs to no check of the run, in figure visits.late-share of check visits.elsewhere",
            "1 row of run_figure belongs to a run, area or check that is not in it"
        ),
        (
            "UPDATE run_case SET check_id = 'visits.elsewhere' WHERE rowid = (SELECT min(rowid) FROM run_case)",
            "run #1 has a case reference that belongs to no check of the run, in case reference 1 of check visits.elsewhere",
            "1 row of run_case belongs to a run, area or check that is not in it"
        ),
    ])
    func aRowOutsideItsRunIsReported(sql: String, words: String, checkWords: String) throws {
        try expectDamage(sql: sql, dropNotNull: nil, words: words, checkWords: checkWords)
    }

    func expectDamage(
        sql: String, dropNotNull: String?, words: String, checkWords: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let directory = try TemporaryDirectory()
        let location = try damagedStore(directory, sql, dropNotNull: dropNotNull)
        let before = try digest(location.path)
        let reader = try RunStore.openForReading(location)
        let error = try #require(throws: StoreError.self) { try reader.runs(force: "alpha") }
        guard case .damaged(let path, let damage) = error else {
            Issue.record("expected damage, got \(error)", sourceLocation: sourceLocation)
            return
        }
        #expect(path == location.path, sourceLocation: sourceLocation)
        #expect(StoreError.words(damage) == words, sourceLocation: sourceLocation)
        #expect(
            error.message
                == "the run history '\(location.path)' may be damaged: \(words); `inspector history --check` with the same store says all that is damaged. Nothing was changed.",
            sourceLocation: sourceLocation)
        #expect(throws: error, sourceLocation: sourceLocation) { try reader.run(.id(1)) }
        let check = try RunStore.check(location)
        #expect(!check.isSound, sourceLocation: sourceLocation)
        #expect(
            check.damage.map(StoreError.words).contains(checkWords), "\(check.damage.map(StoreError.words))", sourceLocation: sourceLocation
        )
        #expect(try digest(location.path) == before, "reading and checking never write", sourceLocation: sourceLocation)
    }

    @Test func aSoundStoreChecksSoundAndAnIDShapedValueIsShownWhereItIs() throws {
        let directory = try TemporaryDirectory()
        let location = directory.location()
        _ = try RunStore.openForSaving(location).save(try alphaRecord(try ProjectCopy()))
        let check = try RunStore.check(location)
        #expect(check.isSound && check.version == StoreSchema.current && check.runs == 1 && check.valuesNotListed == 0)
        #expect(check.values > 100)
        #expect(
            ValueDamage(
                run: nil, table: "run_area", column: "grade", place: .area("response"), problem: .wrongKind(found: .blob, expected: .text)
            )
            .description
                == "a row whose run id cannot be read has a computed grade that is not text (it holds a blob of bytes), in area response")
    }

    /// A store damaged throughout lists a readable number of values, and counts the rest.
    @Test func aStoreDamagedThroughoutListsAtMostTheLimit() throws {
        let directory = try TemporaryDirectory()
        let location = directory.location()
        let store = try RunStore.openForSaving(location)
        let record = try alphaRecord(try ProjectCopy())
        for _ in 0..<40 { _ = try store.save(record) }
        try damage(
            location.path,
            "UPDATE run_case SET case_ref = X'00'; UPDATE run_check SET statement = X'01'; UPDATE run_parameter SET value = X'02'")
        let check = try RunStore.check(location)
        let values = check.damage.filter { if case .value = $0 { return true } else { return false } }
        #expect(values.count == StoreCheck.valueLimit)
        #expect(check.valuesNotListed > 0)
    }

    @Test(arguments: [
        ("ALTER TABLE run_figure DROP COLUMN label", StoreDamage.missingColumn(table: "run_figure", column: "label")),
        ("DROP TABLE run_case", .missingTable("run_case")),
        ("ALTER TABLE run ADD COLUMN notes TEXT", .unexpectedColumn(table: "run", column: "notes")),
    ])
    func aStoreWhoseTablesAreNotAsMadeIsRefusedBeforeAnythingChanges(sql: String, expected: StoreDamage) throws {
        let directory = try TemporaryDirectory()
        let location = try damagedStore(directory, sql)
        let before = try digest(location.path)
        #expect(throws: StoreError.damaged(path: location.path, expected)) { try RunStore.openForReading(location) }
        #expect(throws: StoreError.damaged(path: location.path, expected)) { try RunStore.openForSaving(location) }
        #expect(try RunStore.check(location).damage.contains(expected))
        #expect(try digest(location.path) == before)
    }

    @Test func aChangedDefinitionAndAnAddedIndexAreFoundByTheCheck() throws {
        let directory = try TemporaryDirectory()
        let location = try damagedStore(directory, "CREATE INDEX mine ON run_case (case_ref)", dropNotNull: "run_grade")
        let check = try RunStore.check(location)
        #expect(check.damage == [.changedDefinition("run_grade"), .unexpected(kind: "index", name: "mine")])
        #expect(
            check.damage.map(StoreError.words) == [
                "the definition of run_grade is not the one the inspector makes (its constraints differ)",
                "it has an index mine, which the inspector does not make",
            ])
        #expect(try RunStore.openForReading(location).runs().count == 1, "only what stops reading stops it")
    }

    @Test func aRowWhoseRunIsGoneIsFoundByTheCheck() throws {
        let directory = try TemporaryDirectory()
        let location = try damagedStore(directory, "PRAGMA foreign_keys = OFF; DELETE FROM run_area WHERE area_id = 'response'")
        let check = try RunStore.check(location)
        #expect(check.damage.contains(.orphanRows(table: "run_check", count: 2)))
        #expect(
            StoreError.words(.orphanRows(table: "run_check", count: 2))
                == "2 rows of run_check belong to a run, area or check that is not in it")
    }

    @Test func aFileDamagedOnDiskIsReportedAsDamaged() throws {
        let directory = try TemporaryDirectory()
        let location = directory.location()
        do {
            let store = try RunStore.openForSaving(location)
            for _ in 0..<5 { _ = try store.save(try alphaRecord(try ProjectCopy())) }
        }
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: location.path))
        try handle.seek(toOffset: 4096 * 3)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 4096 * 2))
        try handle.close()
        let found = try RunStore.check(location)
        #expect(!found.isSound)
        guard case .integrity(let lines)? = found.damage.first else {
            Issue.record("expected SQLite's integrity check first: \(found.damage)")
            return
        }
        #expect(!lines.isEmpty)
    }
}

extension ValueDamage {
    var description: String { StoreError.words(self) }
}
