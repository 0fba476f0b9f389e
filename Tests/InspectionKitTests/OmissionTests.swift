import Foundation
import InspectionHistory
import InspectionKit
import InspectionReports
import InspectionRunner
import Testing

/// Reports never hide what they leave out: how many rejection reasons of how many, n beside
/// every figure, rankings only of like with like, no chart cut short or drawn empty.
@Suite("Reports that say what they leave out")
struct OmissionTests {
    /// Alpha's visits as a CSV export of 46 rows, 10 of them rejected, each for its own reason
    /// (a code the mapping does not know: QA, QB, … QJ).
    static func tenOfFortySixRejected() throws -> ProjectCopy {
        let codes = "ABCDEFGHIJ".map { "Q\($0)" }
        let rows = (1...46).map { index in
            let result = index <= 10 ? codes[index - 1] : "S"
            return "A-\(index),06/01/2025 10:00,06/01/2025 15:00,\(result),NEG,2,2,Y,,,x,"
        }
        let csv =
            "Ref,Requested,Visited,Result,Concerns,Kids,Seen,Logged,Reviewed,Score,Child Surname,Notes\n" + rows.joined(separator: "\n")
            + "\n"
        return try CSVEvidenceTests.copy(csv: csv, maxRejected: "10")
    }

    @Test func everyFormatSaysHowManyRejectionReasonsItShowsOfHowMany() throws {
        let result = try Self.tenOfFortySixRejected().inspect()
        let dataset = try #require(result.evidence.first)
        #expect((dataset.rows, dataset.records, dataset.rejections.count, dataset.rejectionReasons.count) == (46, 36, 10, 10))
        let reason = { (code: String) in "1 × '\(code)' is not a code for outcome in the mapping" }

        let text = TextReport.render(result, width: 400)
        #expect(
            text.contains(
                "36 home-visit records from evidence/visits.csv (export): 46 rows read, 36 used, 10 rejected, for 10 reasons, 5 shown (the JSON, Markdown and HTML reports list all 10; --rejects DIR writes every row):"
            ))
        #expect(text.components(separatedBy: "' is not a code for outcome").count - 1 == 5)

        let markdown = MarkdownReport.render(result)
        #expect(markdown.contains("46 rows read, 36 used, 10 rejected, for 10 reasons, all shown:"))
        for code in "ABCDEFGHIJ".map({ "Q\($0)" }) { #expect(markdown.contains(reason(code)), "Markdown lists \(code)") }

        let html = HTMLReport.render(result)
        #expect(html.contains("<h3>Rows rejected from visits: 10 of 46, for 10 reasons, all shown</h3>"))
        #expect(html.components(separatedBy: "&#39; is not a code for outcome in the mapping").count - 1 == 10)
    }

    /// A force's score resting on 1 of 2 checks is not ranked above one resting on 2 of 2.
    @Test func anAreaRanksOnlyForcesEvaluatedOnTheSameChecks() throws {
        let copy = try ProjectCopy()
        // Beta's households have no children, so "children seen" does not apply: its response
        // score rests on the on-time check alone (75%), alpha's on both (50%).
        try copy.write(
            "Forces/beta/evidence/visits.yaml",
            """
            # SYNTHETIC fixture records.
            schema: 1
            record_type: home-visit
            provenance: synthetic
            note: Fixture records.
            records:
              - {case_ref: B-01, requested_at: 2025-02-03T09:00:00Z, visited_at: 2025-02-03T10:00:00Z, outcome: safe, concerns: [], children: 0, children_seen: 0, recorded: true}
              - {case_ref: B-02, requested_at: 2025-02-04T09:00:00Z, visited_at: 2025-02-04T10:00:00Z, outcome: safe, concerns: [], children: 0, children_seen: 0, recorded: true}

            """)
        let comparison = try ComparisonEngine(workspace: copy.workspace()).compare(["alpha", "beta"], framework: "fixture-2024", jobs: 1)
        let ranking = comparison.ranking(of: "response")
        #expect(ranking.checks == ["visits.on-time", "visits.children-seen"])
        #expect(ranking.ranked.map(\.force) == ["alpha"])
        #expect(ranking.apart == [.init(force: "beta", evaluatedChecks: ["visits.on-time"])])
        let beta = try #require(comparison.rows.first { $0.force.id == "beta" }?.result.areas.first { $0.id == "response" })
        #expect(beta.grading.percent == 75)
        #expect(
            ComparisonTextReport.render(comparison, width: 400).contains(
                "  Response: ranked on 2 of 2 checks: 1. Alpha 50%. Not ranked, evaluated on other checks: Beta (1 of 2 checks: visits.on-time)."
            ))
    }

    @Test func anAreaRankingSaysWhenRowsWereRejected() throws {
        let copy = try Self.tenOfFortySixRejected()
        let comparison = try ComparisonEngine(workspace: copy.workspace()).compare(["alpha", "beta"], framework: "fixture-2024", jobs: 1)
        #expect(
            ComparisonTextReport.render(comparison, width: 400).contains("Rows rejected from the evidence: Alpha 10 of 46 rows rejected."))
    }

    @Test func everyComparedFigureSaysItsN() throws {
        let comparison = try ComparisonEngine(workspace: fixtureWorkspace()).compare(
            ["alpha", "beta", "gamma"], framework: "fixture-2024", jobs: 1)
        let figure = try #require(comparison.figures.first { $0.id == "visits.late-share" })
        #expect(figure.sampleSizes == ["alpha": 4, "beta": 3])
        let html = HTMLReport.render(comparison)
        #expect(html.contains(">50% (n = 4)</text>"))
        #expect(html.contains("50%<br><span class=\"count\">n = 4</span>"))
        #expect(ComparisonReports.markdown(comparison).contains("| 50% (n = 4) |"))
        #expect(
            ComparisonReports.csv(comparison).contains(",figure,visits.late-share,Visits later than the target,,,,,,,,0.5,share,4,,,,,,\n"))
        #expect(ComparisonTextReport.render(comparison).contains("    n (cases)"))
    }

    /// "Published: Requires improvement, differs" was cut at a fixed 270 pixels.
    @Test func aLongPublishedGradeThatDiffersIsNotCut() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            "Forces/alpha/inspections/2025-fixture.yaml", replacing: "{area: response, grade: adequate, source: Fixture report}",
            with: "{area: response, grade: requires-improvement, source: Fixture report}")
        let html = HTMLReport.render(try copy.inspect())
        #expect(html.contains(##"font-size="12" fill="#1f2328" font-weight="700">Published: Requires improvement, differs</text>"##))
        let width = try #require(Int(matches(#"<svg role="img" width="([0-9]+)""#, in: html).first ?? ""))
        // The text starts at 706; 40 bold characters at 12 px need about 327 (the old width gave 270).
        #expect(width == 706 + 327 + 8)
    }

    /// An area no run graded is said in words, not drawn as an empty chart.
    @Test func aHistoryDrawsNoChartForAnAreaNeverGraded() throws {
        let workspace = try fixtureWorkspace()
        let result = try workspace.inspect(force: "gamma")
        var record = try workspace.record(result, command: "inspect", savedAt: Date(timeIntervalSince1970: 1_754_000_000))
        record.id = 1
        let html = HTMLReport.render(RunTrend(forceID: "gamma", forceName: "Gamma Constabulary", runs: [record]))
        #expect(!html.contains("<svg"))
        #expect(html.contains("<p>Areas no run graded, so with no chart:</p>"))
        #expect(html.contains("<li><strong>Responding to requests for a visit</strong>: not graded in any run. Latest run: Not graded"))
    }
}

/// The first capture group of every match.
private func matches(_ pattern: String, in text: String) -> [String] {
    let expression = try! NSRegularExpression(pattern: pattern)
    return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
        Range($0.range(at: 1), in: text).map { String(text[$0]) }
    }
}
