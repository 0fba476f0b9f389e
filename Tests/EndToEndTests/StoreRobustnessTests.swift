import Foundation
import InspectionStore
import Testing

/// The run history under stress: saves from several processes at once all land, and a save
/// killed at any moment leaves the store as it was. Each save pauses between its statements
/// (INSPECTOR_TEST_SAVE_PAUSE_MS, a test hook) so that saves overlap and kills land inside the
/// write transaction.
@Suite("The run history under concurrent saves and kills", .serialized)
struct StoreRobustnessTests {
    /// Starts a saving run of Northamptonshire, its standard error going to a file.
    static func startSave(_ store: TemporaryStore, pauseMilliseconds: Int, log: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: inspectorBinary)
        process.arguments = ["inspect", "northamptonshire", "--save"]
        process.currentDirectoryURL = URL(fileURLWithPath: repositoryRoot)
        var environment = ProcessInfo.processInfo.environment
        environment["INSPECTOR_STORE"] = store.path
        environment["INSPECTOR_TEST_SAVE_PAUSE_MS"] = String(pauseMilliseconds)
        process.environment = environment
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Every run in the store is whole: as many areas, checks, figures and cases as a run
    /// that was saved without interruption.
    static func expectWholeRuns(_ store: TemporaryStore, count: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let reader = try RunStore.openForReading(StoreLocation(path: store.path, isDefault: false))
        #expect(try reader.integrityCheck() == ["ok"], sourceLocation: sourceLocation)
        let runs = try reader.runs()
        if let count { #expect(runs.count == count, sourceLocation: sourceLocation) }
        guard let reference = runs.first else { return }
        for run in runs {
            var same = run
            same.id = reference.id
            same.savedAt = reference.savedAt
            #expect(same == reference, "run \(run.label) is not whole", sourceLocation: sourceLocation)
        }
    }

    @Test func savesFromFourProcessesAtOnceAllLand() throws {
        let store = try TemporaryStore()
        let started = Date()
        let logs = (0..<4).map { "\(store.directory)/save-\($0).log" }
        let processes = try logs.map { try Self.startSave(store, pauseMilliseconds: 2, log: $0) }
        for process in processes { process.waitUntilExit() }
        let elapsed = Date().timeIntervalSince(started)
        for (process, log) in zip(processes, logs) {
            let errors = try String(contentsOfFile: log, encoding: .utf8)
            #expect(process.terminationStatus == 0, "\(errors)")
            #expect(errors.contains("saved run #"))
        }
        try Self.expectWholeRuns(store, count: 4)
        print("concurrent saves: 4 processes, 4 runs saved, integrity ok, \(String(format: "%.2f", elapsed)) s")
    }

    @Test func aSaveKilledAtAnyMomentLeavesOnlyWholeRuns() throws {
        let store = try TemporaryStore()
        // One ordinary save first, so that every kill below finds a store to damage.
        #expect(try inspector(["inspect", "northamptonshire", "--save"], environment: ["INSPECTOR_STORE": store.path]).status == 0)
        var generator = SystemRandomNumberGenerator()
        var killed = 0
        var duringSave = 0
        var completed = 0
        for round in 0..<20 {
            let log = "\(store.directory)/kill-\(round).log"
            let process = try Self.startSave(store, pauseMilliseconds: 3, log: log)
            Thread.sleep(forTimeInterval: Double.random(in: 0.05...0.6, using: &generator))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
            }
            process.waitUntilExit()
            let errors = try String(contentsOfFile: log, encoding: .utf8)
            if process.terminationReason == .uncaughtSignal {
                killed += 1
                if errors.contains("note: INSPECTOR_TEST_SAVE_PAUSE_MS") && !errors.contains("saved run #") { duringSave += 1 }
            } else {
                #expect(process.terminationStatus == 0, "\(errors)")
                completed += 1
            }
        }
        try Self.expectWholeRuns(store)
        let runs = try RunStore.openForReading(StoreLocation(path: store.path, isDefault: false)).runs().count
        #expect(runs >= 1 + completed && runs <= 21)
        #expect(
            try inspector(["inspect", "northamptonshire", "--save"], environment: ["INSPECTOR_STORE": store.path]).status == 0,
            "the store still takes saves")
        try Self.expectWholeRuns(store, count: runs + 1)
        print(
            "kill test: 20 rounds, \(killed) killed (\(duringSave) of them during the save), \(completed) completed; \(runs) runs in the store, all whole; integrity ok"
        )
    }
}
