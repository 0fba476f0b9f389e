/// The median of many durations, such as a year of deployment delays, for a check's figures.
///
/// Found by selection (Hoare's, the pivot the median of three) in expected linear time, in
/// whole seconds, rather than by sorting: over a large force's year a sort was a tenth of the
/// time-to-deploy check. An input built to defeat the pivot rule falls back to sorting what
/// is left, so no input takes quadratic time.
public enum Median {
    /// The median of `durations` to the second (the mean of the middle two for an even count);
    /// nil when there are none.
    public static func of(_ durations: [Duration]) -> Duration? {
        var seconds = durations.map { $0.components.seconds }
        return of(seconds: &seconds)
    }

    /// The same over whole seconds, which it reorders.
    static func of(seconds: inout [Int64]) -> Duration? {
        guard !seconds.isEmpty else { return nil }
        let middle = seconds.count / 2
        let upper = Duration.seconds(select(middle, in: &seconds))
        guard seconds.count % 2 == 0 else { return upper }
        // After selecting the middle, everything before it is no larger: the lower middle is
        // their largest.
        let lower = Duration.seconds(seconds[..<middle].max()!)
        return (lower + upper) / 2
    }

    /// The value that would be at `k` if `values` were sorted; afterwards no value before `k`
    /// is larger and none after it is smaller.
    static func select(_ k: Int, in values: inout [Int64]) -> Int64 {
        var low = 0
        var high = values.count - 1
        var rounds = 0
        let allowed = 2 * (Int.bitWidth - values.count.leadingZeroBitCount) + 8
        while low < high {
            rounds += 1
            if rounds > allowed {
                values[low...high].sort()
                break
            }
            let pivot = medianOfThree(values[low], values[low + (high - low) / 2], values[high])
            var left = low
            var right = high
            while left <= right {
                while values[left] < pivot { left += 1 }
                while values[right] > pivot { right -= 1 }
                if left <= right {
                    values.swapAt(left, right)
                    left += 1
                    right -= 1
                }
            }
            if k <= right { high = right } else if k >= left { low = left } else { break }
        }
        return values[k]
    }

    private static func medianOfThree(_ a: Int64, _ b: Int64, _ c: Int64) -> Int64 {
        max(min(a, b), min(max(a, b), c))
    }
}
