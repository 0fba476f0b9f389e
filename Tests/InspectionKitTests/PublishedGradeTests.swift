import Foundation
import InspectionKit
import InspectionReports
import InspectionRunner
import Testing

/// What the inspectorate published, recorded as exactly as the sources allow: a grade, a grade
/// the sources do not give (unknown, possibly one of a few), or no grade (not inspected); a
/// publication date to the day, to the month or unknown.
@Suite("Published grades and dates")
struct PublishedGradeTests {
    static let inspection = "Forces/alpha/inspections/2025-fixture.yaml"

    /// Alpha with its response grade unknown (adequate or requires improvement) and its
    /// recording grade left out (not inspected).
    static func unknownAndNotInspected() throws -> ProjectCopy {
        let copy = try ProjectCopy()
        try copy.edit(
            inspection, replacing: "  - {area: response, grade: adequate, source: Fixture report}",
            with: "  - {area: response, grade: unknown, one_of: [adequate, requires-improvement], source: Fixture report}")
        try copy.edit(
            inspection,
            replacing:
                "  - {area: recording, grade: good, source: Fixture report, inferred: true, note: the report grades one area good and one adequate; this is the good one}\n",
            with: "")
        return copy
    }

    @Test func anUnknownGradeIsWordedApartFromNotGradedAndNotInspectedInEveryFormat() throws {
        let copy = try Self.unknownAndNotInspected()
        let result = try copy.inspect()
        #expect(result.areas.map(\.agreement) == [.publishedUnknown, .notInspected])
        #expect(result.publishedWords(result.area("response")) == "unknown (adequate or requires improvement)")
        let gamma = try copy.inspect("gamma")
        #expect(gamma.areas.map(\.agreement) == [.notGraded, .notGraded])

        let text = TextReport.render(result)
        #expect(text.contains("Response                     Adequate (50%)             unknown (adequate or requires improvement)\n"))
        #expect(text.contains("Recording                    Good (75%)                 not inspected\n"))
        let markdown = MarkdownReport.render(result)
        #expect(
            markdown.contains(
                "| Responding to requests for a visit | Adequate (50%) | synthetic | unknown (adequate or requires improvement) | cannot tell (published grade unknown) |"
            ))
        #expect(markdown.contains("| Recording what was found | Good (75%) | published and synthetic | not inspected | not inspected |"))
        let json = JSONReport.render(result)
        #expect(
            json.contains(
                """
                "published_grade": {
                        "grade": null,
                        "possible": [
                          "adequate",
                          "requires-improvement"
                        ],
                """))
        #expect(json.contains("\"agreement\": \"not-inspected\""))
        let html = HTMLReport.render(result)
        #expect(html.contains("<span class=\"grade unknown\">Unknown (adequate or requires improvement)</span>"))
        #expect(html.contains("<span class=\"grade none\">Not inspected</span>"))
        let comparison = try ComparisonEngine(workspace: copy.workspace()).compare(["alpha", "gamma"], framework: "fixture-2024")
        #expect(ComparisonTextReport.render(comparison).contains("Alpha            p+s      A/?        G/–\n"))
        #expect(
            ComparisonReports.markdown(comparison).contains(
                "| Alpha Constabulary | Adequate (s) / unknown (adequate or requires improvement) | Good (p+s) / not inspected |"))
        #expect(
            ComparisonReports.csv(comparison).contains(
                "alpha,Alpha Constabulary,fixture-2024@1 / fixture-percentage@1,area,response,Responding to requests for a visit,adequate,50,synthetic,unknown,adequate requires-improvement,false,published-unknown,,,,2,visits.on-time,1,visits.on-time,,\n"
            ))
        #expect(ComparisonReports.json(comparison).contains("\"agreement\": \"published-unknown\""))
        #expect(HTMLReport.render(comparison).contains(">published A or RI?</text>"))
    }

    @Test func aComputedGradeOutsideTheGradesItMayBeDiffers() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            Self.inspection, replacing: "  - {area: response, grade: adequate, source: Fixture report}",
            with: "  - {area: response, grade: unknown, one_of: [good, outstanding], source: Fixture report}")
        #expect(try copy.inspect().area("response").agreement == .differs)
    }

    @Test func publishedGradesAndTheirCountsAreCheckedTogether() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            Self.inspection, replacing: "  - {area: response, grade: adequate, source: Fixture report}",
            with: "  - {area: response, grade: adequate, one_of: [good, adequat], source: Fixture report}")
        try copy.edit(
            Self.inspection, replacing: "published_findings:", with: "published_grade_counts: {good: 2, adequate: 1}\npublished_findings:")
        let actual = try copy.problems()
        #expect(
            actual == """
                <root>/Forces/alpha/inspections/2025-fixture.yaml:11:48: error: published grade: one_of goes with grade: unknown; a known grade needs no alternatives
                  - {area: response, grade: adequate, one_of: [good, adequat], source: Fixture report}
                                                               ^
                <root>/Forces/alpha/inspections/2025-fixture.yaml:11:54: error: unknown grade 'adequat' (did you mean 'adequate'?)
                  - {area: response, grade: adequate, one_of: [good, adequat], source: Fixture report}
                                                                     ^
                <root>/Forces/alpha/inspections/2025-fixture.yaml:13:25: error: published grade: the grade counts add up to 3 areas but 2 published grades are listed; list every graded area (grade: unknown when the sources do not say)
                published_grade_counts: {good: 2, adequate: 1}
                                        ^
                """)
    }

    @Test func knownGradesMustFitTheCountsAndUnknownOnesTheRest() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            Self.inspection, replacing: "  - {area: response, grade: adequate, source: Fixture report}",
            with: "  - {area: response, grade: unknown, one_of: [outstanding, inadequate], source: Fixture report}")
        try copy.edit(Self.inspection, replacing: "published_findings:", with: "published_grade_counts: {adequate: 2}\npublished_findings:")
        let messages = try copy.workspace().problems(force: "alpha").map(\.message)
        #expect(
            messages == [
                "published grade: none of its possible grades is left by the grade counts (left: adequate)",
                "published grade: the report gives 0 good areas, but more are listed as good",
            ])
    }

    @Test(arguments: [
        ("2025-06", "not dated: the report's publication date is known only to the month (June 2025)", "June 2025"),
        ("unknown", "not dated: the report's publication date is not known", "unknown"),
    ])
    func dutiesAreDatedOnlyFromAnExactDay(published: String, undated: String, words: String) throws {
        let copy = try ProjectCopy()
        try copy.edit(Self.inspection, replacing: "published: 2025-06-02", with: "published: \(published)")
        let result = try copy.inspect()
        #expect(result.inspection.published.words == words)
        #expect(result.duties.map(\.due) == [nil, nil, nil])
        // The action plan is not required (the report published no cause of concern), so it has
        // no date to want.
        #expect(result.duties.map(\.undated) == [undated, undated, nil])
        #expect(TextReport.render(result, width: 200).contains("  - The commissioner comments: \(undated).\n"))
        #expect(try ProjectCopy().inspect().duties.map { $0.due.map(DateText.iso) } == ["2025-07-28", "2025-07-28", nil])
    }

    @Test(arguments: ["2025-13", "2025-02-30", "25-06-02", "1899-12-31", "soon"])
    func aPublicationDateMustBeADayAMonthOrUnknown(written: String) throws {
        let copy = try ProjectCopy()
        try copy.edit(Self.inspection, replacing: "published: 2025-06-02", with: "published: \(written)")
        #expect(
            try copy.workspace().problems(force: "alpha").map(\.message) == [
                "'\(written)' is not a publication date: YYYY-MM-DD, YYYY-MM when only the month is known, or unknown"
            ])
    }
}
