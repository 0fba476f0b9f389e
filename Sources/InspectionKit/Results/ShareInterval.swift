import Foundation

/// A share of cases and the range it could plausibly be in, given how few cases it rests on:
/// the Wilson score interval, which stays inside 0 to 1 and behaves at 0 of n and n of n
/// (where the textbook interval collapses to a point).
public struct ShareInterval: Sendable, Hashable {
    /// The share observed.
    public var share: Double
    public var low: Double
    public var high: Double
    /// The cases the share rests on.
    public var cases: Int
    /// 0.95.
    public var level: Double

    /// z for a two-sided 95% interval.
    public static let z95 = 1.959_963_984_540_054

    /// The 95% Wilson score interval of `met` of `of` (which must be above 0).
    public static func wilson(met: Int, of cases: Int) -> ShareInterval {
        wilson(share: Double(met) / Double(cases), cases: cases)
    }

    /// The interval of a share observed on `cases` cases (a share need not be a whole count:
    /// "the same share on 40 cases" is how a sample size that would settle a grade is found).
    public static func wilson(share: Double, cases: Int, z: Double = z95) -> ShareInterval {
        let n = Double(cases)
        let z2 = z * z
        let centre = (share + z2 / (2 * n)) / (1 + z2 / n)
        let half = z / (1 + z2 / n) * (share * (1 - share) / n + z2 / (4 * n * n)).squareRoot()
        // Rounding must not push an end past the share observed (or outside 0 to 1).
        return ShareInterval(
            share: share, low: max(0, min(share, centre - half)), high: min(1, max(share, centre + half)), cases: cases, level: 0.95)
    }

    /// "50% (95% interval 18.8%–81.2%, 6 cases)".
    public var words: String {
        "\(NumberText.percent(share)) (95% interval \(range), \(cases) \(cases == 1 ? "case" : "cases"))"
    }

    /// "18.8%–81.2%".
    public var range: String { "\(NumberText.percent(low))–\(NumberText.percent(high))" }
}
