import Foundation
import InspectionKit
import InspectionReports
import InspectionRunner
import Testing

/// Every report format on the fixture project (alpha's inspection; alpha, beta and gamma
/// compared), byte for byte against Golden/. These pin the reports' layout, not the shipped
/// data: after an intended change to a report, regenerate every golden file with
/// `make golden` and review the diff.
@Suite("Golden reports")
struct GoldenTests {
    static let directory = "\(repositoryRoot)/Tests/InspectionKitTests/Golden"

    static func alpha() throws -> InspectionResult { try fixtureWorkspace().inspect(force: "alpha") }

    static func comparison() throws -> Comparison {
        try ComparisonEngine(workspace: fixtureWorkspace()).compare(["alpha", "beta", "gamma"], framework: "fixture-2024", jobs: 2)
    }

    @Test func alphaText() throws { try expectGolden(TextReport.render(Self.alpha()), in: Self.directory, "alpha.txt") }
    @Test func alphaMarkdown() throws { try expectGolden(MarkdownReport.render(Self.alpha()), in: Self.directory, "alpha.md") }
    @Test func alphaJSON() throws { try expectGolden(JSONReport.render(Self.alpha()), in: Self.directory, "alpha.json") }
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

    @Test func twoRunsGiveByteIdenticalReports() throws {
        #expect(JSONReport.render(try Self.alpha()) == JSONReport.render(try Self.alpha()))
        #expect(ComparisonReports.csv(try Self.comparison()) == ComparisonReports.csv(try Self.comparison()))
    }
}

/// Values holding line breaks or Markdown syntax cannot change a report's structure.
@Suite("Markdown and CSV stay well formed")
struct ReportStructureTests {
    @Test func lineBreaksAndSyntaxInValuesAreNeutralised() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            "Frameworks/fixture-2024.yaml", replacing: "    title: Recording what was found",
            with: "    title: \"Recording\\r\\n\\r\\n# Injected | [link](http://e.x) `code`\"")
        try copy.edit("Forces/alpha/force.yaml", replacing: "name: Alpha Constabulary", with: "name: \"Alpha,\\r\\n\\\"Police\\\"\"")
        let workspace = try copy.workspace()
        let markdown = MarkdownReport.render(try workspace.inspect(force: "alpha"))
        #expect(markdown.contains("| Recording    \\# Injected \\| \\[link\\](http://e.x) \\`code\\` |"))
        #expect(!markdown.contains("\r"))
        let comparison = try ComparisonEngine(workspace: workspace).compare(["alpha"], framework: "fixture-2024")
        #expect(ComparisonReports.csv(comparison).contains("alpha,\"Alpha,\r\n\"\"Police\"\"\",fixture-2024@1"))
    }
}
