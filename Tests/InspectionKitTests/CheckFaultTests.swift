import FixtureChecks
import InspectionKit
import InspectionRunner
import Testing

/// A check that reads what it did not declare on a path none of its examples takes passes
/// the registry's probe, and is caught during the run: the fault names the check module, the
/// check's Swift type and file, and says it is the module's to fix.
@Suite("Faults in a check module's code")
struct CheckFaultTests {
    static let target = Parameter<Duration>("visits.target", unit: "after the request", example: .seconds(86_400), summary: "Target.")
    static let urgentTarget = Parameter<Duration>(
        "visits.urgent-target", unit: "after the request", example: .seconds(4 * 3600), summary: "Urgent target.")
    static let policy = Parameter<VisitTimelinessCheck.VisitPolicy>(
        "visits.policy", example: .standard, localPolicy: true, summary: "Policy.")
    static let forgotten = Parameter<Int>("visits.forgotten", example: 1, summary: "Read, never declared.")

    /// Replaces `visits.on-time`; with more than three visits it reads a parameter it never declared.
    struct Forgetful: InspectionCheck {
        static let descriptor = CheckDescriptor(
            id: "visits.on-time", area: "response", title: "Forgetful", rationale: "Test.", recommendation: "Test.",
            parameters: [target, urgentTarget, policy] + ComplianceBars.parameters, reads: [HomeVisit.self],
            examples: [
                CheckExample(
                    "One visit",
                    evidence: """
                        records:
                          home-visit:
                            - {case_ref: V-1, requested_at: 2025-01-06T10:00:00Z, visited_at: 2025-01-06T12:00:00Z, outcome: safe, concerns: [], children: 1, children_seen: 1}
                        """, expect: .init(.met, statement: "1 visit."))
            ])
        static func evaluate(_ context: CheckContext) -> CheckResult {
            let visits = context.records(HomeVisit.self) ?? []
            if visits.count > 3 { _ = context[forgotten] }
            return CheckResult(.met, statement: "\(visits.count) visit\(visits.count == 1 ? "" : "s").", basis: .records)
        }
    }

    @Test func theFaultNamesTheModuleTheTypeAndTheFile() throws {
        let others = FixtureChecks.module.checks.filter { $0.descriptor.id != "visits.on-time" }
        let registry = try CheckRegistry([
            CheckModule(name: "FixtureChecks", areas: ["response", "recording"], checks: others),
            CheckModule(name: "AgencyChecks", areas: ["response"], checks: [Forgetful.self]),
        ])
        let workspace = try Workspace.open(root: fixtureRoot, registry: registry)
        let error = try #require(throws: InspectorError.self) { _ = try workspace.inspect(force: "alpha") }
        guard case .checkFault(let fault) = error else {
            Issue.record("expected a check fault, got \(error)")
            return
        }
        #expect(fault.module == "AgencyChecks")
        #expect(
            fault.source
                == RegistryError.Source(
                    type: "InspectionKitTests.CheckFaultTests.Forgetful", file: "InspectionKitTests/CheckFaultTests.swift"))
        #expect(
            error.description == """
                error: check 'visits.on-time': reads parameter 'visits.forgotten', which its descriptor does not declare
                This is a fault in the check module AgencyChecks, InspectionKitTests.CheckFaultTests.Forgetful (InspectionKitTests/CheckFaultTests.swift), not in the configuration or the evidence: declare in the check's descriptor what it reads (parameters, record types, observation topics, figures), add an example that takes this path, and rebuild.
                """)
    }
}
