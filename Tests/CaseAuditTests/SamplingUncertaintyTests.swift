import Foundation
import InspectionKit
import InspectionRunner
import Testing

/// An area re-graded with its audited shares at the ends of their 95% intervals, with the real
/// grader: the grades it could be, and how many cases would settle it.
@Suite("Small samples, honestly")
struct SamplingUncertaintyTests {
    /// alpha's recording area: visits.recorded (audited), practice.observed (a strength) and
    /// plans.name-children (met): with `met` of `of` visits recorded fully.
    static func recording(met: Int, of cases: Int) throws -> AreaResult {
        let copy = try ProjectCopy.withVisits()
        let drawn = try copy.drawSample(size: cases).cases.map(\.reference)
        try copy.declareAudit(rows: drawn.enumerated().map { "\($1),A1,\($0 < met ? "yes" : "no"),neglect" })
        return try copy.inspect().areas.first { $0.id == "recording" }!
    }

    @Test func aGradeOnSixCasesCouldBeAnotherAndTheReportSaysHowManyWouldSettleIt() throws {
        let area = try Self.recording(met: 5, of: 6)
        let sampling = try #require(area.sampling)
        #expect(sampling.checks == [.init(check: "visits.recorded", cases: 6)])
        #expect(sampling.couldChange)
        #expect(sampling.grades == ["good", "adequate"])
        // 5 of 6 is partly met (2 of the area's 8 of 12); at the interval's low end, 43.6%, not
        // met (7 of 12, adequate); at its high end, 97.2%, met (9 of 12, good).
        #expect(area.grading.grade == "good")
        // At 5/6 on n cases the low end first reaches the 50% partly-met bar at n = 9 (0.5067;
        // at 8, 0.4870: computed independently): partly met at the low end and met at the high
        // end both give good, so 9 cases settle the grade though not the check's outcome.
        let settle = try #require(sampling.settlingCases)
        #expect(settle == 9)
        #expect(
            sampling.statement { $0.replacingOccurrences(of: "-", with: " ").capitalized }
                == "The grade could be good or adequate on 6 audited cases (the 95% intervals of its audited shares); about \(settle) audited cases for each share would settle it."
        )
    }

    @Test func aGradeThatHoldsSaysSo() throws {
        let area = try Self.recording(met: 40, of: 40)
        let sampling = try #require(area.sampling)
        #expect(!sampling.couldChange)
        #expect(sampling.grades == [area.grading.grade!])
        #expect(sampling.statement { $0 } == "The grade holds across the 95% intervals of its audited shares (on 40 audited cases).")
    }

    @Test func aShareOnABarIsNeverSettled() throws {
        // 2 of 4 = 50%, the partly-met bar: any interval around it crosses the bar.
        let sampling = try #require(try Self.recording(met: 2, of: 4).sampling)
        #expect(sampling.onBar && sampling.settlingCases == nil)
        #expect(
            sampling.statement { $0 }.hasSuffix(
                "no number of cases would settle it, as an audited share sits exactly where an outcome changes."))
    }
}
