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
