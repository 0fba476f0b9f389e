import InspectionKit
import Testing

/// Runs a check on inline YAML evidence (see `InlineEvidence` for the format): parameters
/// start from their declared example values and the evidence's `parameters:` win; records
/// may be of any type the check reads, so a module's own record types work as built-in ones.
/// Throws the evidence's problems, or a `CheckFault` when the check reads what it did not declare.
public func runCheck(_ check: any InspectionCheck.Type, on evidence: String) throws -> CheckResult {
    try InlineEvidence.parse(evidence, for: check.descriptor).run(check)
}

/// Expects a check to give `outcome` on inline evidence, and, for each of the other
/// expectations given, exactly that: the count, the statement, the figures (by id, in
/// order), the case references and the basis. Failures are reported at the caller's line.
public func expectCheck(
    _ check: any InspectionCheck.Type, on evidence: String,
    outcome: CheckResult.Outcome, count: CheckResult.Count? = nil, statement: String? = nil,
    figures: [String: Double]? = nil, cases: [String]? = nil, basis: CheckResult.Basis? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let id = check.descriptor.id
    let result: CheckResult
    do {
        result = try runCheck(check, on: evidence)
    } catch {
        Issue.record("\(id) could not run on the evidence:\n\(error)", sourceLocation: sourceLocation)
        return
    }
    #expect(result.outcome == outcome, "outcome of \(id)", sourceLocation: sourceLocation)
    if let count {
        #expect(result.count == count, "count of \(id)", sourceLocation: sourceLocation)
    }
    if let statement {
        #expect(result.statement == statement, "statement of \(id)", sourceLocation: sourceLocation)
    }
    if let figures {
        let actual = Dictionary(result.figures.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })
        #expect(actual == figures, "figures of \(id)", sourceLocation: sourceLocation)
    }
    if let cases {
        #expect(result.cases == cases, "cases of \(id)", sourceLocation: sourceLocation)
    }
    if let basis {
        #expect(result.basis == basis, "basis of \(id)", sourceLocation: sourceLocation)
    }
}

/// Expects a check to give exactly what one of its descriptor's examples promises.
public func expectExample(_ check: any InspectionCheck.Type, _ example: CheckExample, sourceLocation: SourceLocation = #_sourceLocation) {
    expectCheck(
        check, on: example.evidence, outcome: example.expected.outcome, count: example.expected.count,
        statement: example.expected.statement, sourceLocation: sourceLocation)
}
