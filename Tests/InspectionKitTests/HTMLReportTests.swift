import Foundation
import InspectionKit
import InspectionReports
import InspectionRunner
import Testing

/// The HTML reports on the fixture project: escaping, self-containment, determinism, golden
/// files and a browser check. (The shipped forces' pages are golden files of their own, in
/// ShippedForcesTests.)
@Suite("HTML report")
struct HTMLReportTests {
    static let comparedForces = ["alpha", "beta", "gamma"]

    static func comparison(_ workspace: Workspace) throws -> Comparison {
        try ComparisonEngine(workspace: workspace).compare(comparedForces, framework: "fixture-2024", jobs: 1)
    }

    static func renderFixtures() throws -> (inspection: String, comparison: String) {
        let workspace = try fixtureWorkspace()
        return (HTMLReport.render(try workspace.inspect(force: "alpha")), HTMLReport.render(try comparison(workspace)))
    }

    // MARK: Escaping

    static let injected = "<script>alert(1)</script>"

    @Test func valuesFromConfigurationAndEvidenceAreEscaped() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            "Forces/alpha/force.yaml", replacing: "name: Alpha Constabulary",
            with: #"name: "Alpha <script>alert(1)</script> \"Police\" 'force'""#)
        try copy.edit(
            "Forces/alpha/evidence/observations.yaml",
            replacing: "statement: Recording was thorough.",
            with: #"statement: "Thorough <script>alert(1)</script> \"quoted\" 'single'.""#)
        // A case reference cannot carry markup at all (it is refused as no reference), so the
        // third hostile value goes into a published finding instead.
        try copy.edit(
            "Forces/alpha/inspections/2025-fixture.yaml",
            replacing: "text: The force should visit children sooner.",
            with: #"text: "Centre <script>alert(1)</script> \"finding\" 'text'.""#)
        let workspace = try copy.workspace()
        let result = try workspace.inspect(force: "alpha")
        // The hostile values reached the result, so the test cannot pass by rendering nothing.
        #expect(result.force.name == #"Alpha <script>alert(1)</script> "Police" 'force'"#)
        #expect(result.findings(.strength).contains { $0.statement.hasPrefix(#"Thorough <script>alert(1)</script> "quoted" 'single'."#) })
        #expect(result.publishedFindings.areasForImprovement.contains { $0.text == #"Centre <script>alert(1)</script> "finding" 'text'."# })

        let inspection = HTMLReport.render(result)
        let comparison = HTMLReport.render(try Self.comparison(workspace))
        for html in [inspection, comparison] {
            expectInert(html)
            #expect(html.contains("Alpha &lt;script&gt;alert(1)&lt;/script&gt; &quot;Police&quot; &#39;force&#39;"))
        }
        #expect(inspection.contains("Thorough &lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &#39;single&#39;."))
        #expect(inspection.contains("Centre &lt;script&gt;alert(1)&lt;/script&gt; &quot;finding&quot; &#39;text&#39;."))
    }

    /// A colour goes into HTML and SVG as written, so only #rgb and #rrggbb are taken.
    @Test func aColourCarryingMarkupIsRefusedWhereItIsWritten() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            "Frameworks/scales/five-tier.yaml", replacing: "colour: \"#b08800\"",
            with: "colour: \"red;background:url(javascript:alert(1))\\\" onerror=\\\"alert(1)\"")
        #expect(
            copy.frameworkProblems().hasPrefix(
                """
                <root>/Frameworks/scales/five-tier.yaml:18:13: error: 'red;background:url(javascript:alert(1))" onerror="alert(1)' is not a colour; write #rgb or #rrggbb (e.g. #1a7f37)
                """))
    }

    @Test func aCaseReferenceCarryingMarkupIsRefusedBeforeAnyReport() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            "Forces/alpha/evidence/visits.yaml", replacing: "case_ref: A-01",
            with: #"case_ref: "A-01<script>alert(1)</script>""#)
        let problems = try copy.workspace().problems(force: "alpha").map(\.message)
        #expect(
            problems == [
                "a case reference is letters, digits, - and / only, at most 64 (no spaces or dots)"
            ])
    }

    @Test func escapingFunctions() {
        #expect(HTMLEscaping.text(#"<a href="x">'&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(HTMLEscaping.attribute("a\tb\nc\"") == "a&#9;b&#10;c&quot;")
        #expect(HTMLEscaping.text("bell\u{07}null\u{00}") == "bell\u{FFFD}null\u{FFFD}")
        #expect(["#1a7f37", "#ABC", "#abcd", "#11223344"].map(HTMLEscaping.colour) == ["#1a7f37", "#ABC", "#abcd", "#11223344"])
        #expect(
            ["red", "#12", "#12345", "#ggg", "#fff;x:url(a)", "", "#fff\""].map(HTMLEscaping.colour)
                == Array(repeating: "#6e7781", count: 7))
        #expect(HTMLEscaping.textColour(on: "#b08800") == "#000")
        #expect(HTMLEscaping.textColour(on: "#1a7f37") == "#fff")
    }

    // MARK: The page

    @Test func pagesAreSelfContained() throws {
        let (inspection, comparison) = try Self.renderFixtures()
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
        let (inspection, comparison) = try Self.renderFixtures()
        let figures = try Self.comparison(fixtureWorkspace()).figures.count
        #expect(inspection.components(separatedBy: "<svg role=\"img\" ").count - 1 == 1)
        #expect(comparison.components(separatedBy: "<svg role=\"img\" ").count - 1 == 1 + figures)
        for html in [inspection, comparison] {
            let charts = html.components(separatedBy: "<svg").dropFirst()
            #expect(charts.allSatisfy { $0.hasPrefix(" role=\"img\" ") && $0.contains(">\n<title>") })
        }
        #expect(inspection.contains(">Computed: Adequate (50%)</text>"))
        #expect(inspection.contains(">Published: Good (inferred), agrees</text>"))
        #expect(inspection.contains("<span class=\"grade\" style=\"--g:#b08800;--t:#000\">Adequate</span>"))
        #expect(comparison.contains(">RI</text>"))
        #expect(comparison.contains(">not graded</text>"))
        #expect(comparison.contains(">published I</text>"))
        #expect(comparison.contains(">33.3% · agrees</text>"))
    }

    @Test func renderingIsDeterministic() throws {
        let first = try Self.renderFixtures()
        let second = try Self.renderFixtures()
        #expect(first.inspection == second.inspection)
        #expect(first.comparison == second.comparison)
    }

    // MARK: Golden files

    static let goldenDirectory = "\(repositoryRoot)/Tests/InspectionKitTests/Golden"

    @Test func inspectionMatchesGoldenFile() throws {
        try expectGolden(try Self.renderFixtures().inspection, in: Self.goldenDirectory, "alpha.html")
    }

    @Test func comparisonMatchesGoldenFile() throws {
        try expectGolden(try Self.renderFixtures().comparison, in: Self.goldenDirectory, "comparison.html")
    }

    @Test(.enabled(if: chromiumInstalled, "chromium is not installed; the browser check is skipped"))
    func goldenFilesRenderInChromium() throws {
        for name in ["alpha.html", "comparison.html"] {
            try expectRendersInChromium("\(Self.goldenDirectory)/\(name)")
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
