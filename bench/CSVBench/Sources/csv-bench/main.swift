// Throughput of the CSV reader on a synthetic export like the forces' (one file, ~200 MB).
//
// Usage: csv-bench [--rows N] [--runs K] [--python PATH] [--no-baselines]
// Generates N rows (default 2,000,000, about 200 MB) of 7 columns into a temporary directory
// (deleted at the end, never committed), then times, best of K runs (default 3), on one core:
//   scan      every byte checked, every row split into fields, no field read
//   parse 4   the same, plus the 4 columns a mapping would read: the reference as a String, two
//             Europe/London timestamps (%d/%m/%Y %H:%M) and a H/M/L code; 3 columns skipped
// and, when Python has the duckdb package, DuckDB reading the same file (bench/duckdb_baseline.py).
import CSV
import Foundation

func parseArguments() -> (rows: Int, runs: Int, python: String, baselines: Bool) {
    var options = (rows: 2_000_000, runs: 3, python: "python3", baselines: true)
    var arguments = CommandLine.arguments.dropFirst()
    while let argument = arguments.popFirst() {
        switch (argument, arguments.first) {
        case ("--rows", let value?): options.rows = Int(value) ?? options.rows; arguments.removeFirst()
        case ("--runs", let value?): options.runs = Int(value) ?? options.runs; arguments.removeFirst()
        case ("--python", let value?): options.python = value; arguments.removeFirst()
        case ("--no-baselines", _): options.baselines = false
        default:
            FileHandle.standardError.write(Data("usage: csv-bench [--rows N] [--runs K] [--python PATH] [--no-baselines]\n".utf8))
            exit(2)
        }
    }
    return options
}

let (rowCount, runs, python, runBaselines) = parseArguments()
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("csv-bench-\(getpid())")
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: directory) }
let path = directory.appendingPathComponent("missing-episodes.csv").path

let bytes = try SyntheticExport.write(rows: rowCount, to: path)
let megabytes = Double(bytes) / 1_000_000
print(String(format: "file: %d rows, 7 columns, %.1f MB (synthetic), best of %d runs, one core", rowCount, megabytes, runs))

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// Runs `body` `runs` times and keeps the best time; checks it gave `expect` each time.
func best(_ expect: Int, _ body: () throws -> Int) throws -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let clock = ContinuousClock()
        var result = 0
        let elapsed = try clock.measure { result = try body() }
        precondition(result == expect, "expected \(expect), got \(result)")
        times.append(seconds(elapsed))
    }
    return times.min()!
}

func scanOnly() throws -> Int {
    let reader = try CSV.Reader(path: path)
    var rows = 0
    try reader.forEachRow { _ in rows += 1 }
    return rows
}

let timestampPattern = try CSV.DateTimePattern("%d/%m/%Y %H:%M")
let london = CSV.Zone.europeLondon(ambiguous: .earlier, nonexistent: .shiftForward)

func parseMapped() throws -> Int {
    let reader = try CSV.Reader(path: path)
    let header = reader.header
    guard let ref = header.index(of: "case_ref"), let reported = header.index(of: "reported_at"),
          let deployed = header.index(of: "deployed_at"), let grade = header.index(of: "risk_grade")
    else { fatalError("header: \(header.names)") }
    var rows = 0
    var checksum: Int64 = 0
    try reader.forEachRow { row in
        let reference = row.string(ref)
        let reportedAt = try row.secondsSince1970(reported, pattern: timestampPattern, zone: london)
        let deployedAt = try row.secondsSince1970(deployed, pattern: timestampPattern, zone: london)
        let code = row.withField(grade) { bytes -> Int64 in
            guard bytes.count == 1 else { return -1 }
            switch bytes[0] {
            case UInt8(ascii: "H"): return 3
            case UInt8(ascii: "M"): return 2
            case UInt8(ascii: "L"): return 1
            default: return -1
            }
        }
        precondition(code > 0 && reference.utf8.count == 14)
        checksum &+= deployedAt &- reportedAt &+ code
        rows += 1
    }
    precondition(checksum != 0)
    return rows
}

let scanTime = try best(rowCount, scanOnly)
let parseTime = try best(rowCount, parseMapped)

/// Runs a baseline in its own process; it prints its best times, so start-up is not counted.
func baseline(_ arguments: [String]) -> [Double]? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: data, as: UTF8.self).split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
}

func line(_ name: String, _ time: Double?) {
    guard let time else { return print(name.padding(toLength: 48, withPad: " ", startingAt: 0) + "  (not available)") }
    print(name.padding(toLength: 48, withPad: " ", startingAt: 0)
        + String(format: "%7.3f s  %7.1f MB/s  %6.2f M rows/s", time, megabytes / time, Double(rowCount) / time / 1e6))
}

line("CSV.Reader scan (every byte checked)", scanTime)
line("CSV.Reader scan + parse 4 mapped columns", parseTime)
if runBaselines {
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("duckdb_baseline.py").path
    if let times = baseline([python, script, path, String(runs), String(rowCount)]), times.count == 4 {
        line("DuckDB read_csv, count (1 thread)", times[0])
        line("DuckDB read_csv + strptime 2 cols (1 thread)", times[1])
        line("DuckDB read_csv, count (all cores)", times[2])
        line("DuckDB read_csv + strptime 2 cols (all cores)", times[3])
    } else {
        print("DuckDB: not available (pip install duckdb to compare)")
    }
}
