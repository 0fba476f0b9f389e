// yaml-rss MODE FILE: reads a synthetic evidence file (see writeEvidenceFile) one way, decoding
// every record and dropping it, then prints the records read, the seconds taken and the peak
// resident set size in bytes. A process per measurement, so each peak is that mode's alone.
// /usr/bin/time -v on it reports the same peak (as "Maximum resident set size").
//
// MODE is `whole` (YAML.Document.load, then each item of `records` decoded) or `stream`
// (YAML.Document.stream, each item decoded as it arrives).

import Foundation
import YAML

struct Header: Decodable {
    var schema: Int
    var record_type: String
    var provenance: String
    var note: String
}

struct WholeFile: Decodable {
    var schema: Int
    var record_type: String
    var provenance: String
    var note: String
    var records: YAML.Node
}

struct Episode: Decodable {
    enum RiskGrade: String, Decodable { case no_apparent_risk = "no-apparent-risk", low, medium, high }
    var case_ref: String
    var reported_at: Date
    var risk_indicators: [String]
    var risk_grade: RiskGrade
    var deployed_at: Date?
    var found_at: Date?
}

let arguments = CommandLine.arguments
guard arguments.count == 3, ["whole", "stream"].contains(arguments[1]) else {
    FileHandle.standardError.write(Data("usage: yaml-rss whole|stream FILE\n".utf8))
    exit(2)
}
let path = arguments[2]
let limits = YAML.Limits(maxInputBytes: 1 << 31, maxDepth: 16, maxNodes: 200_000_000, maxAliases: 0)
let decoder = YAMLDecoder(limits: limits)
/// Records read, and a checksum that keeps the optimiser from dropping the decoding.
struct Tally {
    var records = 0
    var checksum = 0

    mutating func add(_ node: YAML.Node) throws {
        let episode = try decoder.decode(Episode.self, from: node)
        checksum &+= episode.case_ref.utf8.count &+ episode.risk_indicators.count
        records += 1
    }
}
var tally = Tally()

let start = ContinuousClock.now
switch arguments[1] {
case "whole":
    let document = try YAML.Document.load(path: path, limits: limits)
    let file = try decoder.decode(WholeFile.self, from: document.root)
    for item in file.records.items { try tally.add(item) }
default:
    try YAML.Document.stream(path: path, limits: limits, sequenceKey: "records") { node in
        _ = try decoder.decode(Header.self, from: node)
    } item: { node in
        try tally.add(node)
    }
}
let elapsed = start.duration(to: .now)
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
print("records \(tally.records) seconds \(String(format: "%.3f", seconds)) peak_rss_bytes \(peakResidentBytes()) checksum \(tally.checksum)")

/// The process's peak resident set size in bytes: VmHWM from /proc/self/status where there
/// is one. Not getrusage's ru_maxrss, which Linux keeps across execve, so that a process
/// started by a large one (yaml-bench) would report its parent's peak.
func peakResidentBytes() -> Int {
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
       let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
       let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") {
        return kilobytes * 1024
    }
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss * 1024  // kilobytes on Linux
}
