import Foundation
import InspectionKit
import InspectionReports
import InspectionRunner
import Testing

/// Every report format, for Northamptonshire and for the comparison of the shipped forces,
/// compared byte for byte with the files in Golden/. After an intended change to a report or
/// to the shipped data, regenerate them with `make golden` and review the diff.
@Suite("Golden reports of the shipped forces")
struct ShippedGoldenTests {
    static let directory = "\(repositoryRoot)/Tests/ShippedForcesTests/Golden"

    static func northamptonshire() throws -> InspectionResult {
        try shippedWorkspace().inspect(force: "northamptonshire")
    }

    /// Every force under Forces/, listed from disk: a force added there joins the comparison.
    static func comparison() throws -> Comparison {
        let workspace = try shippedWorkspace()
        return try ComparisonEngine(workspace: workspace).compare(workspace.forceIDs, framework: "ncpi-2024", jobs: 2)
    }

    @Test func northamptonshireText() throws {
        try expectGolden(TextReport.render(Self.northamptonshire()), in: Self.directory, "northamptonshire.txt")
    }
    @Test func northamptonshireMarkdown() throws {
        try expectGolden(MarkdownReport.render(Self.northamptonshire()), in: Self.directory, "northamptonshire.md")
    }
    @Test func northamptonshireJSON() throws {
        try expectGolden(JSONReport.render(Self.northamptonshire()), in: Self.directory, "northamptonshire.json")
    }
    @Test func northamptonshireHTML() throws {
        try expectGolden(HTMLReport.render(Self.northamptonshire()), in: Self.directory, "northamptonshire.html")
    }
    @Test func comparisonText() throws {
        try expectGolden(ComparisonTextReport.render(Self.comparison()), in: Self.directory, "comparison.txt")
    }
    @Test func comparisonMarkdown() throws {
        try expectGolden(ComparisonReports.markdown(Self.comparison()), in: Self.directory, "comparison.md")
    }
    @Test func comparisonCSV() throws { try expectGolden(ComparisonReports.csv(Self.comparison()), in: Self.directory, "comparison.csv") }
    @Test func comparisonJSON() throws {
        try expectGolden(ComparisonReports.json(Self.comparison()), in: Self.directory, "comparison.json")
    }
    @Test func comparisonHTML() throws { try expectGolden(HTMLReport.render(Self.comparison()), in: Self.directory, "comparison.html") }
    /// Both scoring models' agreement with the published grades, per force (ScoringAgreementTests).
    @Test func scoringAgreement() throws {
        try expectGolden(ScoringAgreementTests.table(ScoringAgreementTests.measured()), in: Self.directory, "scoring-agreement.txt")
    }

    @Test(.enabled(if: chromiumInstalled, "chromium is not installed; the browser check is skipped"))
    func goldenPagesRenderInChromium() throws {
        for name in ["northamptonshire.html", "comparison.html"] {
            try expectRendersInChromium("\(Self.directory)/\(name)")
        }
    }
}

/// The shipped configuration is valid and every JSON it gives conforms to its schema.
@Suite("The shipped frameworks and forces")
struct ShippedConfigurationTests {
    static let inspectionSchema = try! JSONSchemaValidator(file: "\(repositoryRoot)/schemas/inspection-result.schema.json")
    static let comparisonSchema = try! JSONSchemaValidator(file: "\(repositoryRoot)/schemas/comparison.schema.json")

    @Test func everyShippedForceIsValid() throws {
        let workspace = try shippedWorkspace()
        #expect(workspace.forceIDs.count >= 4)
        for force in workspace.forceIDs {
            #expect(workspace.problems(force: force).isEmpty, "\(force): \(workspace.problems(force: force))")
        }
    }

    @Test func everyShippedForcesResultConforms() throws {
        let workspace = try shippedWorkspace()
        for force in workspace.forceIDs {
            let result = try workspace.inspect(force: force)
            #expect(Self.inspectionSchema.validate(try JSON.parse(JSONReport.render(result))) == [], "\(force)")
        }
        let comparison = try ComparisonEngine(workspace: workspace).compare(workspace.forceIDs, framework: "ncpi-2024")
        #expect(Self.comparisonSchema.validate(try JSON.parse(ComparisonReports.json(comparison))) == [])
    }

    @Test func aWhatIfResultWithItsChangesConforms() throws {
        let workspace = try shippedWorkspace()
        let whatIf = try workspace.inspect(force: "northamptonshire", overrides: workspace.overrides(["missing.risk-policy=all-high"]))
        let baseline = try workspace.inspect(force: "northamptonshire")
        let json = JSONReport.render(whatIf, changes: WhatIfComparison(baseline: baseline, whatIf: whatIf))
        #expect(Self.inspectionSchema.validate(try JSON.parse(json)) == [])
        #expect(json.contains("\"changes_from_baseline\": {\n    \"parameters\": {\n      \"missing.risk-policy\": \"all-high\""))
    }
}
