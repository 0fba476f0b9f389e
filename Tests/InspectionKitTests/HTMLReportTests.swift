import Foundation
import InspectionKit
import InspectionReports
import Testing

/// The HTML reports: escaping, self-containment, determinism, golden files and a browser check.
///
/// Golden files: `Tests/InspectionKitTests/Golden/northamptonshire.html` and `comparison.html`
/// are rendered from the repository's own Frameworks/ and Forces/. After an intended change to
/// the report or to that data, regenerate them and review the diff:
///
///     UPDATE_GOLDEN=1 swift test --filter HTMLReportTests
@Suite("HTML report")
struct HTMLReportTests {
    /// Every force under Forces/, named rather than listed from disk, so the golden comparison
    /// does not depend on what else a machine has there.
    static let comparedForces = ["gloucestershire", "greater-manchester", "northamptonshire", "west-midlands"]
    static let framework = "ncpi-2024"
    static let goldenDirectory = "\(repositoryRoot)/Tests/InspectionKitTests/Golden"

    static func comparison(_ workspace: Workspace) throws -> Comparison {
        try ComparisonEngine(workspace: workspace).compare(comparedForces, framework: framework, jobs: 1)
    }

    static func renderRepository() throws -> (inspection: String, comparison: String) {
        let workspace = try Workspace.open(root: repositoryRoot, registry: registry)
        return (HTMLReport.render(try workspace.inspect(force: "northamptonshire")), HTMLReport.render(try comparison(workspace)))
    }

    // MARK: Escaping

    static let injected = "<script>alert(1)</script>"

    @Test func valuesFromConfigurationAndEvidenceAreEscaped() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/northamptonshire/force.yaml", replacing: "name: Northamptonshire Police",
                      with: #"name: "Northamptonshire <script>alert(1)</script> \"Police\" 'force'""#)
        try copy.edit("Forces/northamptonshire/evidence/observations.yaml",
                      replacing: "statement: The force has enough officers and staff in its child protection teams.",
                      with: #"statement: "Enough officers <script>alert(1)</script> \"quoted\" 'single'.""#)
        // A case reference cannot carry markup at all (it is refused as no reference), so the
        // third hostile value goes into a published finding instead.
        try copy.edit("Forces/northamptonshire/inspections/2025-ncpi.yaml",
                      replacing: "text: The force should make sure its strategies and policies put child protection at their centre.",
                      with: #"text: "Centre <script>alert(1)</script> \"finding\" 'text'.""#)
        try copy.edit("Frameworks/scales/hmicfrs-five-tier.yaml", replacing: "colour: \"#b08800\"",
                      with: "colour: \"red;background:url(javascript:alert(1))\\\" onerror=\\\"alert(1)\"")
        let workspace = try copy.workspace()
        let result = try workspace.inspect(force: "northamptonshire")
        // The hostile values reached the result, so the test cannot pass by rendering nothing.
        #expect(result.force.name == #"Northamptonshire <script>alert(1)</script> "Police" 'force'"#)
        #expect(result.findings(.strength).contains { $0.statement.hasPrefix(#"Enough officers <script>alert(1)</script> "quoted" 'single'."#) })
        #expect(result.publishedFindings.areasForImprovement.contains { $0.text == #"Centre <script>alert(1)</script> "finding" 'text'."# })

        let inspection = HTMLReport.render(result)
        let comparison = HTMLReport.render(try Self.comparison(workspace))
        for html in [inspection, comparison] {
            expectInert(html)
            #expect(html.contains("Northamptonshire &lt;script&gt;alert(1)&lt;/script&gt; &quot;Police&quot; &#39;force&#39;"))
            #expect(!html.contains("red;background"), "an invalid colour is never written")
        }
        #expect(inspection.contains("Enough officers &lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &#39;single&#39;."))
        #expect(inspection.contains("Centre &lt;script&gt;alert(1)&lt;/script&gt; &quot;finding&quot; &#39;text&#39;."))
        // The invalid colour falls back to the neutral colour, with the grade still in words.
        #expect(inspection.contains("<span class=\"grade\" style=\"--g:#6e7781;--t:#000\">Adequate</span>"))
    }

    @Test func aCaseReferenceCarryingMarkupIsRefusedBeforeAnyReport() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/northamptonshire/evidence/strategy-discussions.yaml", replacing: "{case_ref: NPT-SD-01,",
                      with: #"{case_ref: "NPT-SD-01<script>alert(1)</script>","#)
        let problems = try copy.workspace().problems(force: "northamptonshire").map(\.message)
        #expect(problems == ["a case reference is letters, digits and . _ / - only (at most 64, no spaces), never a name or a date of birth"])
    }

    @Test func escapingFunctions() {
        #expect(HTMLEscaping.text(#"<a href="x">'&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(HTMLEscaping.attribute("a\tb\nc\"") == "a&#9;b&#10;c&quot;")
        #expect(HTMLEscaping.text("bell\u{07}null\u{00}") == "bell\u{FFFD}null\u{FFFD}")
        #expect(["#1a7f37", "#ABC", "#abcd", "#11223344"].map(HTMLEscaping.colour) == ["#1a7f37", "#ABC", "#abcd", "#11223344"])
        #expect(["red", "#12", "#12345", "#ggg", "#fff;x:url(a)", "", "#fff\""].map(HTMLEscaping.colour) == Array(repeating: "#6e7781", count: 7))
        #expect(HTMLEscaping.textColour(on: "#b08800") == "#000")
        #expect(HTMLEscaping.textColour(on: "#1a7f37") == "#fff")
    }

    // MARK: The page

    @Test func pagesAreSelfContained() throws {
        let (inspection, comparison) = try Self.renderRepository()
        for html in [inspection, comparison] {
            expectInert(html)
            #expect(!html.contains("src="))
            #expect(!html.lowercased().contains("<link"))
            let style = try #require(html.range(of: "<style>")).upperBound..<(try #require(html.range(of: "</style>")).lowerBound)
            #expect(!html[style].contains("http"))
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
            #expect(html.contains("@media print{"))
        }
    }

    @Test func everyChartIsLabelledAndEveryGradeIsWritten() throws {
        let (inspection, comparison) = try Self.renderRepository()
        let figures = try Self.comparison(Workspace.open(root: repositoryRoot, registry: registry)).figures.count
        #expect(inspection.components(separatedBy: "<svg role=\"img\" ").count - 1 == 1)
        #expect(comparison.components(separatedBy: "<svg role=\"img\" ").count - 1 == 1 + figures)
        for html in [inspection, comparison] {
            let charts = html.components(separatedBy: "<svg").dropFirst()
            #expect(charts.allSatisfy { $0.hasPrefix(" role=\"img\" ") && $0.contains(">\n<title>") })
        }
        #expect(inspection.contains(">Computed: Requires improvement (31.3%)</text>"))
        #expect(inspection.contains(">Published: Adequate (inferred), agrees</text>"))
        #expect(inspection.contains("<span class=\"grade\" style=\"--g:#c4581b;--t:#000\">Requires improvement</span>"))
        #expect(comparison.contains(">RI</text>"))
        #expect(comparison.contains(">not graded</text>"))
        #expect(comparison.contains(">published I</text>"))
        #expect(comparison.contains(">7.5 h</text>"))
    }

    @Test func renderingIsDeterministic() throws {
        let first = try Self.renderRepository(), second = try Self.renderRepository()
        #expect(first.inspection == second.inspection)
        #expect(first.comparison == second.comparison)
    }

    // MARK: Golden files

    @Test func inspectionMatchesGoldenFile() throws {
        try expectGolden(try Self.renderRepository().inspection, "northamptonshire.html")
    }

    @Test func comparisonMatchesGoldenFile() throws {
        try expectGolden(try Self.renderRepository().comparison, "comparison.html")
    }

    // MARK: In a browser

    static let chromiumInstalled = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
        FileManager.default.isExecutableFile(atPath: "\($0)/chromium")
    }

    @Test(.enabled(if: chromiumInstalled, "chromium is not installed; the browser check is skipped"))
    func goldenFilesRenderInChromium() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("inspector-html-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for name in ["northamptonshire", "comparison"] {
            let output = "\(directory)/\(name).png"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["\(repositoryRoot)/scripts/render-html.sh", "\(Self.goldenDirectory)/\(name).html", output]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "render-html.sh failed on \(name).html")
            let png = try Data(contentsOf: URL(fileURLWithPath: output))
            #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "\(name).png is not a PNG")
            #expect(png.count > 20_000, "\(name).png is only \(png.count) bytes")
        }
    }
}

/// No markup that could run or load anything, whatever the input.
private func expectInert(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let lower = html.lowercased()
    for forbidden in ["<script", "javascript:", "onerror=", "@import", "url("] {
        #expect(!lower.contains(forbidden), "the output contains \(forbidden)", sourceLocation: sourceLocation)
    }
}

/// Compares `actual` with a golden file byte for byte, or writes the file when UPDATE_GOLDEN=1.
private func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let path = "\(HTMLReportTests.goldenDirectory)/\(name)"
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try FileManager.default.createDirectory(atPath: HTMLReportTests.goldenDirectory, withIntermediateDirectories: true)
        try actual.write(toFile: path, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
        Issue.record("no golden file \(path); create it with UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
        return
    }
    guard actual != expected else { return }
    let actualLines = actual.components(separatedBy: "\n"), expectedLines = expected.components(separatedBy: "\n")
    let line = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(actualLines.count, expectedLines.count)
    Issue.record("""
        \(name) differs from the golden file at line \(line + 1) (rerun with UPDATE_GOLDEN=1 if the change is intended):
          expected: \(line < expectedLines.count ? expectedLines[line] : "<end of file>")
          actual:   \(line < actualLines.count ? actualLines[line] : "<end of file>")
        """, sourceLocation: sourceLocation)
}
