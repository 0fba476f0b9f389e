import BuiltInChecks
import InspectionKit
import InspectionTesting
import Testing

let registry = try! BuiltInChecks.registry()

/// Every example of every registered check, as `(check id, example index)`.
let allExamples: [ExampleCase] = registry.ids.flatMap { id in
    registry.descriptor(id)!.examples.indices.map { ExampleCase(check: id, index: $0) }
}

struct ExampleCase: Sendable, CustomTestStringConvertible {
    var check: String
    var index: Int
    var testDescription: String { "\(check) #\(index + 1): \(registry.descriptor(check)!.examples[index].title)" }
}

@Suite("Check examples")
struct ExampleTests {
    /// Each descriptor's examples are documentation (`inspector explain`) and tests at once.
    @Test(arguments: allExamples)
    func everyExampleGivesWhatItPromises(_ example: ExampleCase) throws {
        let check = try #require(registry.check(example.check))
        expectExample(check, check.descriptor.examples[example.index])
    }

    @Test func everyCheckHasAnExampleThatMeetsItAndOneThatFails() {
        for id in registry.ids {
            let outcomes = registry.descriptor(id)!.examples.map(\.expected.outcome)
            #expect(outcomes.contains(.met), "\(id) has no example that meets it")
            #expect(outcomes.contains { $0 == .notMet || $0 == .partlyMet }, "\(id) has no example that fails it")
        }
    }
}
