import ArgumentParser
import Foundation
import InspectionHistory
import InspectionKit
import InspectionStore

/// `--store PATH`: where the run history is (default `.inspector/history.sqlite` under the
/// project root, or `INSPECTOR_STORE`).
struct StoreOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The run history (default: .inspector/history.sqlite under the project root, or $INSPECTOR_STORE).", valueName: "path"))
    var store: String?

    func location(root: String) -> StoreLocation {
        StoreLocation.resolve(option: store, environment: ProcessInfo.processInfo.environment, root: root)
    }
}

/// The store as commands use it: opened, with its migration said on standard error, its
/// errors turned into command failures.
enum HistoryStore {
    /// Opens the store to save; says so when an older schema was migrated.
    static func forSaving(_ location: StoreLocation) throws -> RunStore {
        let pause = ProcessInfo.processInfo.environment["INSPECTOR_TEST_SAVE_PAUSE_MS"].flatMap(Int.init).map {
            RunStore.SavePause(perStatement: .milliseconds($0))
        }
        if let pause {
            // Said first, so that a test killing the process can tell a kill during the save.
            Terminal.standardError.write(
                "note: INSPECTOR_TEST_SAVE_PAUSE_MS is set: saving with a pause of \(pause.perStatement) between statements (a test hook)\n"
            )
        }
        let store = try failure { () throws(StoreError) in try RunStore.openForSaving(location, pause: pause) }
        if let migration = store.migration {
            Terminal.standardError.write(
                "note: migrated the run history '\(location.path)' from schema \(migration.from) to \(migration.to)"
                    + (migration.backup.map { "; the file as it was is kept at '\($0)'" } ?? "") + "\n")
        }
        return store
    }

    /// Refuses a store that saving would refuse, before the command writes anything else.
    static func checkSavable(_ location: StoreLocation) throws {
        _ = try failure { () throws(StoreError) in try RunStore.identifyForSaving(location) }
    }

    /// Opens the store to read, never writing to it; says so when an older schema is read
    /// through a migrated copy.
    static func forReading(_ location: StoreLocation) throws -> RunStore {
        let store = try failure { () throws(StoreError) in try RunStore.openForReading(location) }
        if let migration = store.migration {
            Terminal.standardError.write(
                "note: the run history '\(location.path)' has schema \(migration.from); it is read through a copy migrated to schema \(migration.to) in memory, and left as it is (the next --save migrates it)\n"
            )
        }
        return store
    }

    /// Saves a run and says where.
    @discardableResult
    static func save(_ record: RunRecord, to store: RunStore) throws -> Int64 {
        let id = try failure { () throws(StoreError) in try store.save(record) }
        Terminal.standardError.write("saved run #\(id) of \(record.forceID) to \(store.location.path)\n")
        return id
    }

    /// Runs a store operation, turning its error into the command failure that decides the
    /// exit code: the store or its place is invalid input (3); SQLite refusing to write (busy,
    /// full, read-only) is output that could not be written (4).
    static func failure<T>(_ body: () throws(StoreError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            switch error {
            case .internalFault(let detail): throw CommandFailure.internalFault(detail)
            case .database: throw CommandFailure.output(error.message)
            default: throw CommandFailure.usage(error.message)
            }
        }
    }
}

/// Today and now, from the clock, or from `INSPECTOR_NOW` (`YYYY-MM-DD` or
/// `YYYY-MM-DDTHH:MM:SSZ`), which tests set so that saved times and due dates are fixed.
enum Clock {
    static func now() throws -> Date {
        guard let text = ProcessInfo.processInfo.environment["INSPECTOR_NOW"], !text.isEmpty else { return Date() }
        if case .day(let day)? = PublishedDate(text) { return day }
        if text.count == 20, text.hasSuffix("Z"), case .day(let day)? = PublishedDate(String(text.prefix(10))) {
            let clock = text.dropFirst(11).dropLast().split(separator: ":").compactMap { Int($0) }
            if clock.count == 3 { return day.addingTimeInterval(TimeInterval(clock[0] * 3600 + clock[1] * 60 + clock[2])) }
        }
        throw CommandFailure.usage("INSPECTOR_NOW must be YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ, not '\(text)'")
    }
}

/// `--baseline RUN`, `diff RUN RUN`: a run named on the command line.
enum RunArgument {
    static func parse(_ text: String, option: String) throws -> RunSelector {
        guard let selector = RunSelector(text) else {
            throw CommandFailure.usage(
                "\(option) takes a run: its id (12 or #12), latest, previous, or a day (YYYY-MM-DD, the latest run saved on or before it); got '\(text)'"
            )
        }
        return selector
    }
}
