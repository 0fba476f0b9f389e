import Foundation

/// Several measurements of one thing, reported as the median and the range: one run on a
/// shared machine says little (the ratio to raw libyaml once ranged from 40% to 63%).
struct Samples {
    var values: [Double] = []

    var median: Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var min: Double { values.min() ?? .nan }
    var max: Double { values.max() ?? .nan }

    /// "0.812 s (0.795–0.840)" for `summary("%.3f", unit: " s")`.
    func summary(_ format: String, unit: String) -> String {
        String(format: format, median) + unit + " (" + String(format: format, min) + "–" + String(format: format, max) + ")"
    }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// Times each body once per round, in interleaved rounds (A B C, A B C, ...) so that a slow
/// spell on a shared machine hurts them alike. Each body returns a count, checked against its
/// expected value when it has one. The result holds each body's wall-clock seconds, per round.
func timeRounds(_ rounds: Int, _ bodies: [(label: String, expect: Int?, run: () throws -> Int)]) throws -> [Samples] {
    var samples = [Samples](repeating: Samples(), count: bodies.count)
    for _ in 0..<rounds {
        for (index, body) in bodies.enumerated() {
            let start = ContinuousClock.now
            let count = try body.run()
            samples[index].values.append(seconds(start.duration(to: .now)))
            if let expect = body.expect, count != expect {
                fatalError("\(body.label): read \(count) records, expected \(expect)")
            }
        }
    }
    return samples
}

/// Element-wise ratio of two sample sets taken in the same rounds.
func ratios(_ numerator: Samples, _ denominator: Samples) -> Samples {
    Samples(values: zip(numerator.values, denominator.values).map { $0 / $1 })
}
