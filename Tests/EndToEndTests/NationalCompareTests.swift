import Foundation
import Testing

/// A generated national set compared from the command line: every area of every force graded,
/// and the same bytes whatever the number of jobs.
@Suite("Comparing a generated national set")
struct NationalCompareTests {
    @Test func theComparisonIsByteIdenticalWithOneJobOrTwoAndGradesEveryArea() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("national-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let generate = try inspector(["generate", "national", "--forces", "4", "--episodes", "400", "--seed", "3", "--out", out])
        #expect(generate.status == 0, "\(generate.stderr)")
        let one = try inspector(["compare", "--all", "--root", out, "--format", "json", "--jobs", "1"])
        let two = try inspector(["compare", "--all", "--root", out, "--format", "json", "--jobs", "2"])
        let again = try inspector(["compare", "--all", "--root", out, "--format", "csv", "--jobs", "2"])
        let onceMore = try inspector(["compare", "--all", "--root", out, "--format", "csv", "--jobs", "1"])
        #expect(one.status == 0 && two.status == 0, "\(one.stderr)")
        #expect(one.stdout == two.stdout)
        #expect(again.stdout == onceMore.stdout)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [String: Any])
        let forces = try #require(json["forces"] as? [[String: Any]])
        #expect(forces.count == 4)
        let grades = forces.flatMap { ($0["areas"] as? [[String: Any]] ?? []).map { $0["computed_grade"] as? String } }
        #expect(grades.count == 20)
        #expect(grades.allSatisfy { $0 != nil })
    }
}

/// The progress line: on a terminal, for a run of more than a second; never in a pipe or a file.
@Suite("Progress on a terminal")
struct ProgressLineTests {
    @Test func aLongRunOnATerminalShowsForcesRowsAndRateAndAPipeGetsNothing() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let generate = try inspector(["generate", "national", "--forces", "3", "--episodes", "30000", "--seed", "5", "--out", out])
        #expect(generate.status == 0)
        // `script` gives the run a terminal; its standard output goes to /dev/null.
        let command = "\(inspectorBinary) compare --all --root \(out) --format json --jobs 1 > /dev/null"
        let onTerminal = try inspector(["-qec", command, "/dev/null"], executable: "/usr/bin/script")
        #expect(onTerminal.status == 0)
        #expect(onTerminal.stdout.contains(" of 3 forces, "), "\(onTerminal.stdout)")
        #expect(onTerminal.stdout.contains(" rows/s"))
        #expect(onTerminal.stdout.hasSuffix("\r\u{1B}[K"), "the line is cleared at the end")
        let piped = try inspector(["compare", "--all", "--root", out, "--format", "json", "--jobs", "1"])
        #expect(piped.status == 0)
        #expect(piped.stderr == "")
    }
}
