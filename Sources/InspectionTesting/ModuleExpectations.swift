import Foundation
import InspectionKit
import InspectionReports
import Testing

/// One example of one check, as an argument of a parameterised test:
///
/// ```swift
/// @Test(arguments: CheckExampleCase.all(in: [MyChecks.module]))
/// func example(_ example: CheckExampleCase) { example.expect() }
/// ```
public struct CheckExampleCase: Sendable, CustomTestStringConvertible {
    public let check: any InspectionCheck.Type
    public let index: Int

    public var example: CheckExample { check.descriptor.examples[index] }
    public var testDescription: String { "\(check.descriptor.id) #\(index + 1): \(example.title)" }

    /// Every example of every check in the modules, in module and check order.
    public static func all(in modules: [CheckModule]) -> [CheckExampleCase] {
        modules.flatMap(\.checks).flatMap { check in check.descriptor.examples.indices.map { CheckExampleCase(check: check, index: $0) } }
    }

    public func expect(sourceLocation: SourceLocation = #_sourceLocation) {
        expectExample(check, example, sourceLocation: sourceLocation)
    }
}

/// Runs every example of every check in a module and expects what each promises; then
/// expects the examples to show the check met, partly met and not met (so a change to the
/// thresholds between them cannot pass unnoticed), and the module to build a registry.
public func expectExamples(of module: CheckModule, sourceLocation: SourceLocation = #_sourceLocation) {
    for example in CheckExampleCase.all(in: [module]) {
        example.expect(sourceLocation: sourceLocation)
    }
    for check in module.checks {
        let outcomes = Set(check.descriptor.examples.map(\.expected.outcome))
        for needed in [CheckResult.Outcome.met, .partlyMet, .notMet] where !outcomes.contains(needed) {
            Issue.record("\(check.descriptor.id) has no example that is \(needed.label)", sourceLocation: sourceLocation)
        }
    }
    do {
        _ = try CheckRegistry([module])
    } catch {
        Issue.record("module \(module.name) does not build a registry:\n\(error)", sourceLocation: sourceLocation)
    }
}

/// Expects a record type to keep its contract: each declared field holds its declared type,
/// the initialiser reads every declared field and nothing else, a YAML record with every
/// field decodes, the required fields alone are enough, and each required field is needed.
public func expectRecordTypeContract(_ type: any EvidenceRecord.Type, sourceLocation: SourceLocation = #_sourceLocation) {
    let id = type.recordType.id
    for problem in RecordTypeContract.problems(of: type) {
        Issue.record("\(id): \(problem)", sourceLocation: sourceLocation)
    }
    let fields = type.recordType.fields
    for problem in RecordTypeContract.yamlProblems(of: type, fields: fields) {
        Issue.record("\(id) with every field: \(problem)", sourceLocation: sourceLocation)
    }
    let required = fields.filter(\.required)
    for problem in RecordTypeContract.yamlProblems(of: type, fields: required) {
        Issue.record("\(id) with its required fields only: \(problem)", sourceLocation: sourceLocation)
    }
    for field in required where RecordTypeContract.yamlProblems(of: type, fields: required.filter { $0.name != field.name }).isEmpty {
        Issue.record("\(id): '\(field.name)' is declared required but a record decodes without it", sourceLocation: sourceLocation)
    }
}

/// Expects a module's committed reference (its checks and record types, as
/// `inspector explain --module <name> --format markdown` writes it) to be current.
public func expectModuleReference(
    _ module: CheckModule, in registry: CheckRegistry, file path: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    let generated = CheckDocumentation.moduleMarkdown(module, registry: registry)
    guard let committed = try? String(contentsOfFile: path, encoding: .utf8) else {
        Issue.record(
            "no reference at \(path); write it with `inspector explain --module \(module.name) --format markdown > \(path)`",
            sourceLocation: sourceLocation)
        return
    }
    #expect(
        committed == generated,
        "\(path) is stale: run `inspector explain --module \(module.name) --format markdown > \(path)`", sourceLocation: sourceLocation)
}
