import BuiltInChecks
import Foundation
import TestSupport
import Testing

@testable import InspectionKit
@testable import InspectionLoading
@testable import InspectionRunner
@testable import SyntheticData

/// The generated exports, read back through their mappings by the evidence loader, give every
/// force the very grades, percentages and figures the engine gave its records in memory.
@Suite("Generated exports through the loader")
struct LoaderRoundTripTests {
    @Test func everyAreaOfEveryForceIsGradedAsItsAnswerKeySays() throws {
        let directory = temporaryPath("loader")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let generator = try generator(forces: 6, episodes: 300, seed: 11)
        _ = try generator.generate(into: directory, root: repositoryRoot, jobs: 2)
        let generated = try Workspace.open(root: directory, registry: BuiltInChecks.registry())
        #expect(generated.forceIDs.count == 6)
        for plan in generator.plans {
            let expected = try #require(try generator.synthesize(plan).expected)
            let read = try generated.inspect(force: plan.id)
            #expect(read.evidence.allSatisfy { $0.rejections.isEmpty && $0.records == ($0.rows ?? $0.records) }, "\(plan.id)")
            for (got, want) in zip(read.areas, expected.areas) {
                #expect(got.grading.grade != nil, "\(plan.id) \(got.id) not graded")
                #expect(got.grading.grade == want.grading.grade, "\(plan.id) \(got.id)")
                #expect(got.grading.percent == want.grading.percent, "\(plan.id) \(got.id)")
                #expect(got.checks.map(\.result.outcome) == want.checks.map(\.result.outcome), "\(plan.id) \(got.id)")
                for (gotCheck, wantCheck) in zip(got.checks, want.checks) {
                    for (figure, wanted) in zip(gotCheck.result.figures, wantCheck.result.figures) {
                        #expect(figure.id == wanted.id)
                        #expect(abs(figure.value - wanted.value) < 1e-9, "\(plan.id) \(figure.id): \(figure.value) vs \(wanted.value)")
                    }
                }
            }
        }
    }
}
