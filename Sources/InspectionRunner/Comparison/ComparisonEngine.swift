import Dispatch
import Foundation
import InspectionKit
import InspectionLoading

/// Runs many forces' inspections, in parallel, and lays them side by side.
///
/// Each force is loaded, validated and run on its own, so one broken force is reported and the
/// others are still compared. Results are placed by force id, never by completion order, so
/// the output is the same whatever the number of cores or the order of the forces given.
public struct ComparisonEngine: Sendable {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// One force compared: for a progress line.
    public struct ForceDone: Sendable {
        public var force: String
        /// How many forces the comparison runs.
        public var of: Int
        /// Evidence rows (CSV) and records (YAML) the force's run read.
        public var rows: Int
    }

    public enum Failure: Error, Sendable {
        /// Runs under different frameworks or scoring models, refused without `allowIncomparable`.
        case incomparable([String: [String]])
        /// `strict` and a force failed: its problems.
        case strict(force: String, Comparison.Failure.Reason)
    }

    /// - Parameters:
    ///   - forces: force ids (duplicates ignored).
    ///   - framework: the framework to compare under; nil takes each force's latest inspection.
    ///   - jobs: how many forces to run at once (default: every core).
    ///   - strict: fail on the first force that cannot be compared instead of skipping it.
    ///   - allowIncomparable: compare runs under different frameworks or scoring models anyway.
    ///   - evidence: use only evidence of these kinds (nil: every kind).
    ///   - scoring: the scoring model every force is graded by (nil: each framework's default).
    ///   - progress: told each time a force is done, from the thread that ran it.
    public func compare(
        _ forces: [String], framework: String?, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        strict: Bool = false, allowIncomparable: Bool = false, evidence: Set<Provenance>? = nil, scoring: String? = nil,
        progress: (@Sendable (ForceDone) -> Void)? = nil
    ) throws(Failure) -> Comparison {
        let ids = Array(Set(forces)).sorted()
        let outcomes = Self.parallelMap(ids, jobs: max(1, jobs)) { id in
            let outcome = run(id, framework: framework, evidence: evidence, scoring: scoring)
            if let progress {
                let rows = (try? outcome.get())?.evidence.reduce(0) { $0 + ($1.rows ?? $1.records) } ?? 0
                progress(ForceDone(force: id, of: ids.count, rows: rows))
            }
            return outcome
        }

        var rows: [Comparison.Row] = []
        var failures: [Comparison.Failure] = []
        for (id, outcome) in zip(ids, outcomes) {
            switch outcome {
            case .success(let result): rows.append(Comparison.Row(force: result.force, result: result))
            case .failure(let reason):
                if strict { throw .strict(force: id, reason) }
                failures.append(Comparison.Failure(force: id, reason: reason))
            }
        }
        let keys = Dictionary(grouping: rows, by: { $0.result.framework.comparabilityKey }).mapValues { $0.map(\.force.id) }
        if keys.count > 1 && !allowIncomparable { throw .incomparable(keys) }
        var areas: [Comparison.AreaColumn] = []
        for row in rows {
            for area in row.result.areas where !areas.contains(where: { $0.id == area.id }) {
                areas.append(Comparison.AreaColumn(id: area.id, title: area.title, topic: area.topic))
            }
        }
        return Comparison(
            tool: .current, framework: keys.count == 1 ? rows.first?.result.framework : nil,
            incomparable: keys.count > 1, scale: rows.first?.result.scale ?? [], areas: areas,
            rows: rows, failures: failures, evidenceFilter: evidence.map { $0.sorted() })
    }

    private func run(
        _ id: String, framework: String?, evidence: Set<Provenance>?, scoring: String?
    ) -> Result<InspectionResult, Comparison.Failure.Reason> {
        if let force = workspace.catalog.forces[id] {
            let missing = framework.map { force.latestInspection(framework: $0) == nil } ?? force.inspections.isEmpty
            if missing { return .failure(.noInspection(framework: framework)) }
        }
        do throws(InspectorError) {
            return .success(try workspace.inspect(force: id, framework: framework, evidence: evidence, scoring: scoring))
        } catch {
            switch error {
            case .invalid(let diagnostics): return .failure(.invalid(diagnostics))
            case .internalFault(let detail): return .failure(.internalFault(detail))
            case .checkFault(let fault): return .failure(.checkFault(fault))
            }
        }
    }

    /// `transform` applied to every element on up to `jobs` threads, results in input order.
    package static func parallelMap<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @escaping @Sendable (T) -> R) -> [R] {
        let results = ResultSlots<R>(count: items.count)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: min(jobs, max(items.count, 1))) { _ in
            while let index = next.take(below: items.count) {
                results.set(index, transform(items[index]))
            }
        }
        return results.values()
    }
}

/// Slots written once each from many threads, read after all have finished.
private final class ResultSlots<R: Sendable>: @unchecked Sendable {
    private var slots: [R?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: R) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [R] { slots.map { $0! } }
}

/// Hands out indices 0, 1, 2, … to whichever thread asks next.
private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}
