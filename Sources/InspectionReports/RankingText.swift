import InspectionKit
import InspectionRunner

/// How every comparison report words an area's ranking and a figure's n, in one place: what the
/// ranking rests on, the forces left apart and why, the rows rejected under a force's scores.
package enum RankingText {
    /// "on 4 of 4 checks" or "on 2 of 4 checks (a, b)": what the ranked forces' scores rest on.
    package static func basis(_ ranking: Comparison.AreaRanking) -> String {
        let all = ranking.checks.count == ranking.checksInArea
        return "on \(ranking.checks.count) of \(ranking.checksInArea) checks" + (all ? "" : " (\(ranking.checks.joined(separator: ", ")))")
    }

    /// "Gamma (2 of 4 checks: a, b)": a force graded on other checks, never ranked.
    package static func apart(_ apart: Comparison.AreaRanking.Apart, _ ranking: Comparison.AreaRanking, name: String) -> String {
        "\(name) (\(apart.evaluatedChecks.count) of \(ranking.checksInArea) checks: \(apart.evaluatedChecks.joined(separator: ", ")))"
    }

    /// The sentence after a ranking that lists the forces left apart; nil when none is.
    package static func apartSentence(_ ranking: Comparison.AreaRanking, _ comparison: Comparison) -> String? {
        guard !ranking.apart.isEmpty else { return nil }
        return "Not ranked, evaluated on other checks: "
            + ranking.apart.map { apart($0, ranking, name: ComparisonTextReport.shortName(of: $0.force, comparison)) }.joined(
                separator: "; ")
            + "."
    }

    /// "10 of 46 rows rejected": the CSV rows a force's run rejected, over all its datasets;
    /// nil when none was.
    package static func rejected(_ result: InspectionResult) -> String? {
        let read = result.evidence.compactMap(\.rows).reduce(0, +)
        let rejected = result.evidence.reduce(0) { $0 + $1.rejections.count }
        guard rejected > 0 else { return nil }
        return "\(rejected) of \(read) \(read == 1 ? "row" : "rows") rejected"
    }

    /// The sentence naming the forces in a ranking whose evidence had rows rejected; nil when
    /// none had.
    package static func rejectedSentence(_ forces: [String], _ comparison: Comparison) -> String? {
        let notes = forces.compactMap { force -> String? in
            guard let result = comparison.rows.first(where: { $0.force.id == force })?.result, let rejected = rejected(result) else {
                return nil
            }
            return "\(ComparisonTextReport.shortName(of: force, comparison)) \(rejected)"
        }
        return notes.isEmpty ? nil : "Rows rejected from the evidence: " + notes.joined(separator: "; ") + "."
    }

    /// "n = 36", or "n not given" when the check does not say how many cases a figure is of.
    package static func sampleSize(_ size: Int?) -> String {
        size.map { "n = \(grouped($0))" } ?? "n not given"
    }

    /// 12,345: thousands grouped with commas, the same on every machine.
    package static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = value < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
