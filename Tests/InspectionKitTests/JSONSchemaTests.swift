import Foundation
import InspectionKit
import InspectionReports
import InspectionRunner
import Testing

/// Every JSON the inspector writes conforms to the schema in `schemas/`.
@Suite("JSON outputs and their schemas")
struct JSONSchemaTests {
    static let inspectionSchema = try! JSONSchemaValidator(file: "\(repositoryRoot)/schemas/inspection-result.schema.json")
    static let comparisonSchema = try! JSONSchemaValidator(file: "\(repositoryRoot)/schemas/comparison.schema.json")

    @Test(arguments: ["alpha", "beta", "gamma"])
    func everyForcesResultConforms(force: String) throws {
        let result = try fixtureWorkspace().inspect(force: force)
        #expect(Self.inspectionSchema.validate(try JSON.parse(JSONReport.render(result))) == [])
    }

    @Test func aWhatIfResultWithItsChangesConforms() throws {
        let workspace = try fixtureWorkspace()
        let whatIf = try workspace.inspect(force: "alpha", overrides: workspace.overrides(["visits.policy=all-urgent"]))
        let baseline = try workspace.inspect(force: "alpha")
        let json = JSONReport.render(whatIf, changes: WhatIfComparison(baseline: baseline, whatIf: whatIf))
        #expect(Self.inspectionSchema.validate(try JSON.parse(json)) == [])
        #expect(json.contains("\"changes_from_baseline\": {\n    \"parameters\": {\n      \"visits.policy\": \"all-urgent\""))
    }

    @Test func aComparisonConforms() throws {
        let workspace = try fixtureWorkspace()
        let comparison = try ComparisonEngine(workspace: workspace).compare(workspace.forceIDs, framework: "fixture-2024")
        #expect(Self.comparisonSchema.validate(try JSON.parse(ComparisonReports.json(comparison))) == [])
    }

    /// The validator itself must be able to fail, or the tests above prove nothing.
    @Test func theValidatorRejectsWhatTheSchemaForbids() throws {
        let good = JSONReport.render(try fixtureWorkspace().inspect(force: "alpha"))
        let broken = good.replacingOccurrences(of: "\"schema_version\": 3", with: "\"schema_version\": 4")
            .replacingOccurrences(of: "\"agreement\": \"agrees\"", with: "\"agreement\": \"maybe\"")
            .replacingOccurrences(of: "\"inferred\": false", with: "\"inferred\": \"no\"")
        let problems = Self.inspectionSchema.validate(try JSON.parse(broken))
        #expect(problems.first == "$.areas[0].agreement: string(\"maybe\") is not in the enum")
        #expect(problems.contains("$.schema_version: expected number(3.0)"))
        #expect(problems.contains { $0.hasPrefix("$.areas[0].published_grade: matches 0 of the oneOf options") })
    }

    @Test func keysKeepTheDocumentedOrder() throws {
        let json = JSONReport.render(try fixtureWorkspace().inspect(force: "alpha"))
        let topLevel = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(
            topLevel == [
                "schema_version", "tool", "framework", "force", "inspection", "what_if", "changes_from_baseline", "areas", "findings",
                "published_findings", "duties", "policies_since", "evidence",
            ])
    }
}
