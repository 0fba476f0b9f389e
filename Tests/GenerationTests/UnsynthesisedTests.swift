import FixtureChecks
import Foundation
import TestSupport
import Testing

@testable import InspectionKit
@testable import InspectionRunner
@testable import SyntheticData

/// A record type with no synthesiser (a module's new type, say) does not stop generation: it is
/// named, with the checks that read it, and left out.
@Suite("Record types with no synthesiser")
struct UnsynthesisedTests {
    @Test func aRecordTypeWithNoSynthesiserIsNamedAndLeftOut() throws {
        let fixtures = try Workspace.open(root: fixtureRoot, registry: FixtureChecks.registry())
        let generator = try NationalGenerator(
            workspace: fixtures, options: NationalOptions(forces: 2, volume: 50, seed: 1, framework: "fixture-2024"))
        #expect(generator.recordTypeIDs == [])
        #expect(generator.notSynthesized == ["home-visit": ["visits.on-time", "visits.children-seen", "visits.recorded"]])
        let directory = temporaryPath("unsynthesised")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        _ = try generator.generate(into: directory, root: fixtureRoot, jobs: 1)
        let key = try String(contentsOfFile: "\(directory)/synthetic-national.yaml", encoding: .utf8)
        #expect(key.contains("\nnot_synthesized: {home-visit: [visits.on-time, visits.children-seen, visits.recorded]}\n"))
    }
}
