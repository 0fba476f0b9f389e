import InspectionKit
import Testing

/// The registry is an immutable value that refuses inconsistent modules when it is built,
/// naming the Swift type and file of each problem.
@Suite("The check registry")
struct RegistryTests {
    struct Visit: EvidenceRecord {
        var ref: String
        enum Fields { static let ref = Field<String>("ref", .caseReference, "A reference.") }
        static let recordType = RecordType(id: "probe-visit", title: "Visit", summary: "A visit.", fields: [Fields.ref])
        init(_ fields: RecordFields) { ref = fields[Fields.ref] }
    }

    /// Declares a field it never reads, and reads one it never declares.
    struct Careless: EvidenceRecord {
        var ref: String
        enum Fields {
            static let ref = Field<String>("ref", .caseReference, "A reference.")
            static let note = Field<String>("note", .text, "Never read.")
            static let hidden = Field<Int>("hidden", .integer, "Never declared.")
        }
        static let recordType = RecordType(
            id: "probe-careless", title: "Careless", summary: "A careless record.", fields: [Fields.ref, Fields.note])
        init(_ fields: RecordFields) {
            ref = fields[Fields.ref]
            _ = fields[Fields.hidden]
        }
    }

    struct SecondVisit: EvidenceRecord {
        enum Fields { static let ref = Field<String>("ref", .caseReference, "A reference.") }
        static let recordType = RecordType(id: "probe-visit", title: "Visit again", summary: "The same id.", fields: [Fields.ref])
        init(_ fields: RecordFields) { _ = fields[Fields.ref] }
    }

    static let limit = Parameter<Int>("probe.limit", example: 2, summary: "A limit.")
    static let otherLimit = Parameter<Duration>("probe.limit", example: .seconds(60), summary: "The same name, another type.")
    static let undeclared = Parameter<Int>("probe.undeclared", example: 1, summary: "Read but not declared.")
    static let count = FigureSpec("probe.count", "Visits", .count)

    struct Probe: InspectionCheck {
        static let descriptor = CheckDescriptor(
            id: "probe.check", area: "probing", title: "Probe", rationale: "Test.", recommendation: "Test.",
            parameters: [limit], reads: [Visit.self], figures: [count],
            examples: [
                CheckExample("One visit", evidence: "records: {probe-visit: [{ref: V-1}]}", expect: .init(.met, statement: "1 visit."))
            ])
        static func evaluate(_ context: CheckContext) -> CheckResult {
            let visits = context.records(Visit.self) ?? []
            return CheckResult(
                visits.count <= context[limit] ? .met : .notMet, statement: "\(visits.count) visit.",
                figures: [count(Double(visits.count))], basis: .records)
        }
    }

    struct OtherProbe: InspectionCheck {
        static let descriptor = CheckDescriptor(
            id: "probe.check", area: "elsewhere", title: "Probe", rationale: "Test.", recommendation: "Test.",
            parameters: [otherLimit])
        static func evaluate(_ context: CheckContext) -> CheckResult { .couldNotEvaluate("test") }
    }

    struct BadID: InspectionCheck {
        static let descriptor = CheckDescriptor(
            id: "Probe_Check", area: "probing", title: "Probe", rationale: "Test.", recommendation: "Test.",
            parameters: [otherLimit])
        static func evaluate(_ context: CheckContext) -> CheckResult { .couldNotEvaluate("test") }
    }

    /// Reads a record type, a topic and a parameter it does not declare, and reports an
    /// undeclared figure: every one is found on its example, at start-up.
    struct Sloppy: InspectionCheck {
        static let descriptor = CheckDescriptor(
            id: "probe.sloppy", area: "probing", title: "Sloppy", rationale: "Test.", recommendation: "Test.",
            examples: [CheckExample("Anything", evidence: "{}", expect: .init(.met, statement: "x"))])
        static func evaluate(_ context: CheckContext) -> CheckResult {
            _ = context.records(Visit.self)
            _ = context.observations("probe-topic")
            _ = context[undeclared]
            return CheckResult(.met, statement: "x", figures: [count(1)], basis: .none)
        }
    }

    static let file = "InspectionKitTests/RegistryTests.swift"

    @Test func duplicateIDsForeignAreasAndConflictingParametersAreAllRefusedNamingTheirTypes() {
        let modules = [
            CheckModule(name: "One", areas: ["probing"], checks: [Probe.self, BadID.self]),
            CheckModule(name: "Two", areas: ["probing", "elsewhere2"], checks: [OtherProbe.self]),
        ]
        let probe = RegistryError.Source(type: "InspectionKitTests.RegistryTests.Probe", file: Self.file)
        let other = RegistryError.Source(type: "InspectionKitTests.RegistryTests.OtherProbe", file: Self.file)
        let badID = RegistryError.Source(type: "InspectionKitTests.RegistryTests.BadID", file: Self.file)
        #expect(
            throws: RegistryError(problems: [
                .malformedID(badID, id: "Probe_Check"),
                .duplicateCheck(id: "probe.check", sources: [probe, other]),
                .conflictingParameter(name: "probe.limit", sources: [probe, badID]),
            ])
        ) {
            _ = try CheckRegistry(modules)
        }
        #expect(throws: RegistryError(problems: [.areaOutsideModule(other, area: "elsewhere", module: "Two", suggestion: "elsewhere2")])) {
            _ = try CheckRegistry([CheckModule(name: "Two", areas: ["probing", "elsewhere2"], checks: [OtherProbe.self])])
        }
    }

    @Test func aCheckReadingWhatItDidNotDeclareIsRefusedAtStartUp() throws {
        let error = try #require(throws: RegistryError.self) {
            _ = try CheckRegistry([CheckModule(name: "Probes", areas: ["probing"], checks: [Sloppy.self])])
        }
        #expect(
            error.description == """
                error: InspectionKitTests.RegistryTests.Sloppy (InspectionKitTests/RegistryTests.swift): reads record type 'probe-visit', which its descriptor does not declare in `reads`
                error: InspectionKitTests.RegistryTests.Sloppy (InspectionKitTests/RegistryTests.swift): reads observation topic 'probe-topic', which its descriptor does not declare in `observationTopics`
                error: InspectionKitTests.RegistryTests.Sloppy (InspectionKitTests/RegistryTests.swift): reads parameter 'probe.undeclared', which its descriptor does not declare
                error: InspectionKitTests.RegistryTests.Sloppy (InspectionKitTests/RegistryTests.swift): reports figure 'probe.count', which its descriptor does not declare in `figures`
                """)
    }

    @Test func recordTypesMustKeepTheirContractAndOwnTheirID() throws {
        let error = try #require(throws: RegistryError.self) {
            _ = try CheckRegistry([
                CheckModule(name: "Records", areas: [], checks: [], recordTypes: [Visit.self, Careless.self, SecondVisit.self, Visit.self])
            ])
        }
        #expect(
            error.description == """
                error: InspectionKitTests.RegistryTests.Careless (InspectionKitTests/RegistryTests.swift): reads field 'hidden', which probe-careless does not declare
                error: InspectionKitTests.RegistryTests.Careless (InspectionKitTests/RegistryTests.swift): declares field 'note' but its initialiser never reads it
                error: record type 'probe-visit' is declared by two types, InspectionKitTests.RegistryTests.Visit (InspectionKitTests/RegistryTests.swift) and InspectionKitTests.RegistryTests.SecondVisit (InspectionKitTests/RegistryTests.swift)
                """)
    }

    @Test func aCheckBringsTheRecordTypesItReads() throws {
        let registry = try CheckRegistry([CheckModule(name: "Probes", areas: ["probing"], checks: [Probe.self])])
        #expect(registry.recordTypeIDs == ["inspection-observation", "probe-visit"])
        #expect(registry.figures["probe.count"] == Self.count)
        #expect(registry.parameters["probe.limit"]?.example == .integer(2))
    }

    @Test func anAgencyCanAddItsOwnModule() throws {
        let base = try CheckRegistry([])
        let extended = try base.adding([CheckModule(name: "Probes", areas: ["probing"], checks: [Probe.self])])
        #expect(extended.descriptor("probe.check")?.title == "Probe")
        #expect(extended.ids == ["probe.check"])
        #expect(extended.module(of: "probe.check")?.name == "Probes")
    }

    @Test func unknownIDsGetSuggestions() throws {
        let registry = try CheckRegistry([CheckModule(name: "Probes", areas: ["probing"], checks: [Probe.self])])
        #expect(registry.suggestion(for: "probe.chek") == "probe.check")
        #expect(registry.suggestion(for: "entirely.different") == nil)
    }
}
