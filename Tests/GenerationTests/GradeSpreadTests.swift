import Foundation
import Testing

@testable import InspectionKit
@testable import SyntheticData

/// The hidden quality profiles spread the forces' grades across the scale, as the framework's
/// checks and scoring model give them on the synthesized records, and every check can be
/// evaluated on every synthetic force.
@Suite("Grade spread")
struct GradeSpreadTests {
    @Test func gradesSpreadAcrossTheScaleAndEveryCheckIsEvaluated() throws {
        let generator = try generator(forces: 43, episodes: 400)
        var grades: [String: Set<String>] = [:]
        // A check reading a record type with no synthesiser is the one that cannot be evaluated.
        let unsynthesised = Set(generator.notSynthesized.values.flatMap { $0 })
        for plan in generator.plans {
            let result = try #require(try generator.synthesize(plan).expected)
            for area in result.areas {
                grades[area.id, default: []].insert(area.grading.grade ?? "not graded")
                for check in area.checks where !unsynthesised.contains(check.checkID) {
                    #expect(check.result.outcome != .couldNotEvaluate, "\(plan.id) \(check.checkID): \(check.result.statement)")
                }
            }
        }
        // Inadequate needs a cause of concern: a serious shortfall observed, or missing children
        // graded below the risk known in more than half the cases. The assessing checks all
        // count records, so assessing can fall no lower than requires improvement; and no area
        // can reach outstanding (88%) under the default percentage model, since promising
        // practice scores as met (3 of 4).
        for (area, found) in grades {
            let expected: Set<String> =
                area == "assessing"
                ? ["good", "adequate", "requires-improvement"]
                : ["good", "adequate", "requires-improvement", "inadequate"]
            #expect(found == expected, "\(area): \(found.sorted())")
        }
    }

    @Test func qualityMovesTheFiguresTheWayTheChecksJudgeThem() throws {
        let generator = try generator(forces: 20, episodes: 1500)
        var pairs: [(quality: Double, underGraded: Double, late: Double)] = []
        for plan in generator.plans where plan.localPolicy["missing.risk-policy"] == .choice("graded") {
            let result = try #require(try generator.synthesize(plan).expected)
            let figures = result.areas.flatMap(\.checks).flatMap(\.result.figures)
            let under = try #require(figures.first { $0.id == "missing.under-graded-share" }).value
            let late = try #require(figures.first { $0.id == "missing.late-deployment-share" }).value
            pairs.append((plan.areaQuality.first { $0.area == "responding" }!.quality, under, late))
        }
        let sorted = pairs.sorted { $0.quality < $1.quality }
        let low = Array(sorted.prefix(4))
        let high = Array(sorted.suffix(4))
        let underGradedLow: Double = low.map(\.underGraded).reduce(0, +)
        let underGradedHigh: Double = high.map(\.underGraded).reduce(0, +)
        let lateLow: Double = low.map(\.late).reduce(0, +)
        let lateHigh: Double = high.map(\.late).reduce(0, +)
        #expect(underGradedLow > underGradedHigh * 2)
        #expect(lateLow > lateHigh * 2)
    }

    @Test func theRandomStreamsAreFixed() {
        var random = SyntheticRandom(seed: 7)
        let first = (0..<3).map { _ in random.next() }
        var again = SyntheticRandom(seed: 7)
        #expect((0..<3).map { _ in again.next() } == first)
        var split = SyntheticRandom(seed: 7).stream("force", 1)
        var same = SyntheticRandom(seed: 7).stream("force", 1)
        #expect(split.next() == same.next())
        var two = SyntheticRandom(seed: 7).stream("force", 2)
        var one = SyntheticRandom(seed: 7).stream("force", 1)
        #expect(two.next() != one.next())
        for _ in 0..<1000 { #expect((3...9).contains(random.int(in: 3...9))) }
        let civil = CivilTime.civil(days: CivilTime.days(year: 2024, month: 10, day: 27))
        #expect(civil.year == 2024 && civil.month == 10 && civil.day == 27)
        #expect(CivilTime.lastSunday(year: 2024, month: 10) == CivilTime.days(year: 2024, month: 10, day: 27))
        #expect(CivilTime.lastSunday(year: 2025, month: 3) == CivilTime.days(year: 2025, month: 3, day: 30))
    }
}

/// The autumn hour a local-time export cannot say: records are moved, whole, out of it.
@Suite("Clock changes")
struct ClockChangeTests {
    /// 2024-10-27, the last Sunday of October: 00:30 UTC is 01:30 BST, 01:30 UTC is 01:30 GMT.
    static let firstPass: Int64 = 1_729_989_000, secondPass: Int64 = 1_729_992_600

    func style(_ ambiguity: TimestampStyle.Ambiguity, _ pattern: String = "%d/%m/%Y %H:%M") -> TimestampStyle {
        TimestampStyle(pattern: TimePattern(pattern), zone: .london, offsetStyle: .colon, ambiguity: ambiguity, nonexistent: "error")
    }

    @Test func onlyThePassTheMappingPicksCanBeWritten() {
        #expect(style(.earlier).canWrite(utc: Self.firstPass) && !style(.earlier).canWrite(utc: Self.secondPass))
        #expect(!style(.later).canWrite(utc: Self.firstPass) && style(.later).canWrite(utc: Self.secondPass))
        #expect(!style(.error).canWrite(utc: Self.firstPass) && !style(.error).canWrite(utc: Self.secondPass))
        #expect(style(.error, "%Y-%m-%dT%H:%M:%S%z").canWrite(utc: Self.secondPass))
        var bytes: [UInt8] = []
        style(.error, "%Y-%m-%dT%H:%M:%S%z").write(utc: Self.firstPass, into: &bytes)
        bytes.append(UInt8(ascii: " "))
        style(.error, "%Y-%m-%dT%H:%M:%S%z").write(utc: Self.secondPass, into: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "2024-10-27T01:30:00+01:00 2024-10-27T01:30:00+00:00")
    }

    @Test func aRecordInTheAutumnHourMovesWholeAndKeepsItsIntervals() throws {
        let recordType = try #require(workspace.registry.recordType("missing-episode")).recordType
        var fields = SyntheticFields(recordType)
        let reported = recordType.fields.firstIndex { $0.name == "reported_at" }!
        let deployed = recordType.fields.firstIndex { $0.name == "deployed_at" }!
        fields.replace(reported, with: .time(Date(timeIntervalSince1970: TimeInterval(Self.secondPass))))
        fields.replace(deployed, with: .time(Date(timeIntervalSince1970: TimeInterval(Self.secondPass + 1800))))
        NationalGenerator.makeWritable(&fields, [(reported, style(.earlier)), (deployed, style(.earlier))])
        guard case .time(let newReported) = fields.values[reported], case .time(let newDeployed) = fields.values[deployed] else {
            Issue.record("times lost")
            return
        }
        #expect(newDeployed.timeIntervalSince(newReported) == 1800)
        #expect(style(.earlier).canWrite(utc: Int64(newReported.timeIntervalSince1970)))
        #expect(style(.earlier).canWrite(utc: Int64(newDeployed.timeIntervalSince1970)))
        #expect(
            readTimestamp("27/10/2024 01:30", pattern: "%d/%m/%Y %H:%M", zone: "Europe/London", ambiguous: "earlier")
                == Date(timeIntervalSince1970: TimeInterval(Self.firstPass)))
    }
}
