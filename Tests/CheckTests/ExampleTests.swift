import BuiltInChecks
import InspectionKit
import InspectionTesting
import Testing

let registry = try! BuiltInChecks.registry()

@Suite("Check examples")
struct ExampleTests {
    /// Each descriptor's examples are documentation (`inspector explain`) and tests at once.
    @Test(arguments: CheckExampleCase.all(in: BuiltInChecks.modules))
    func everyExampleGivesWhatItPromises(_ example: CheckExampleCase) {
        example.expect()
    }

    /// Examples on both sides of each threshold, so that moving one (partly met becoming met,
    /// say) fails a test.
    @Test(arguments: BuiltInChecks.modules.flatMap(\.checks).map { $0.descriptor.id })
    func everyCheckHasExamplesThatAreMetPartlyMetAndNotMet(id: String) throws {
        let outcomes = Set(try #require(registry.descriptor(id)).examples.map(\.expected.outcome))
        #expect(outcomes.isSuperset(of: [.met, .partlyMet, .notMet]), "\(id) has examples only for \(outcomes.map(\.label).sorted())")
    }
}
