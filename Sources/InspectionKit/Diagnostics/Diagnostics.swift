/// Every diagnostic of a load or validation, in file and line order; never empty.
public struct Diagnostics: Error, Sendable, CustomStringConvertible {
    public var all: [Diagnostic]

    public init(_ all: consuming [Diagnostic]) {
        precondition(!all.isEmpty, "Diagnostics holds at least one diagnostic")
        // Sorted by position, and by message only among diagnostics at one position, so that a
        // message is worded only where it decides the order; positions sorted rather than the
        // diagnostics themselves (each a copy). 100,000 errors in one file must take about as
        // long to report as to read.
        var items = all
        let marks = items.map { $0.mark }
        var order = Array(items.indices)
        order.sort { marks[$0] != marks[$1] ? marks[$0] < marks[$1] : $0 < $1 }
        var unique: [Int] = []
        unique.reserveCapacity(order.count)
        var runStart = 0
        while runStart < order.count {
            var runEnd = runStart + 1
            while runEnd < order.count, marks[order[runEnd]] == marks[order[runStart]] { runEnd += 1 }
            if runEnd - runStart == 1 {
                unique.append(order[runStart])
            } else {
                // The same problem found twice (a parameter read by several checks) is reported
                // once: at one position, the first of each equal diagnostic is kept.
                let run = order[runStart..<runEnd].sorted {
                    items[$0].message != items[$1].message ? items[$0].message < items[$1].message : $0 < $1
                }
                for (offset, index) in run.enumerated() where !run[..<offset].contains(where: { items[$0] == items[index] }) {
                    unique.append(index)
                }
            }
            runStart = runEnd
        }
        if unique.count == items.count {
            Self.permute(&items, into: unique)
            self.all = items
        } else {
            self.all = unique.map { items[$0] }
        }
    }

    /// Puts `items[order[i]]` at `i` for every `i`, by following each cycle of the permutation
    /// with swaps, which move the diagnostics rather than copy them.
    private static func permute(_ items: inout [Diagnostic], into order: [Int]) {
        var placed = [Bool](repeating: false, count: items.count)
        for start in items.indices where !placed[start] {
            var position = start
            placed[position] = true
            while order[position] != start {
                items.swapAt(position, order[position])
                position = order[position]
                placed[position] = true
            }
        }
    }

    public var description: String { all.map(\.description).joined(separator: "\n") }

    /// "3 errors" or "1 error".
    public var summary: String { all.count == 1 ? "1 error" : "\(all.count) errors" }
}
