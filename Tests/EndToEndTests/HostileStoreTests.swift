import Foundation
import GRDB
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The hostile corpus of the run history: real SQLite stores saved by the binary, then damaged
/// with SQL or on disk, refused, or put in the way of a report, each run by the built binary in
/// a hostile-corpus sandbox with its expected exit status and exact first line of standard
/// error. Every case also holds to: no signal and no timeout, no personal value or outside
/// text in either output, the store's bytes as they were (reading, checking and refusing never
/// write), and nothing under the project root changed.
@Suite("Hostile stores")
struct HostileStoreTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// Run on the store (CHECK constraints ignored, foreign keys off) before the command.
        var sql = ""
        /// A table whose NOT NULL constraints are dropped first, so that NULL can be put in.
        var dropNotNull: String?
        /// File changes before the command, given the paths.
        var setup: @Sendable (Paths) throws -> Void = { _ in }
        /// `<store>`, `<dir>` (the sandbox, above the root) and `<root>` are filled in;
        /// `--root <root>` is added.
        var command: [String]
        var exit: Int32
        var stderr: String
        /// A line standard output must hold.
        var stdoutLine: String?
        var testDescription: String { name }
    }

    struct Paths: Sendable {
        let directory: String
        let root: String
        let store: String

        func fill(_ text: String) -> String {
            text.replacingOccurrences(of: "<store>", with: store).replacingOccurrences(of: "<root>", with: root)
                .replacingOccurrences(of: "<dir>", with: directory)
        }
    }

    /// The store every case starts from: run #1 of the corpus force, then run #2 a what-if,
    /// saved by the binary.
    static let baseStore: Result<Data, any Error> = Result {
        let sandbox = try HostileCorpus.Sandbox()
        defer { sandbox.remove() }
        let store = "\(sandbox.directory)/history.sqlite"
        for (now, extra) in [("2025-09-01T09:00:00Z", [String]()), ("2025-10-01T09:00:00Z", ["--set", "missing.risk-policy=all-high"])] {
            let saved = try inspector(
                ["inspect", "corpus", "--save", "--store", store, "--root", sandbox.root] + extra, environment: ["INSPECTOR_NOW": now])
            guard saved.status == 0 else { throw CaseFile.Failure("the base store could not be saved: \(saved.stderr)") }
        }
        return try Data(contentsOf: URL(fileURLWithPath: store))
    }

    static func damage(_ path: String, _ sql: String, dropNotNull table: String?) throws {
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
        guard !sql.isEmpty else { return }
        let again = try DatabaseQueue(path: path, configuration: configuration)
        try again.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: sql)
        }
        try again.close()
    }

    static let damaged = "`inspector history --check` with the same store says all that is damaged. Nothing was changed."

    static let cases: [Case] = [
        // Values that are not what their column holds: each trapped in GRDB before.
        Case(
            name: "text-in-a-figure", sql: "UPDATE run_figure SET value = 'abc' WHERE rowid = (SELECT min(rowid) FROM run_figure)",
            command: ["history", "corpus", "--store", "<store>"], exit: 3,
            stderr:
                "error: the run history '<store>' may be damaged: run #1 has a figure that is not a number (it holds text), in figure leadership.posts-filled-share of check leadership.capacity; \(damaged)"
        ),
        Case(
            name: "text-in-a-figure-checked", sql: "UPDATE run_figure SET value = 'abc' WHERE rowid = (SELECT min(rowid) FROM run_figure)",
            command: ["history", "--check", "--store", "<store>"], exit: 3,
            stderr: "error: the run history '<store>' is damaged: 1 problem, listed on standard output",
            stdoutLine:
                "  - run #1 has a figure that is not a number (it holds text), in figure leadership.posts-filled-share of check leadership.capacity"
        ),
        Case(
            name: "blob-force-name", sql: "UPDATE run SET force_name = X'FFFE' WHERE id = 1",
            command: ["diff", "1", "2", "--store", "<store>"], exit: 3,
            stderr:
                "error: the run history '<store>' may be damaged: run #1 has a force name that is not text (it holds a blob of bytes); \(damaged)"
        ),
        Case(
            name: "text-score-follow-up", sql: "UPDATE run_check SET score = 'high' WHERE check_id = 'assessing.information-sharing'",
            command: ["follow-up", "corpus", "--store", "<store>"], exit: 3,
            stderr:
                "error: the run history '<store>' may be damaged: run #1 has a score that is not a whole number (it holds text), in check assessing.information-sharing of area assessing; \(damaged)"
        ),
        Case(
            name: "text-score-baseline", sql: "UPDATE run_check SET score = 'high' WHERE check_id = 'assessing.information-sharing'",
            command: ["inspect", "corpus", "--baseline", "latest", "--store", "<store>"], exit: 3,
            stderr:
                "error: the run history '<store>' may be damaged: run #2 has a score that is not a whole number (it holds text), in check assessing.information-sharing of area assessing; \(damaged)"
        ),
        Case(
            name: "null-grade-label-json", sql: "UPDATE run_grade SET label = NULL WHERE position = 0", dropNotNull: "run_grade",
            command: ["history", "corpus", "--format", "json", "--store", "<store>"], exit: 3,
            stderr: "error: the run history '<store>' may be damaged: run #1 has no grade label, in grade 1 of its scale; \(damaged)"),
        Case(
            name: "a-time-that-is-not-a-time", sql: "UPDATE run SET saved_at = 'next Tuesday' WHERE id = 1",
            command: ["history", "corpus", "--store", "<store>"], exit: 3,
            stderr:
                "error: the run history '<store>' may be damaged: run #1 has a saved time that is not a time (YYYY-MM-DDTHH:MM:SSZ); \(damaged)"
        ),
        Case(
            name: "an-infinite-area-score", sql: "UPDATE run_area SET percent = 1e999 WHERE area_id = 'leadership'",
            command: ["history", "corpus", "--format", "html", "--store", "<store>"], exit: 3,
            stderr:
                "error: the run history '<store>' may be damaged: run #1 has an area score outside 0 to 100, in area leadership; \(damaged)"
        ),
        Case(
            name: "an-unknown-outcome",
            sql: "UPDATE run_check SET outcome = 'brilliant' WHERE run_id = 2 AND check_id = 'leadership.capacity'",
            command: ["diff", "previous", "latest", "--store", "<store>"], exit: 3,
            stderr:
                "error: the run history '<store>' may be damaged: run #2 has an outcome that is not one the inspector writes (met, partly-met, not-met, not-applicable, could-not-evaluate), in check leadership.capacity of area leadership; \(damaged)"
        ),
        Case(
            name: "a-name-in-a-key-is-not-quoted",
            sql: "UPDATE run_check SET area_id = 'Zebedee Canaryson' WHERE run_id = 1 AND check_id = 'leadership.capacity'",
            command: ["history", "corpus", "--store", "<store>"], exit: 3,
            stderr:
                "error: the run history '<store>' may be damaged: run #1 has a check that belongs to no area of the run, in check leadership.capacity of area (an unreadable id); \(damaged)"
        ),
        Case(
            name: "a-case-reference-as-bytes",
            sql: "UPDATE run_case SET case_ref = X'00FF' WHERE rowid = (SELECT min(rowid) FROM run_case)",
            command: ["diff", "1", "2", "--store", "<store>"], exit: 3,
            stderr:
                "error: the run history '<store>' may be damaged: run #1 has a case reference that is not text (it holds a blob of bytes), in case reference 1 of check missing.risk-grading; \(damaged)"
        ),
        Case(
            name: "a-column-gone", sql: "ALTER TABLE run_figure DROP COLUMN label", command: ["history", "corpus", "--store", "<store>"],
            exit: 3,
            stderr: "error: the run history '<store>' may be damaged: its table run_figure has no column label; \(damaged)"),
        Case(
            name: "pages-overwritten",
            setup: { paths in
                let handle = try FileHandle(forUpdating: URL(fileURLWithPath: paths.store))
                try handle.seek(toOffset: 4096 * 3)
                try handle.write(contentsOf: Data(repeating: 0xA5, count: 4096 * 2))
                try handle.close()
            }, command: ["history", "--check", "--store", "<store>"], exit: 3,
            stderr: "error: the run history '<store>' is damaged: 1 problem, listed on standard output",
            stdoutLine: "  - SQLite's integrity check found a problem: database disk image is malformed"),

        // Refused before anything in the store changes (it was switched to WAL).
        Case(
            name: "a-newer-store", sql: "PRAGMA user_version = 4; PRAGMA journal_mode = DELETE",
            command: ["inspect", "corpus", "--save", "--store", "<store>"], exit: 3,
            stderr:
                "error: the run history '<store>' has schema 4, newer than this inspector reads (schema 3): it was written by a newer inspector; use that one, or name another store with --store. Nothing was changed."
        ),
        Case(
            name: "a-newer-store-refused-before-the-report", sql: "PRAGMA user_version = 4",
            command: ["inspect", "corpus", "--save", "--store", "<store>", "--report", "markdown:<root>/out/corpus.md"], exit: 3,
            stderr:
                "error: the run history '<store>' has schema 4, newer than this inspector reads (schema 3): it was written by a newer inspector; use that one, or name another store with --store. Nothing was changed."
        ),
        Case(
            name: "someone-elses-database",
            setup: { paths in
                try FileManager.default.removeItem(atPath: paths.store)
                let queue = try DatabaseQueue(path: paths.store)
                try queue.writeWithoutTransaction {
                    try $0.execute(sql: "CREATE TABLE patients (id INTEGER); INSERT INTO patients VALUES (1)")
                }
                try queue.close()
            }, command: ["compare", "corpus", "--save", "--store", "<store>"], exit: 3,
            stderr:
                "error: '<store>' is not an inspector run history: it holds tables this inspector did not make (patients); name another file with --store. Nothing was changed."
        ),
        Case(
            name: "another-programs-application-id", sql: "PRAGMA application_id = 1145324612",
            command: ["inspect", "corpus", "--save", "--store", "<store>"], exit: 3,
            stderr:
                "error: '<store>' is not an inspector run history: it belongs to another program (its SQLite application id is 1145324612); name another file with --store. Nothing was changed."
        ),
        Case(
            name: "a-fifo-where-the-copy-goes", sql: Self.toSchema1,
            setup: { paths in
                guard mkfifo(paths.store + ".schema-1.bak", 0o644) == 0 else { throw CaseFile.Failure("mkfifo failed") }
            }, command: ["inspect", "corpus", "--save", "--store", "<store>"], exit: 3,
            stderr:
                "error: cannot keep a copy of the run history '<store>' before migrating it: '<store>.schema-1.bak' is a FIFO (named pipe), not a file; move it away and save again. Nothing was changed."
        ),
        Case(
            name: "a-link-where-the-copy-goes", sql: Self.toSchema1,
            setup: { paths in
                try FileManager.default.createSymbolicLink(
                    atPath: paths.store + ".schema-1.bak", withDestinationPath: paths.directory + "/outside/copied.sqlite")
            }, command: ["compare", "corpus", "--save", "--store", "<store>", "--report", "csv:<root>/out/forces.csv"], exit: 3,
            stderr:
                "error: cannot keep a copy of the run history '<store>' before migrating it: '<store>.schema-1.bak' is a symbolic link, not a file; move it away and save again. Nothing was changed."
        ),
        Case(
            name: "every-run-id-used", sql: "UPDATE sqlite_sequence SET seq = 9223372036854775807 WHERE name = 'run'",
            command: ["inspect", "corpus", "--save", "--store", "<store>"], exit: 3,
            stderr:
                "error: the run history '<store>' has used every run id up to 9223372036854775807, the largest SQLite allows, so no run can be saved in it; save to a new store with --store. Nothing was changed."
        ),
        Case(
            name: "a-text-file", setup: { paths in try Data("Dear diary,\n".utf8).write(to: URL(fileURLWithPath: paths.store)) },
            command: ["inspect", "corpus", "--save", "--store", "<store>"], exit: 3,
            stderr:
                "error: '<store>' is not an inspector run history: the file is not an SQLite database; name another file with --store. Nothing was changed."
        ),

        // Reports, rejects and generated sets in the way of the history or of the run's own files.
        Case(
            name: "report-over-the-store", command: ["inspect", "corpus", "--save", "--store", "<store>", "--report", "html:<store>"],
            exit: 3,
            stderr:
                "error: cannot write '<store>': it is the run history, and writing over it would lose every run saved in it; name another file. Nothing was written."
        ),
        Case(
            name: "report-over-the-wal", command: ["inspect", "corpus", "--store", "<store>", "--report", "markdown:<store>-wal"], exit: 3,
            stderr:
                "error: cannot write '<store>-wal': it is a file SQLite keeps beside the run history '<store>', and writing over it would damage the history; name another file. Nothing was written."
        ),
        Case(
            name: "history-report-over-the-store-by-another-path",
            command: ["history", "corpus", "--store", "<store>", "--report", "html:<dir>/outside/../history.sqlite"], exit: 3,
            stderr:
                "error: cannot write '<dir>/outside/../history.sqlite': it is the run history ('<store>'), and writing over it would lose every run saved in it; name another file. Nothing was written."
        ),
        Case(
            name: "report-over-a-hard-link-to-the-store",
            setup: { paths in
                guard link(paths.store, paths.directory + "/outside/also.sqlite") == 0 else { throw CaseFile.Failure("link failed") }
            }, command: ["compare", "corpus", "--store", "<store>", "--report", "csv:<dir>/outside/also.sqlite"], exit: 3,
            stderr:
                "error: cannot write '<dir>/outside/also.sqlite': it is the run history ('<store>'), and writing over it would lose every run saved in it; name another file. Nothing was written."
        ),
        Case(
            name: "report-over-the-force-file", command: ["inspect", "corpus", "--report", "markdown:<root>/Forces/corpus/force.yaml"],
            exit: 3,
            stderr:
                "error: cannot write '<root>/Forces/corpus/force.yaml': the run reads it, and writing over it would replace the project's own file; name another file. Nothing was written."
        ),
        Case(
            name: "report-over-evidence-through-a-link",
            setup: { paths in
                try FileManager.default.createSymbolicLink(
                    atPath: paths.directory + "/evidence", withDestinationPath: paths.root + "/Forces/corpus/evidence")
            }, command: ["inspect", "corpus", "--report", "json:<dir>/evidence/abuse-reports.yaml"], exit: 3,
            stderr:
                "error: cannot write '<dir>/evidence/abuse-reports.yaml': it is a file the run reads ('<root>/Forces/corpus/evidence/abuse-reports.yaml'), and writing over it would replace the project's own file; name another file. Nothing was written."
        ),
        Case(
            name: "report-over-a-framework", command: ["compare", "--all", "--report", "json:<root>/Frameworks/ncpi-2024.yaml"], exit: 3,
            stderr:
                "error: cannot write '<root>/Frameworks/ncpi-2024.yaml': the run reads it, and writing over it would replace the project's own file; name another file. Nothing was written."
        ),
        Case(
            name: "rejects-over-the-store",
            setup: { paths in
                let inspection = paths.root + "/Forces/corpus/inspections/2025-ncpi.yaml"
                try String(contentsOfFile: inspection, encoding: .utf8).replacingOccurrences(of: "max_rejected: 0", with: "max_rejected: 5")
                    .write(toFile: inspection, atomically: true, encoding: .utf8)
                let export = paths.root + "/Forces/corpus/evidence/exports/missing-episodes.csv"
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: export))
                try handle.seekToEnd()
                try handle.write(contentsOf: Data("CRP-MIS-09,31/02/2024 18:40,CSE,M,01/03/2024 00:40,SYNTHETIC,Synthetic\n".utf8))
                try handle.close()
                try FileManager.default.copyItem(atPath: paths.store, toPath: paths.directory + "/corpus-missing_episodes.csv")
            }, command: ["inspect", "corpus", "--save", "--store", "<dir>/corpus-missing_episodes.csv", "--rejects", "<dir>"], exit: 3,
            stderr:
                "error: cannot write '<dir>/corpus-missing_episodes.csv': it is the run history, and writing over it would lose every run saved in it; name another file. Nothing was written."
        ),
        Case(
            name: "generate-over-the-wal",
            setup: { paths in
                try FileManager.default.createDirectory(atPath: paths.root + "/.inspector", withIntermediateDirectories: true)
            }, command: ["generate", "national", "--forces", "1", "--episodes", "10", "--out", "<root>/.inspector/history.sqlite-wal"],
            exit: 3,
            stderr:
                "error: cannot write '<root>/.inspector/history.sqlite-wal': it is a file SQLite keeps beside the run history '<root>/.inspector/history.sqlite', and writing over it would damage the history; name another file. Nothing was written."
        ),
    ]

    /// Schema 2 taken back to schema 1, as an inspector of that schema left it.
    static let toSchema1 =
        "ALTER TABLE run_check DROP COLUMN theme; DROP TABLE run_finding; PRAGMA user_version = 1; PRAGMA application_id = 0"

    @Test("A case", arguments: cases)
    func hostileStore(_ storeCase: Case) throws {
        let base = try Self.baseStore.get()
        let sandbox = try HostileCorpus.Sandbox()
        defer { sandbox.remove() }
        let paths = Paths(directory: sandbox.directory, root: sandbox.root, store: "\(sandbox.directory)/history.sqlite")
        try base.write(to: URL(fileURLWithPath: paths.store))
        try Self.damage(paths.store, storeCase.sql, dropNotNull: storeCase.dropNotNull)
        try storeCase.setup(paths)
        let storeBefore = try Data(contentsOf: URL(fileURLWithPath: paths.store))
        let rootBefore = try HostileCorpus.snapshot(sandbox.root)
        let outsideBefore = try HostileCorpus.snapshot(sandbox.outside)

        let run = try HostileCorpus.run(storeCase.command.map(paths.fill) + ["--root", sandbox.root], in: sandbox.root)
        let context = "\(storeCase.name): status \(run.status)\(run.signalled ? " (signal)" : ""); stderr:\n\(run.stderr)"
        #expect(!run.timedOut, "timed out\n\(context)")
        #expect(!run.signalled, "killed by a signal\n\(context)")
        #expect(run.status == storeCase.exit, "exit status\n\(context)")
        #expect(
            run.stderrFirstLine == paths.fill(storeCase.stderr),
            "first line of standard error\n  expected: \(paths.fill(storeCase.stderr))\n  actual:   \(run.stderrFirstLine)")
        if let line = storeCase.stdoutLine {
            #expect(
                run.stdout.split(separator: "\n").contains { $0 == paths.fill(line) },
                "standard output lacks: \(paths.fill(line))\n\(run.stdout)")
        }
        for probe in HostileCorpus.neverShown {
            #expect(!run.stdout.contains(probe) && !run.stderr.contains(probe), "'\(probe)' appeared in the output\n\(context)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: paths.store)) == storeBefore, "the store's bytes changed\n\(context)")
        #expect(try HostileCorpus.snapshot(sandbox.root) == rootBefore, "something under the root changed\n\(context)")
        #expect(try HostileCorpus.snapshot(sandbox.outside) == outsideBefore, "something outside the root changed\n\(context)")
    }

    /// `--store 'file:x.sqlite'` is the file of that name, not an SQLite URI for `x.sqlite`;
    /// `--store A` (one character) is a file too (Foundation trapped on its directory).
    @Test(arguments: ["file:x.sqlite?mode=memory", "A"])
    func aStoreIsOpenedByItsPathOnly(name: String) throws {
        let sandbox = try HostileCorpus.Sandbox()
        defer { sandbox.remove() }
        let save = try inspector(["inspect", "corpus", "--save", "--store", name, "--root", sandbox.root], in: sandbox.directory)
        #expect(save.status == 0, "\(save.stderr)")
        #expect(save.stderr == "saved run #1 of corpus to \(name)\n")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: sandbox.directory).filter { !$0.hasPrefix(name + "-") }.sorted()
                == [name, "outside", "root"].sorted())
        let history = try inspector(["history", "corpus", "--store", name, "--root", sandbox.root], in: sandbox.directory)
        #expect(history.status == 0, "\(history.stderr)")
        #expect(history.stdout.contains("\n1 run saved, newest first (times in UTC).\n"))
    }

    /// Reading needs no write access: a store in a directory the user cannot write to is read by
    /// `history`, `diff`, `follow-up` and `history --check`, and left as it is (no -wal or -shm
    /// appears). As root, whom permissions do not stop, the commands run as `nobody` through
    /// util-linux's `setpriv`.
    @Test func aStoreInADirectoryTheUserCannotWriteIsRead() throws {
        let sandbox = try HostileCorpus.Sandbox()
        let directory = sandbox.directory + "/readonly"
        let store = sandbox.directory + "/readonly/history.sqlite"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        try Self.baseStore.get().write(to: URL(fileURLWithPath: store))
        #expect(chmod(directory, 0o555) == 0)
        defer {
            chmod(directory, 0o755)
            sandbox.remove()
        }
        var prefix: [String] = []
        if getuid() == 0 {
            let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }
            guard let setpriv else {
                Issue.record(
                    "running as root, and setpriv (util-linux) is not installed to run the binary as nobody: the read-only directory cannot be tested"
                )
                return
            }
            prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", inspectorBinary]
        }
        func run(_ arguments: [String]) throws -> Run {
            prefix.isEmpty
                ? try inspector(arguments + ["--root", sandbox.root])
                : try inspector(Array(prefix.dropFirst()) + arguments + ["--root", sandbox.root], executable: prefix[0])
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        let history = try run(["history", "corpus", "--store", store])
        #expect(history.status == 0, "\(history.stderr)")
        #expect(history.stdout.hasPrefix("Run history of Corpus Constabulary\n2 runs saved"))
        let diff = try run(["diff", "1", "2", "--store", store])
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdout.contains("What-if values differ: none in #1, missing.risk-policy=all-high in #2."))
        #expect(try run(["follow-up", "corpus", "--store", store, "--as-of", "2025-10-20"]).status == 0)
        let check = try run(["history", "--check", "--store", store])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(
            check.stdout.hasSuffix(
                "No damage found: SQLite's integrity check passed, the tables are as the inspector makes them, and every value is readable.\n"
            ))
        let save = try run(["inspect", "corpus", "--save", "--store", store])
        #expect(save.status == 4)
        #expect(save.stderr == "error: the run history '\(store)' could not be used: it is read-only\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["history.sqlite"])
    }

    /// Each failure of issue 21's run history has a case here.
    @Test func theCorpusCoversTheIssue() {
        let names = Set(Self.cases.map(\.name))
        #expect(names.count == Self.cases.count)
        for name in [
            "text-in-a-figure", "blob-force-name", "text-score-follow-up", "text-score-baseline", "null-grade-label-json",
            "a-time-that-is-not-a-time", "a-newer-store", "someone-elses-database", "a-fifo-where-the-copy-goes",
            "report-over-the-store", "every-run-id-used", "a-link-where-the-copy-goes", "generate-over-the-wal", "rejects-over-the-store",
        ] {
            #expect(names.contains(name), "\(name)")
        }
    }
}
