// libFuzzer entry point over the run history as the reading commands read it: put arbitrary
// values in the rows of a saved store, then run history, diff, follow-up, inspect --baseline
// and history --check on it, in this process, through the CLI's own `Inspector.run`.
//
// Built by `make fuzz-store` (fuzz/StoreFuzz, a package of its own) with every Swift module
// instrumented; `@testable` reaches `Inspector.run`, which returns the exit status instead of
// exiting. At start-up two runs (one a what-if) are saved from the
// hostile corpus's synthetic force (Tests/HostileCorpus/base, in a project root made of it and the
// repository's Frameworks/, as the corpus makes one) into a template store, and a second template
// is made with every NOT NULL dropped
// from the tables' definitions, so that NULL can be put anywhere. libFuzzer is run with
// `-close_fd_mask=3`, so the commands' output goes nowhere.
//
// An input is read byte by byte:
// - byte 0: bit 0 the template (as saved, or without NOT NULL); bits 1-2 the history format,
//   bits 3-4 the diff format and runs, bits 5-6 which of follow-up, inspect --baseline and
//   history --check also runs (none for 3: those two load the whole project, and are slow);
// - then up to 12 changes, each: an operation, a table, a column and a row (by position), then
//   the operation's bytes. Operations put NULL, an integer (small, extreme or 8 bytes), a real
//   (special or 8 bytes), text (a known word or raw bytes, which may not be UTF-8) or a blob in
//   the column; others delete the row, set the schema version or application id, or drop the
//   column. A change SQLite refuses (a primary key made equal to another) is skipped.
//
// Promises checked, beyond "no crash, no out-of-bounds access": every command ends with exit
// status 0 (ran) or 3 (the store is damaged, refused, or holds no such run), never 4 (an
// internal fault, or SQLite's error passed on as one): a damaged store is input.

import BuiltInChecks
import Foundation
import FuzzDriver
import GRDB
import InspectionKit
import InspectionStore
@testable import InspectorCLI

private struct Setup {
    /// The project root the commands run on.
    let root: String
    /// The store each input damages, and the two templates it starts from.
    let store: String
    let templates: [Data]
    let registry: CheckRegistry
    /// Rows per table in the templates, to choose a row by position.
    let rows: [String: Int]
}

nonisolated(unsafe) private var setup: Setup?

/// The repository, from this file's place (fuzz/StoreFuzz/Sources/store-fuzz/).
private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

private func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("store-fuzz: \(message)\n".utf8))
    abort()
}

/// Runs a command line as `inspector` would, returning its exit status.
private func inspector(_ arguments: [String], _ setup: Setup) -> ExitStatus {
    Inspector.$registry.withValue(setup.registry) { Inspector.run(arguments + ["--store", setup.store, "--root", setup.root]) }
}

/// The entry point: SwiftPM links `main` to `<module>_main`, so this is where the binary
/// starts, and libFuzzer's driver takes over.
@_cdecl("store_fuzz_main")
public func storeFuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { testOneInput($0!, $1) }
}

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
    var template = Array("/tmp/store-fuzz-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { fail("cannot make a temporary directory") }
    let directory = String(cString: made)
    // The project: the repository's frameworks and the hostile corpus's own force and framework.
    let root = directory + "/root", corpus = repository + "/Tests/HostileCorpus/base"
    do {
        let files = FileManager.default
        try files.createDirectory(atPath: root, withIntermediateDirectories: true)
        try files.copyItem(atPath: repository + "/Frameworks", toPath: root + "/Frameworks")
        try files.copyItem(atPath: corpus + "/Forces", toPath: root + "/Forces")
        for case let file as String in files.enumerator(atPath: corpus + "/Frameworks")! where file.hasSuffix(".yaml") {
            try files.createDirectory(atPath: ((root + "/Frameworks/" + file) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try files.copyItem(atPath: corpus + "/Frameworks/" + file, toPath: root + "/Frameworks/" + file)
        }
    } catch {
        fail("the project root could not be made: \(error)")
    }
    let registry: CheckRegistry
    do { registry = try CheckRegistry(BuiltInChecks.modules) } catch { fail("the registry is invalid: \(error)") }
    let partial = Setup(root: root, store: directory + "/template.sqlite", templates: [], registry: registry, rows: [:])
    for (now, extra) in [("2025-09-01T09:00:00Z", [String]()), ("2025-10-01T09:00:00Z", ["--set", "missing.risk-policy=all-high"])] {
        setenv("INSPECTOR_NOW", now, 1)
        guard inspector(["inspect", "corpus", "--save"] + extra, partial) == .ran else { fail("the template store could not be saved") }
    }
    setenv("INSPECTOR_NOW", "2025-10-20", 1)
    do {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: partial.store, configuration: configuration)
        var rows: [String: Int] = [:]
        try queue.read { db in
            for table in StoredColumns.tables { rows[table.name] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table.name)") ?? 0 }
        }
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = DELETE") }
        try queue.close()
        let saved = try Data(contentsOf: URL(fileURLWithPath: partial.store))
        let loose = try DatabaseQueue(path: partial.store, configuration: configuration)
        try loose.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA writable_schema = ON")
            try db.execute(sql: "UPDATE sqlite_master SET sql = replace(sql, 'NOT NULL', '') WHERE type = 'table'")
            try db.execute(sql: "PRAGMA writable_schema = OFF")
        }
        try loose.close()
        let withoutNotNull = try Data(contentsOf: URL(fileURLWithPath: partial.store))
        setup = Setup(root: root, store: directory + "/history.sqlite", templates: [saved, withoutNotNull], registry: registry, rows: rows)
    } catch {
        fail("the templates could not be made: \(error)")
    }
    return 0
}

/// The input, read a byte at a time; 0 once it is used up.
private struct Bytes {
    let data: UnsafeBufferPointer<UInt8>
    var offset = 0
    var atEnd: Bool { offset >= data.count }

    mutating func next() -> UInt8 {
        guard offset < data.count else { return 0 }
        defer { offset += 1 }
        return data[offset]
    }

    mutating func take(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in next() }
    }

    mutating func eight() -> UInt64 { take(8).reduce(0) { $0 << 8 | UInt64($1) } }
}

private let words = [
    "", " ", "met", "partly-met", "not-met", "not-applicable", "could-not-evaluate", "share", "hours", "days", "count", "dataset", "document",
    "mapping", "area-for-improvement", "cause-of-concern", "recommendation", "strength", "promising-practice", "inspect", "compare",
    "outstanding", "good", "adequate", "requires-improvement", "inadequate", "unknown", "leadership", "responding", "assessing",
    "missing.risk-grading", "missing.under-graded-share", "corpus", "northamptonshire", "2025-ncpi", "ncpi-2024", "hmicfrs-percentage@1",
    "2025-10-01T09:00:00Z", "2025-09-01T09:00:00Z", "1900-01-01T00:00:00Z", "2100-12-31T23:59:59Z", "2025-02-29T09:00:00Z",
    "2025-10-01T24:00:00Z", "2025-10-01", "published", "export", "synthetic", "NPT-MIS-01", "2025-ncpi/afi-1", "missing-children",
    "0", "-1", "1e999", "NaN", "\u{1B}[31mred", "\u{202E}", "a b c", "documents missing-episode", String(repeating: "x", count: 5000),
]
private let integers: [Int64] = [-1, 0, 1, 2, 3, 4, 5, 100, 101, Int64(Int32.max), Int64(Int32.max) + 1, Int64.max, Int64.min, Int64.max - 1]
private let reals: [Double] = [0, -0.0, 0.5, 1, 1.0000001, 2.5, 99.99, 100, 100.0001, -1, 1e12, 1e13, 1e308, .infinity, -.infinity, 4.9e-324]

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard let setup else { fail("not initialised") }
    var input = Bytes(data: UnsafeBufferPointer(start: start, count: size))
    let flags = input.next()
    for suffix in ["-wal", "-shm", "-journal", ".schema-1.bak"] { unlink(setup.store + suffix) }
    do {
        try setup.templates[Int(flags & 1)].write(to: URL(fileURLWithPath: setup.store))
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: setup.store, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            var changes = 0
            while !input.atEnd && changes < 12 {
                changes += 1
                change(db, &input, setup)
            }
        }
        try queue.close()
    } catch {
        fail("the store could not be prepared: \(error)")
    }

    let historyFormats = ["text", "json", "csv", "html"], diffFormats = ["text", "markdown", "json"]
    let runs = [["previous", "latest"], ["1", "2"], ["#2", "2025-09-30"], ["latest", "latest"]]
    var commands = [
        ["history", "corpus", "--format", historyFormats[Int(flags >> 1 & 3)]],
        ["diff"] + runs[Int(flags >> 3 & 3)] + ["--format", diffFormats[Int(flags >> 3 & 3) % 3]],
    ]
    switch flags >> 5 & 3 {
    case 0: commands.append(["follow-up", "corpus", "--format", diffFormats[Int(flags >> 1 & 3) % 3]])
    case 1: commands.append(["inspect", "corpus", "--baseline", "latest", "--format", ["text", "json", "markdown", "html"][Int(flags >> 3 & 3)]])
    case 2: commands.append(["history", "--check"])
    default: break
    }
    for command in commands {
        let status = inspector(command, setup)
        guard status == .ran || status == .invalidInput else { fail("`inspector \(command.joined(separator: " "))` ended with \(status.rawValue)") }
    }
    return 0
}

/// One change to the store, as the input's next bytes say.
private func change(_ db: Database, _ input: inout Bytes, _ setup: Setup) {
    let operation = input.next() % 24
    let table = StoredColumns.tables[Int(input.next()) % StoredColumns.tables.count]
    let column = table.columns[Int(input.next()) % table.columns.count].name
    let offset = Int(input.next()) % max(setup.rows[table.name] ?? 1, 1)
    let row = "rowid = (SELECT rowid FROM \(table.name) ORDER BY rowid LIMIT 1 OFFSET \(offset))"
    let update = "UPDATE \(table.name) SET \(column) = ? WHERE \(row)"
    func run(_ sql: String, _ arguments: StatementArguments = []) { _ = try? db.execute(sql: sql, arguments: arguments) }
    switch operation {
    case 0, 1: run(update, [DatabaseValue.null])
    case 2, 3: run(update, [integers[Int(input.next()) % integers.count]])
    case 4: run(update, [Int64(bitPattern: input.eight())])
    case 5, 6: run(update, [reals[Int(input.next()) % reals.count]])
    case 7: run(update, [Double(bitPattern: input.eight())])
    case 8, 9, 10, 11: run(update, [words[Int(input.next()) % words.count]])
    case 12, 13: run("UPDATE \(table.name) SET \(column) = CAST(? AS TEXT) WHERE \(row)", [Data(input.take(Int(input.next() % 24)))])
    case 14: run(update, [Data(input.take(Int(input.next() % 24)))])
    case 15: run("UPDATE \(table.name) SET \(column) = \(column) || ? WHERE \(row)", [words[Int(input.next()) % words.count]])
    case 16: run("DELETE FROM \(table.name) WHERE \(row)")
    case 17: run("UPDATE \(table.name) SET \(column) = (SELECT \(column) FROM \(table.name) ORDER BY rowid LIMIT 1 OFFSET \(Int(input.next()) % max(setup.rows[table.name] ?? 1, 1))) WHERE \(row)")
    case 18: run("PRAGMA user_version = \(Int(Int8(bitPattern: input.next())))")
    case 19: run("PRAGMA application_id = \([0, 1, 42, Int(StoreSchema.applicationID), -1][Int(input.next()) % 5])")
    case 20: run("ALTER TABLE \(table.name) DROP COLUMN \(column)")
    case 21: run("UPDATE sqlite_sequence SET seq = ? WHERE name = 'run'", [integers[Int(input.next()) % integers.count]])
    case 22: run("UPDATE \(table.name) SET \(column) = ? WHERE \(row)", [String(decoding: input.take(Int(input.next() % 40)), as: UTF8.self)])
    default: run("INSERT INTO \(table.name) SELECT * FROM \(table.name) WHERE \(row)")
    }
}
