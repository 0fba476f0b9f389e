import Foundation

/// A seeded source of randomness: xoshiro256** seeded through SplitMix64. It draws the
/// synthetic data of `inspector generate` and the case-audit samples of `inspector sample`.
///
/// Never Foundation's or the system's randomness, and never the standard library's
/// `random(in:using:)` or `shuffle(using:)`, whose algorithms may change between Swift
/// releases: every draw here is written out, so one seed gives the same bytes on every machine
/// and with every toolchain. Streams are split by label (`stream("force", 3)`), so adding a
/// draw to one force or record type never shifts the draws of another.
public struct SeededRandom: Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    /// A generator whose four words of state come from SplitMix64 run on `seed`.
    public init(seed: UInt64) {
        var mixer = seed
        state = (Self.splitMix(&mixer), Self.splitMix(&mixer), Self.splitMix(&mixer), Self.splitMix(&mixer))
    }

    /// An independent stream for `labels`, derived from this generator's seed material without
    /// advancing it: the same labels always give the same stream.
    public func stream(_ labels: String...) -> SeededRandom {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a: stable, unlike Swift's Hasher
        for label in labels {
            for byte in label.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            hash ^= 0xff
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return SeededRandom(seed: state.0 ^ Self.rotate(state.2, 17) ^ hash)
    }

    /// An independent stream for a label and a number (`stream("force", 7)`).
    public func stream(_ label: String, _ number: Int) -> SeededRandom {
        stream(label, String(number))
    }

    /// The next 64 random bits (xoshiro256**).
    public mutating func next() -> UInt64 {
        let result = Self.rotate(state.1 &* 5, 7) &* 9
        let shifted = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= shifted
        state.3 = Self.rotate(state.3, 45)
        return result
    }

    /// A double in [0, 1), from the top 53 bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A whole number in `range`, without modulo bias (Lemire's method).
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) &+ 1
        guard span != 0 else { return Int(bitPattern: UInt(next())) }
        var product = next().multipliedFullWidth(by: span)
        if product.low < span {
            let threshold = (0 &- span) % span
            while product.low < threshold { product = next().multipliedFullWidth(by: span) }
        }
        return range.lowerBound + Int(product.high)
    }

    /// A double in [lower, upper).
    public mutating func double(in lower: Double, _ upper: Double) -> Double {
        lower + (upper - lower) * unit()
    }

    /// True with probability `probability` (clamped to 0…1).
    public mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// One element, each equally likely; `items` must not be empty.
    public mutating func pick<Item>(_ items: [Item]) -> Item {
        items[int(in: 0...(items.count - 1))]
    }

    /// An index drawn with the given weights (which need not sum to 1).
    public mutating func weighted(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var target = unit() * total
        for (index, weight) in weights.enumerated() {
            if target < weight { return index }
            target -= weight
        }
        return weights.count - 1
    }

    /// A standard normal draw (Box–Muller; one of the pair is discarded for simplicity).
    public mutating func normal() -> Double {
        let u1 = max(unit(), 0x1.0p-53)
        let u2 = unit()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// The items in a random order (Fisher–Yates).
    public mutating func shuffled<Item>(_ items: [Item]) -> [Item] {
        var result = items
        guard result.count > 1 else { return result }
        for index in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(index, int(in: 0...index))
        }
        return result
    }

    /// `count` distinct items, in a random order.
    public mutating func sample<Item>(_ items: [Item], count: Int) -> [Item] {
        Array(shuffled(items).prefix(max(0, min(count, items.count))))
    }

    private static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    private static func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 - count))
    }
}
