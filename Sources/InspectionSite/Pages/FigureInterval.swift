import Foundation
import InspectionKit

/// How far a share measured on n cases can be trusted: the Wilson score interval at 95%, which
/// stays inside 0–100% and is honest for small n (3 of 6 is 19–81%, 18 of 36 is 34–66%).
enum FigureInterval {
    /// The interval of a share measured over `n` cases; nil for any other figure, or n of 0.
    static func wilson(share: Double, n: Int) -> (low: Double, high: Double)? {
        guard n > 0, share.isFinite, (0...1).contains(share) else { return nil }
        let z = 1.959_963_984_540_054
        let count = Double(n)
        let denominator = 1 + z * z / count
        let centre = (share + z * z / (2 * count)) / denominator
        let half = z / denominator * (share * (1 - share) / count + z * z / (4 * count * count)).squareRoot()
        return (max(0, centre - half), min(1, centre + half))
    }

    /// "19–81%" for a share with its n; nil when no interval can be given.
    static func text(_ figure: CheckResult.Figure.Unit, value: Double, n: Int?) -> String? {
        guard figure == .share, let n, let interval = wilson(share: value, n: n) else { return nil }
        return "\(percent(interval.low))–\(percent(interval.high))%"
    }

    private static func percent(_ share: Double) -> String {
        NumberText.plain((share * 1000).rounded() / 10)
    }
}
