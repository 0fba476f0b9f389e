import Foundation
import InspectionKit
import InspectionLoading
import InspectionRunner

/// What `inspector generate national` is asked for.
public struct NationalOptions: Sendable, Hashable {
    /// How many synthetic forces (at least 1).
    public var forces: Int
    /// The records of the framework's main record type an average force holds in a year
    /// (missing episodes, for child protection): each force's size scales it.
    public var volume: Int
    public var seed: UInt64
    /// The framework the forces are inspected under.
    public var framework: String
    /// Cases sampled for each audit form a force's records are audited on (0: no audits).
    public var auditCases: Int
    /// The share of sampled cases a second auditor audits again.
    public var doubleAuditShare: Double
    /// The share of the second auditor's answers that differ from the first's.
    public var disagreementShare: Double

    public init(
        forces: Int, volume: Int, seed: UInt64, framework: String, auditCases: Int = 60, doubleAuditShare: Double = 0.25,
        disagreementShare: Double = 0.15
    ) {
        self.forces = forces
        self.volume = volume
        self.seed = seed
        self.framework = framework
        self.auditCases = auditCases
        self.doubleAuditShare = doubleAuditShare
        self.disagreementShare = disagreementShare
    }
}

/// One synthetic force, decided before any record is made: who it is, how big, how good (the
/// hidden quality profile), its local policy, its publication date and its export dialect.
struct SyntheticForcePlan: Sendable {
    /// 1-based.
    let number: Int
    let id: String
    let name: String
    let shortName: String
    let region: String
    let country: String
    /// The force's size relative to an average force: 0.4 to 2.0.
    let sizeFactor: Double
    /// Records of the main type (`--episodes` scaled by size).
    let volume: Int
    /// Hidden quality per area of the framework, 0 (poor) to 1 (good), in the framework's order.
    let areaQuality: [(area: String, quality: Double)]
    /// Quality per check id: the area's, varied a little per check.
    let checkQuality: [String: Double]
    /// Local policy parameter values drawn for the force, by name.
    let localPolicy: [String: ParameterValue]
    /// Publication day of the synthetic inspection (midnight UTC).
    let published: Date
    let period: SyntheticPeriod
    let dialect: ExportDialect

    var overallQuality: Double { areaQuality.map(\.quality).reduce(0, +) / Double(max(1, areaQuality.count)) }
}

extension SyntheticForcePlan {
    /// Plans every force. Sizes are drawn from 0.4 to 2.0 and scaled so that they average 1,
    /// which makes the forces' volumes add up to about `forces × volume`. Qualities are
    /// stratified per area (force i's quality for an area falls in its own 1/n of the range,
    /// in an order shuffled per area), so that every run spreads the forces across the scale.
    static func plan(
        _ options: NationalOptions, framework: Framework, localPolicies: [ParameterSpec], random root: SyntheticRandom
    ) -> [SyntheticForcePlan] {
        let count = options.forces
        var sizing = root.stream("sizes")
        var factors = (0..<count).map { _ in 0.4 + 1.6 * pow(sizing.unit(), 1.667) }
        for _ in 0..<8 {
            let mean = factors.reduce(0, +) / Double(count)
            factors = factors.map { min(2.0, max(0.4, $0 / mean)) }
        }
        let total = factors.reduce(0, +)
        let volumes = factors.map { max(1, Int((Double(options.volume) * $0 * Double(count) / total).rounded())) }

        var strata: [String: [Int]] = [:]
        for area in framework.areas {
            var shuffle = root.stream("quality-order", area.id.value)
            strata[area.id.value] = shuffle.shuffled(Array(0..<count))
        }
        let width = max(2, String(count).count)
        let regions = ["Synthetic North", "Synthetic South", "Synthetic East", "Synthetic West", "Synthetic Midlands", "Synthetic Wales"]
        return (0..<count).map { index in
            var random = root.stream("force", index + 1)
            let number = String(index + 1).leftPadded(to: width)
            let areaQuality = framework.areas.map { area -> (String, Double) in
                let stratum = Double(strata[area.id.value]![index])
                return (area.id.value, (stratum + random.unit()) / Double(count))
            }
            var checkQuality: [String: Double] = [:]
            for (area, quality) in zip(framework.areas, areaQuality) {
                for reference in area.checks where checkQuality[reference.check.value] == nil {
                    checkQuality[reference.check.value] = min(1, max(0, quality.1 + random.double(in: -0.1, 0.1)))
                }
            }
            var policy: [String: ParameterValue] = [:]
            for spec in localPolicies {
                guard case .choice(let choices) = spec.type else { continue }
                let usual: String? =
                    framework.parameters[spec.name]?.scalar
                    ?? {
                        if case .choice(let word)? = spec.defaultValue { return word }
                        return nil
                    }()
                let word = random.chance(0.8) ? usual ?? choices[0] : random.pick(choices)
                policy[spec.name] = .choice(word)
            }
            var dialectRandom = root.stream("dialect", index + 1)
            let region = regions[random.int(in: 0...(regions.count - 1))]
            return SyntheticForcePlan(
                number: index + 1, id: "synthetic-\(number)", name: "Synthetic Force \(number)", shortName: "Synthetic \(number)",
                region: region, country: region == "Synthetic Wales" ? "Wales" : "England",
                sizeFactor: factors[index] * Double(count) / total, volume: volumes[index],
                areaQuality: areaQuality, checkQuality: checkQuality, localPolicy: policy,
                published: publicationDay(&random), period: evidenceYear, dialect: .draw(&dialectRandom))
        }
    }

    /// The financial year the evidence covers: April 2024 to March 2025 (UTC).
    static let evidenceYear = SyntheticPeriod(
        start: Date(timeIntervalSince1970: TimeInterval(CivilTime.days(year: 2024, month: 4, day: 1) * 86_400)),
        end: Date(timeIntervalSince1970: TimeInterval(CivilTime.days(year: 2025, month: 4, day: 1) * 86_400)))

    /// A weekday from June 2025 to March 2026, when such inspections of that year are published.
    static func publicationDay(_ random: inout SyntheticRandom) -> Date {
        var day = CivilTime.days(year: 2025, month: 6, day: 2) + Int64(random.int(in: 0...290))
        while [0, 6].contains(CivilTime.weekday(days: day)) { day += 1 }
        return Date(timeIntervalSince1970: TimeInterval(day * 86_400))
    }
}
