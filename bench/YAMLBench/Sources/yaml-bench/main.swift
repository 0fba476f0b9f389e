// yaml-bench: how fast is the strict YAML layer, next to the libyaml floor and two baselines,
// and what does it cost in memory?
//
// Usage: yaml-bench [--records N] [--runs K] [--python PATH] [--no-baselines]
//                   [--line-records N] [--stream-records N]
// Every figure is the median of K runs (default 5) with the range, never one run:
// 1. A synthetic document (default 200,000 records, about 35 MB) read by libyaml's event parse
//    alone, our parse-and-decode into structs, Yams 6.2.2's YAMLDecoder and PyYAML's
//    CSafeLoader.
// 2. The source line of every node of a 100,000-record document, as error reports fetch them.
// 3. A synthetic evidence file (default 1,000,000 records, about 200 MB) decoded record by
//    record, loaded whole and streamed: time and peak RSS, each run in a process of its own.

import BenchRecords
import Foundation
import YAML

let options = Options.parse(Array(CommandLine.arguments.dropFirst()))
let runs = options.runs
let text = syntheticDocument(records: options.records)
let bytes = Array(text.utf8)
let megabytes = Double(bytes.count) / 1_000_000
let directory = FileManager.default.temporaryDirectory
let path = directory.appendingPathComponent("inspector-yaml-bench-\(getpid()).yaml").path
try Data(bytes).write(to: URL(fileURLWithPath: path))
defer { try? FileManager.default.removeItem(atPath: path) }

let limits = YAML.Limits(maxInputBytes: 1 << 30, maxDepth: 64, maxNodes: 100_000_000, maxAliases: 0)
let ours = YAMLDecoder(limits: limits)

// For profiling one phase alone: YAML_BENCH_PHASE=raw|parse|decode|lines runs it and stops.
if let phase = ProcessInfo.processInfo.environment["YAML_BENCH_PHASE"] {
    let document = try YAML.Document.parse(bytes, file: path, limits: limits)
    for _ in 0..<runs {
        switch phase {
        case "raw": _ = rawEvents(bytes)
        case "parse": _ = try YAML.Document.parse(bytes, file: path, limits: limits).nodeCount
        case "lines": _ = fetchSourceLines(allNodes(of: try YAML.Document.parse(bytes, file: path, limits: limits)))
        default: _ = try ours.decode(EpisodeFile.self, from: document.root).episodes.count
        }
    }
    try? FileManager.default.removeItem(atPath: path)
    exit(0)
}

print(String(format: "document: %d records, %.1f MB (synthetic); median (range) of %d runs", options.records, megabytes, runs))
let document = try YAML.Document.parse(bytes, file: path, limits: limits)
let timed = try timeRounds(runs, [
    ("libyaml events", nil, { rawEvents(bytes) }),
    ("inspector YAML", options.records, { try ours.decode(EpisodeFile.self, from: bytes, file: path).episodes.count }),
    ("inspector YAML parse only", nil, { try YAML.Document.parse(bytes, file: path, limits: limits).nodeCount }),
    ("inspector YAML decode only", options.records, { try ours.decode(EpisodeFile.self, from: document.root).episodes.count }),
])
let (rawTime, ourTime, parseTime, decodeTime) = (timed[0], timed[1], timed[2], timed[3])

let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
let baselineArguments = [path, String(runs), String(options.records)]
let yamsTime = options.baselines ? baselineTimes(here.appendingPathComponent("yams-baseline").path, baselineArguments) : nil
let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../../pyyaml_baseline.py").standardized.path
let pyTime = options.baselines ? baselineTimes("/usr/bin/env", [options.python, script] + baselineArguments) : nil

func row(_ name: String, _ samples: Samples?, megabytes: Double) {
    let label = name.padding(toLength: 44, withPad: " ", startingAt: 0)
    guard let samples else { return print(label + "unavailable") }
    print(label + samples.summary("%.3f", unit: " s").padding(toLength: 26, withPad: " ", startingAt: 0)
          + String(format: "%7.1f MB/s", megabytes / samples.median))
}
print("")
row("libyaml 0.2.5 events only (the floor)", rawTime, megabytes: megabytes)
row("inspector YAML: parse + strict decode", ourTime, megabytes: megabytes)
row("  of which: parse into a node tree", parseTime, megabytes: megabytes)
row("  of which: strict decode into structs", decodeTime, megabytes: megabytes)
row("Yams 6.2.2 YAMLDecoder (baseline)", yamsTime, megabytes: megabytes)
row("PyYAML CSafeLoader, no structs (baseline)", pyTime, megabytes: megabytes)
print("")
// Per round, so that the spread of the ratio itself shows.
let ofRaw = ratios(rawTime, ourTime)
print("ours / raw libyaml throughput: " + Samples(values: ofRaw.values.map { $0 * 100 }).summary("%.0f", unit: "%")
      + "   (target >= 50%, done >= 33%)")
if let yamsTime { print(String(format: "ours vs Yams:                  %.1fx faster (medians)   (done >= 5x)", yamsTime.median / ourTime.median)) }
if let pyTime { print(String(format: "ours vs PyYAML CSafeLoader:    %.1fx faster (medians)", pyTime.median / ourTime.median)) }
// Without the Yams baseline, only the ratio to libyaml is judged.
let fastEnough = yamsTime.map { $0.median / ourTime.median >= 5 } ?? true
let verdict = ofRaw.median >= 0.50 && fastEnough ? "target met"
    : ofRaw.median >= 0.33 && fastEnough ? "done bar met, target not" : "BELOW the done bar"
print("verdict (on medians\(yamsTime == nil ? ", without Yams" : "")): \(verdict)")

// MARK: Source lines for error reports

let lineBytes = Array(syntheticDocument(records: options.lineRecords).utf8)
let lines = try timeSourceLines(lineBytes, runs: runs, limits: limits)
print("")
print(String(format: "source line of every node: %d records, %d nodes, %.1f MB", options.lineRecords, lines.nodes,
             Double(lineBytes.count) / 1_000_000))
print("  all lines looked up (line index built in the first): " + lines.seconds.summary("%.3f", unit: " s"))

// MARK: Streaming against a whole document

if options.streamRecords > 0 {
    let evidencePath = directory.appendingPathComponent("inspector-yaml-evidence-\(getpid()).yaml").path
    try writeEvidenceFile(records: options.streamRecords, to: evidencePath)
    defer { try? FileManager.default.removeItem(atPath: evidencePath) }
    let fileBytes = Double((try FileManager.default.attributesOfItem(atPath: evidencePath)[.size] as? Int) ?? 0)
    print("")
    print(String(format: "evidence file: %d records, %.1f MB (synthetic), every record decoded and dropped",
                 options.streamRecords, fileBytes / 1_000_000))
    let tool = here.appendingPathComponent("yaml-rss").path
    if let reading = measureReading(file: evidencePath, records: options.streamRecords, runs: runs, tool: tool) {
        for (name, cost) in [("whole document (load, then decode)", reading.whole), ("streamed (stream, decode each item)", reading.stream)] {
            let peak = Samples(values: cost.peakBytes.values.map { $0 / 1_000_000 })
            print("  " + name.padding(toLength: 38, withPad: " ", startingAt: 0)
                  + cost.seconds.summary("%.2f", unit: " s").padding(toLength: 24, withPad: " ", startingAt: 0)
                  + String(format: "%6.1f MB/s   ", fileBytes / 1_000_000 / cost.seconds.median)
                  + "peak RSS " + peak.summary("%.0f", unit: " MB")
                  + String(format: " = %.2fx the file", peak.median * 1_000_000 / fileBytes))
        }
    } else {
        print("  unavailable: \(tool) did not run")
    }
}
