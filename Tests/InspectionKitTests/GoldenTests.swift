import Foundation
import InspectionKit
import InspectionReports
import Testing

/// Every report format, for Northamptonshire and for the comparison of all four forces,
/// compared byte for byte with the files in Golden/. After an intended change to a report,
/// regenerate them with `UPDATE_GOLDEN=1 swift test --filter GoldenTests` and review the diff.
@Suite("Golden reports")
struct GoldenTests {
    static let directory = "\(repositoryRoot)/Tests/InspectionKitTests/Golden"

    static func northamptonshire() throws -> InspectionResult {
        try Workspace.open(root: repositoryRoot, registry: registry).inspect(force: "northamptonshire")
    }

    static func comparison() throws -> Comparison {
        let workspace = try Workspace.open(root: repositoryRoot, registry: registry)
        return try ComparisonEngine(workspace: workspace).compare(
            ["northamptonshire", "greater-manchester", "gloucestershire", "west-midlands"], framework: "ncpi-2024", jobs: 2)
    }

    static func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = "\(directory)/\(name)"
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its golden file; if intended, run UPDATE_GOLDEN=1 swift test --filter GoldenTests", sourceLocation: sourceLocation)
    }

    @Test func northamptonshireText() throws { try Self.expectGolden(TextReport.render(Self.northamptonshire()), "northamptonshire.txt") }
    @Test func northamptonshireMarkdown() throws { try Self.expectGolden(MarkdownReport.render(Self.northamptonshire()), "northamptonshire.md") }
    @Test func northamptonshireJSON() throws { try Self.expectGolden(JSONReport.render(Self.northamptonshire()), "northamptonshire.json") }
    @Test func comparisonText() throws { try Self.expectGolden(ComparisonTextReport.render(Self.comparison()), "comparison.txt") }
    @Test func comparisonMarkdown() throws { try Self.expectGolden(ComparisonReports.markdown(Self.comparison()), "comparison.md") }
    @Test func comparisonCSV() throws { try Self.expectGolden(ComparisonReports.csv(Self.comparison()), "comparison.csv") }
    @Test func comparisonJSON() throws { try Self.expectGolden(ComparisonReports.json(Self.comparison()), "comparison.json") }
}

/// Values holding line breaks or Markdown syntax cannot change a report's structure.
@Suite("Markdown and CSV stay well formed")
struct ReportStructureTests {
    @Test func lineBreaksAndSyntaxInValuesAreNeutralised() throws {
        let copy = try ProjectCopy()
        try copy.edit("Frameworks/ncpi-2024.yaml", replacing: "    title: Leadership of child protection arrangements",
                      with: "    title: \"Leadership\\r\\n\\r\\n# Injected | [link](http://e.x) `code`\"")
        try copy.edit("Forces/northamptonshire/force.yaml", replacing: "name: Northamptonshire Police", with: "name: \"Northants,\\r\\n\\\"Police\\\"\"")
        let workspace = try copy.workspace()
        let result = try workspace.inspect(force: "northamptonshire")
        let markdown = MarkdownReport.render(result)
        #expect(markdown.contains("| Leadership    \\# Injected \\| \\[link\\](http://e.x) \\`code\\` | Adequate (58%) | Adequate | agrees |"))
        #expect(!markdown.contains("\r"))
        let comparison = try ComparisonEngine(workspace: workspace).compare(["northamptonshire"], framework: "ncpi-2024")
        let csv = ComparisonReports.csv(comparison)
        #expect(csv.contains("northamptonshire,\"Northants,\r\n\"\"Police\"\"\",ncpi-2024@2024.1"))
    }
}
