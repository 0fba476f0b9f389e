// yaml-bench: how fast is the strict YAML layer, next to the libyaml floor and two baselines?
//
// Usage: yaml-bench [--records N] [--runs K] [--python PATH]
// Generates a synthetic document (default 200,000 records, about 30 MB), then times, best of K
// runs each (default 3): libyaml's event parse alone, our parse-and-decode into structs,
// Yams 6.2.2's YAMLDecoder on the same text and types, and PyYAML's CSafeLoader.

import BenchRecords
import CLibYAMLRaw
import Foundation
import YAML

func parseArguments() -> (records: Int, runs: Int, python: String, baselines: Bool) {
    var options = (records: 200_000, runs: 3, python: "python3", baselines: true)
    var arguments = CommandLine.arguments.dropFirst()
    while let flag = arguments.popFirst() {
        if flag == "--no-baselines" {
            options.baselines = false
            continue
        }
        switch (flag, arguments.popFirst()) {
        case ("--records", let value?) where Int(value) != nil: options.records = Int(value)!
        case ("--runs", let value?) where Int(value) != nil: options.runs = Int(value)!
        case ("--python", let value?): options.python = value
        default:
            FileHandle.standardError.write(Data("usage: yaml-bench [--records N] [--runs K] [--python PATH] [--no-baselines]\n".utf8))
            exit(2)
        }
    }
    return options
}
let (records, runs, python, runBaselines) = parseArguments()

let text = syntheticDocument(records: records)
let bytes = Array(text.utf8)
let megabytes = Double(bytes.count) / 1_000_000
let path = FileManager.default.temporaryDirectory.appendingPathComponent("inspector-yaml-bench-\(getpid()).yaml").path
try Data(bytes).write(to: URL(fileURLWithPath: path))
defer { try? FileManager.default.removeItem(atPath: path) }
print(String(format: "document: %d records, %.1f MB (synthetic), best of %d runs", records, megabytes, runs))

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// Times several bodies in interleaved rounds (A B C, A B C, ...) and keeps each one's best
/// wall-clock time in seconds, so that a slow spell on a shared machine hurts them alike.
/// Each body returns a count that is checked against its expected value.
func bestTimes(_ bodies: [(label: String, expect: Int?, run: () throws -> Int)]) throws -> [Double] {
    var fastest = [Double](repeating: .infinity, count: bodies.count)
    for _ in 0..<runs {
        for (index, body) in bodies.enumerated() {
            let start = ContinuousClock.now
            let count = try body.run()
            let elapsed = seconds(start.duration(to: .now))
            if let expect = body.expect, count != expect {
                fatalError("\(body.label): read \(count) records, expected \(expect)")
            }
            fastest[index] = min(fastest[index], elapsed)
        }
    }
    return fastest
}

/// libyaml alone: every event parsed and freed, nothing kept. No decoder can beat this.
func rawEvents(_ bytes: [UInt8]) -> Int {
    var parser = yaml_parser_t()
    yaml_parser_initialize(&parser)
    defer { yaml_parser_delete(&parser) }
    return bytes.withUnsafeBufferPointer { buffer in
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        var event = yaml_event_t()
        var count = 0
        while yaml_parser_parse(&parser, &event) == 1 {
            let done = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            count += 1
            if done { break }
        }
        return count
    }
}

let limits = YAML.Limits(maxInputBytes: 1 << 30, maxDepth: 64, maxNodes: 100_000_000, maxAliases: 0)
let ours = YAMLDecoder(limits: limits)

// For profiling one phase alone: YAML_BENCH_PHASE=raw|parse|decode runs it and stops.
if let phase = ProcessInfo.processInfo.environment["YAML_BENCH_PHASE"] {
    let document = try YAML.Document.parse(bytes, file: path, limits: limits)
    for _ in 0..<runs {
        switch phase {
        case "raw": _ = rawEvents(bytes)
        case "parse": _ = try YAML.Document.parse(bytes, file: path, limits: limits).nodeCount
        default: _ = try ours.decode(EpisodeFile.self, from: document.root).episodes.count
        }
    }
    exit(0)
}
let document = try YAML.Document.parse(bytes, file: path, limits: limits)
let times = try bestTimes([
    ("libyaml events", nil, { rawEvents(bytes) }),
    ("inspector YAML", records, { try ours.decode(EpisodeFile.self, from: bytes, file: path).episodes.count }),
    ("inspector YAML parse only", nil, { try YAML.Document.parse(bytes, file: path, limits: limits).nodeCount }),
    ("inspector YAML decode only", records, { try ours.decode(EpisodeFile.self, from: document.root).episodes.count }),
])
let (rawTime, ourTime, parseTime, decodeTime) = (times[0], times[1], times[2], times[3])

/// Runs a baseline in its own process; it prints its best time, so start-up is not counted.
func baseline(_ executable: String, _ arguments: [String]) -> Double? {
    guard runBaselines else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments + [path, String(runs), String(records)]
    let pipe = Pipe()
    process.standardOutput = pipe
    do { try process.run() } catch { return nil }
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return Double(output.trimmingCharacters(in: .whitespacesAndNewlines))
}
let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
let yamsTime = baseline(here.appendingPathComponent("yams-baseline").path, [])
let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../../pyyaml_baseline.py").standardized.path
let pyTime = baseline("/usr/bin/env", [python, script])

func row(_ name: String, _ seconds: Double?) {
    guard let seconds else { return print(name.padding(toLength: 44, withPad: " ", startingAt: 0) + "unavailable") }
    print(name.padding(toLength: 44, withPad: " ", startingAt: 0)
          + String(format: "%8.3f s %8.1f MB/s", seconds, megabytes / seconds))
}
print("")
row("libyaml 0.2.5 events only (the floor)", rawTime)
row("inspector YAML: parse + strict decode", ourTime)
row("  of which: parse into a node tree", parseTime)
row("  of which: strict decode into structs", decodeTime)
row("Yams 6.2.2 YAMLDecoder (baseline)", yamsTime)
row("PyYAML CSafeLoader, no structs (baseline)", pyTime)
print("")
let ofRaw = rawTime / ourTime
let overYams = (yamsTime ?? 0) / ourTime
print(String(format: "ours / raw libyaml throughput: %.0f%%   (target >= 50%%, done >= 33%%)", ofRaw * 100))
print(String(format: "ours vs Yams:                  %.1fx faster   (done >= 5x)", overYams))
if let pyTime { print(String(format: "ours vs PyYAML CSafeLoader:    %.1fx faster", pyTime / ourTime)) }
let verdict = ofRaw >= 0.50 && overYams >= 5 ? "target met" : ofRaw >= 0.33 && overYams >= 5 ? "done bar met, target not" : "BELOW the done bar"
print("verdict: \(verdict)")
