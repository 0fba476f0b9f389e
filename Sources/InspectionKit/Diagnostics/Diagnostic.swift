import YAML

/// A positioned problem in configuration or evidence: what `inspector validate` reports and
/// what stops a run with exit code 3.
///
/// Like `YAML.Error`, the data (a `Reason`, a mark, the source line, notes) is kept apart from
/// its wording (`message`), and rendering is the compiler-style `file:line:col: error: …`.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public var reason: Reason
    public var mark: YAML.Mark
    public var sourceLine: String?
    public var notes: [YAML.Note]

    public init(_ reason: Reason, at mark: YAML.Mark, sourceLine: String? = nil, notes: [YAML.Note] = []) {
        self.reason = reason
        self.mark = mark
        self.sourceLine = sourceLine
        self.notes = notes
    }

    /// A diagnostic at a decoded value's position.
    public init<Value>(_ reason: Reason, at located: YAML.Located<Value>) {
        self.init(reason, at: located.mark, sourceLine: located.sourceLine)
    }

    /// A diagnostic at a node's position.
    public init(_ reason: Reason, at node: YAML.Node) {
        self.init(reason, at: node.mark, sourceLine: node.sourceLine)
    }

    /// Wraps an error from the YAML layer, keeping its position and notes.
    public init(_ error: YAML.Error) {
        self.init(.yaml(error.reason), at: error.mark, sourceLine: error.sourceLine, notes: error.notes)
    }

    /// A diagnostic about a whole file (its first line).
    public static func file(_ reason: Reason, _ path: String) -> Diagnostic {
        Diagnostic(reason, at: YAML.Mark(file: path, line: 1, column: 1))
    }

    public var message: String { reason.message }

    public func rendered(color: Bool) -> String {
        let first = YAML.renderDiagnostic(severity: "error", mark: mark, message: message, sourceLine: sourceLine, color: color)
        guard !notes.isEmpty else { return first }
        var parts = [first]
        for note in notes {
            parts.append(
                YAML.renderDiagnostic(
                    severity: "note", mark: note.mark, message: note.reason.message, sourceLine: note.sourceLine, color: color))
        }
        return parts.joined(separator: "\n")
    }

    public var description: String { rendered(color: false) }
}

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

/// Collects diagnostics while loading, so that one run reports every problem it can find.
package struct DiagnosticCollector {
    package private(set) var diagnostics: [Diagnostic] = []

    package init() {}

    package var isEmpty: Bool { diagnostics.isEmpty }

    package mutating func add(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    package mutating func add(_ error: YAML.Error) { diagnostics.append(Diagnostic(error)) }

    package mutating func add(_ errors: YAML.Errors) { errors.errors.forEach { add($0) } }

    package mutating func add(_ other: Diagnostics) { diagnostics += other.all }

    /// Takes every diagnostic `other` collected; the list itself when this one is empty, so that
    /// a file's 100,000 errors are not copied one by one.
    package mutating func add(_ other: consuming DiagnosticCollector) {
        if diagnostics.isEmpty { diagnostics = other.diagnostics } else { diagnostics += other.diagnostics }
    }

    /// Runs `body`, keeping what it returns or the diagnostics it throws.
    package mutating func collect<T>(_ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch let error as YAML.Error {
            add(error)
        } catch let error as YAML.Errors {
            add(error)
        } catch let error as Diagnostic {
            add(error)
        } catch let error as Diagnostics {
            add(error)
        } catch {
            add(Diagnostic(.internalError(String(describing: error)), at: YAML.Mark(file: "<internal>", line: 1, column: 1)))
        }
        return nil
    }

    package func throwIfAny() throws(Diagnostics) {
        if !diagnostics.isEmpty { throw Diagnostics(diagnostics) }
    }
}
