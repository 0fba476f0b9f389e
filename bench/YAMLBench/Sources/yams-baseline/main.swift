// yams-baseline FILE RUNS RECORDS: decodes the benchmark document with Yams 6.2.2's
// YAMLDecoder RUNS times and prints each time in seconds, one a line.
//
// A process of its own because Yams carries its own copy of libyaml's C code: linked into
// yaml-bench, its symbols would replace the system libyaml that the floor and our decoder use.

import BenchRecords
import Foundation
import Yams

let arguments = CommandLine.arguments
guard arguments.count == 4, let runs = Int(arguments[2]), let records = Int(arguments[3]) else {
    FileHandle.standardError.write(Data("usage: yams-baseline FILE RUNS RECORDS\n".utf8))
    exit(2)
}
let text = try String(contentsOfFile: arguments[1], encoding: .utf8)
for _ in 0..<runs {
    let start = ContinuousClock.now
    let file = try Yams.YAMLDecoder().decode(EpisodeFile.self, from: text)
    let elapsed = start.duration(to: .now)
    precondition(file.episodes.count == records, "Yams read the wrong number of records")
    print(String(format: "%.6f", Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
}
