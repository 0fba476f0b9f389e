import InspectionKit
import Testing

/// Runs a check on inline YAML evidence (see `InlineEvidence` for the format), with the
/// check's example parameters unless `parameters` (a YAML mapping) replaces them.
public func runCheck(_ check: any InspectionCheck.Type, on evidence: String, parameters: String? = nil) throws -> CheckResult {
    let descriptor = check.descriptor
    let inline = try InlineEvidence.parse(evidence, for: descriptor, baseParameters: parameters ?? descriptor.exampleParameters)
    return try inline.run(check)
}

/// Expects a check to give `outcome` (and, when given, `count` and `statement`) on inline
/// evidence. Failures are reported at the caller's line.
public func expectCheck(
    _ check: any InspectionCheck.Type, on evidence: String, parameters: String? = nil,
    outcome: CheckResult.Outcome, count: CheckResult.Count? = nil, statement: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let result: CheckResult
    do {
        result = try runCheck(check, on: evidence, parameters: parameters)
    } catch {
        Issue.record("\(check.descriptor.id) could not run on the evidence:\n\(error)", sourceLocation: sourceLocation)
        return
    }
    #expect(result.outcome == outcome, "outcome of \(check.descriptor.id)", sourceLocation: sourceLocation)
    if let count {
        #expect(result.count == count, "count of \(check.descriptor.id)", sourceLocation: sourceLocation)
    }
    if let statement {
        #expect(result.statement == statement, "statement of \(check.descriptor.id)", sourceLocation: sourceLocation)
    }
}

/// Expects a check to give exactly what one of its descriptor's examples promises.
public func expectExample(_ check: any InspectionCheck.Type, _ example: CheckExample, sourceLocation: SourceLocation = #_sourceLocation) {
    expectCheck(
        check, on: example.evidence, outcome: example.expected.outcome, count: example.expected.count,
        statement: example.expected.statement, sourceLocation: sourceLocation)
}
