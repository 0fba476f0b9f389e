import InspectionKit
import Testing

/// The Wilson score interval, checked against values computed independently (Python, z =
/// 1.959963984540054), at the ends (0 of n, n of n) where the textbook interval collapses.
@Suite("Intervals of audited shares")
struct IntervalTests {
    @Test(arguments: [
        (3, 6, 0.1876, 0.8124), (1, 6, 0.0301, 0.5635), (0, 10, 0.0, 0.2775), (10, 10, 0.7225, 1.0), (45, 60, 0.6277, 0.8422),
        (1, 1, 0.2065, 1.0),
    ])
    func wilsonMatchesIndependentValues(met: Int, of cases: Int, low: Double, high: Double) {
        let interval = ShareInterval.wilson(met: met, of: cases)
        #expect((interval.low * 10_000).rounded() / 10_000 == low)
        #expect((interval.high * 10_000).rounded() / 10_000 == high)
        #expect(interval.cases == cases)
        #expect(interval.low <= interval.share && interval.share <= interval.high)
    }

    @Test func theIntervalNarrowsAsTheCasesGrow() {
        let widths = [6, 60, 600, 6000].map { ShareInterval.wilson(share: 0.5, cases: $0) }.map { $0.high - $0.low }
        #expect(widths == widths.sorted(by: >))
        #expect(ShareInterval.wilson(met: 3, of: 6).words == "50% (95% interval 18.8%–81.2%, 6 cases)")
    }

    @Test func anAuditedResultCarriesItsIntervalAndARecordCountNone() {
        var result = CheckResult(.partlyMet, statement: "", count: .init(met: 3, of: 6), basis: .audit)
        #expect(result.interval == nil, "no audit basis, no interval")
        result.audit = AuditBasis(questions: ["q.one"], samples: [], metShare: 0.9, partlyMetShare: 0.5)
        #expect(result.interval == ShareInterval.wilson(met: 3, of: 6))
        #expect(result.audit?.outcome(atShare: 0.19) == .notMet)
        #expect(result.audit?.outcome(atShare: 0.81) == .partlyMet)
    }
}
