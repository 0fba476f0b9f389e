import BuiltInChecks
import InspectionKit
import InspectionTesting
import ReturnInterviewChecks
import Testing

/// The module as InspectionTesting sees it: its examples, its record type's contract, and an
/// inspector built from the built-in modules and this one.
@Suite("ReturnInterviewChecks module")
struct ModuleTests {
    /// Every example holds, and together they show the check met, partly met and not met.
    @Test func examplesCoverMetPartlyMetAndNotMet() {
        expectExamples(of: ReturnInterviewChecks.module)
    }

    @Test(arguments: CheckExampleCase.all(in: [ReturnInterviewChecks.module]))
    func example(_ example: CheckExampleCase) {
        example.expect()
    }

    @Test func theRecordTypeKeepsItsContract() {
        expectRecordTypeContract(ReturnInterview.self)
    }

    @Test func theCombinedRegistryKnowsTheAgencysCheckAndRecordType() throws {
        let registry = try CheckRegistry(BuiltInChecks.modules + [ReturnInterviewChecks.module])
        #expect(registry.ids.contains("missing.return-interviews"))
        #expect(registry.ids.contains("missing.risk-grading"))
        #expect(registry.recordTypeIDs.contains("return-interview"))
        #expect(registry.recordTypeIDs.contains("missing-episode"))
        #expect(registry.module(of: "missing.return-interviews")?.name == "ReturnInterviewChecks")
        #expect(registry.parameters["missing.return-interview-target"]?.type == .duration)
        #expect(registry.observationTopics.contains("return-interviews"))
    }
}
