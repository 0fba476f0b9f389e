import InspectionKit
import Testing

/// The registry is an immutable value that refuses inconsistent modules.
@Suite("The check registry")
struct RegistryTests {
    struct Probe: InspectionCheck {
        static let descriptor = CheckDescriptor(id: "probe.check", area: "probing", title: "Probe", rationale: "Test.", recommendation: "Test.",
                                                parameters: [ParameterSpec("probe.limit", .integer, summary: "x")])
        func evaluate(_ context: CheckContext) throws(CheckFault) -> CheckResult { .couldNotEvaluate("test") }
    }

    struct OtherProbe: InspectionCheck {
        static let descriptor = CheckDescriptor(id: "probe.check", area: "elsewhere", title: "Probe", rationale: "Test.", recommendation: "Test.",
                                                parameters: [ParameterSpec("probe.limit", .duration, summary: "x")])
        func evaluate(_ context: CheckContext) throws(CheckFault) -> CheckResult { .couldNotEvaluate("test") }
    }

    struct BadID: InspectionCheck {
        static let descriptor = CheckDescriptor(id: "Probe_Check", area: "probing", title: "Probe", rationale: "Test.", recommendation: "Test.")
        func evaluate(_ context: CheckContext) throws(CheckFault) -> CheckResult { .couldNotEvaluate("test") }
    }

    @Test func theBuiltInRegistryHasEveryCheckOfTheFramework() {
        #expect(registry.ids.count == 18)
        #expect(registry.ids.first == "abuse.time-to-respond")
        #expect(registry.modules.map(\.name) == ["LeadershipChecks", "PartnershipChecks", "RespondingChecks", "AssessingChecks", "InvestigatingChecks"])
    }

    @Test func duplicateIDsForeignAreasAndConflictingParametersAreAllRefused() {
        let modules = [
            CheckModule(name: "One", areas: ["probing"], checks: [Probe.self, BadID.self]),
            CheckModule(name: "Two", areas: ["probing"], checks: [OtherProbe.self]),
        ]
        #expect(throws: RegistryError(problems: [
            .malformedID("Probe_Check"),
            .duplicateCheck(id: "probe.check", modules: ["One", "Two"]),
            .areaOutsideModule(check: "probe.check", area: "elsewhere", module: "Two"),
            .conflictingParameter(name: "probe.limit", checks: ["probe.check", "probe.check"]),
        ])) {
            _ = try CheckRegistry(modules)
        }
    }

    @Test func anAgencyCanAddItsOwnModule() throws {
        let extended = try registry.adding([CheckModule(name: "Probes", areas: ["probing"], checks: [Probe.self])])
        #expect(extended.descriptor("probe.check")?.title == "Probe")
        #expect(extended.ids.count == registry.ids.count + 1)
    }

    @Test func unknownIDsGetSuggestions() {
        #expect(registry.suggestion(for: "missing.risk-gradng") == "missing.risk-grading")
        #expect(registry.suggestion(for: "entirely.different") == nil)
    }
}
