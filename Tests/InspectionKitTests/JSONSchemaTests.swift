import Foundation
import InspectionKit
import InspectionReports
import Testing

/// Every JSON the inspector writes conforms to the schema in `schemas/`.
@Suite("JSON outputs and their schemas")
struct JSONSchemaTests {
    static let inspectionSchema = try! JSONSchemaValidator(file: "\(repositoryRoot)/schemas/inspection-result.schema.json")
    static let comparisonSchema = try! JSONSchemaValidator(file: "\(repositoryRoot)/schemas/comparison.schema.json")

    func workspace() throws -> Workspace { try Workspace.open(root: repositoryRoot, registry: registry) }

    @Test(arguments: ["northamptonshire", "greater-manchester", "gloucestershire", "west-midlands"])
    func everyForcesResultConforms(force: String) throws {
        let result = try workspace().inspect(force: force)
        #expect(Self.inspectionSchema.validate(try JSON.parse(JSONReport.render(result))) == [])
    }

    @Test func aWhatIfResultWithItsChangesConforms() throws {
        let workspace = try workspace()
        let whatIf = try workspace.inspect(force: "northamptonshire", overrides: workspace.overrides(["missing.risk-policy=all-high"]))
        let baseline = try workspace.inspect(force: "northamptonshire")
        let json = JSONReport.render(whatIf, changes: WhatIfComparison(baseline: baseline, whatIf: whatIf))
        #expect(Self.inspectionSchema.validate(try JSON.parse(json)) == [])
        #expect(json.contains("\"changes_from_baseline\": {\n    \"parameters\": {\n      \"missing.risk-policy\": \"all-high\""))
    }

    @Test func aComparisonConforms() throws {
        let workspace = try workspace()
        let comparison = try ComparisonEngine(workspace: workspace).compare(workspace.forceIDs, framework: "ncpi-2024")
        #expect(Self.comparisonSchema.validate(try JSON.parse(ComparisonReports.json(comparison))) == [])
    }

    /// The validator itself must be able to fail, or the tests above prove nothing.
    @Test func theValidatorRejectsWhatTheSchemaForbids() throws {
        let result = try workspace().inspect(force: "northamptonshire")
        let good = JSONReport.render(result)
        let broken = good.replacingOccurrences(of: "\"schema_version\": 1", with: "\"schema_version\": 2")
            .replacingOccurrences(of: "\"agreement\": \"agrees\"", with: "\"agreement\": \"maybe\"")
            .replacingOccurrences(of: "\"inferred\": false", with: "\"inferred\": \"no\"")
        let problems = Self.inspectionSchema.validate(try JSON.parse(broken))
        #expect(problems.first == "$.areas[0].agreement: string(\"maybe\") is not in the enum")
        #expect(problems.contains("$.schema_version: expected number(1.0)"))
        #expect(problems.contains { $0.hasPrefix("$.areas[0].published_grade: matches 0 of the oneOf options") })
    }

    @Test func keysKeepTheDocumentedOrder() throws {
        let json = JSONReport.render(try workspace().inspect(force: "northamptonshire"))
        let topLevel = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topLevel == ["schema_version", "tool", "framework", "force", "inspection", "what_if", "changes_from_baseline", "areas", "findings", "published_findings", "duties", "policies_since", "evidence"])
    }
}
