import Foundation

/// Several forces inspected under one framework, side by side: grades, their distribution,
/// figures and a ranking with its basis stated.
public struct Comparison: Sendable {
    /// One force's row: its result, or nothing when it could not be compared.
    public struct Row: Sendable {
        public var force: ForceSummary
        public var result: InspectionResult
    }

    /// A force that could not be compared, and why.
    public struct Failure: Sendable {
        public var force: String
        public var reason: Reason

        public enum Reason: Error, Sendable {
            /// Its configuration or evidence is invalid.
            case invalid(Diagnostics)
            /// It has no inspection under the framework compared (or none at all, when nil).
            case noInspection(framework: String?)
            /// The inspector failed on it.
            case internalFault(String)
        }
    }

    public struct AreaColumn: Sendable, Hashable {
        public var id: String
        public var title: String
        public var topic: String
    }

    /// One measurement across forces: value per force id, nil where a force has none.
    public struct FigureRow: Sendable {
        public var id: String
        public var label: String
        public var unit: CheckResult.Figure.Unit
        public var values: [String: Double]
    }

    public struct Rank: Sendable, Hashable {
        public var position: Int
        public var force: String
        /// Mean computed percentage over the areas the force could be graded in.
        public var meanPercent: Double
        public var gradedAreas: Int
    }

    public var tool: ToolInfo
    /// The framework runs were graded under, when all agree.
    public var framework: FrameworkSummary?
    /// True when the runs used different frameworks or scoring models and were compared anyway.
    public var incomparable: Bool
    public var scale: [GradingScale.Grade]
    public var areas: [AreaColumn]
    /// Sorted by force id, whatever order the forces were run in.
    public var rows: [Row]
    public var failures: [Failure]

    public static let rankingBasis = """
        Ranked by the mean computed score (percentage of the maximum) across the areas each force \
        could be graded in; forces with no graded area are not ranked, and a mean over fewer areas \
        rests on less evidence. Ties are broken by force id.
        """

    /// Counts of computed grades per area, best grade first.
    public func distribution(of area: String) -> [(grade: String, count: Int)] {
        let grades = rows.compactMap { row in row.result.areas.first { $0.id == area }?.grading.grade }
        return scale.map { grade in (grade.id, grades.filter { $0 == grade.id }.count) }
    }

    /// Forces not graded in an area.
    public func notGraded(in area: String) -> Int {
        rows.filter { row in row.result.areas.first { $0.id == area }?.grading.grade == nil }.count
    }

    public var figures: [FigureRow] {
        var order: [String] = []
        var rowsByID: [String: FigureRow] = [:]
        for row in rows {
            for area in row.result.areas {
                for check in area.checks {
                    for figure in check.result.figures {
                        if rowsByID[figure.id] == nil {
                            order.append(figure.id)
                            rowsByID[figure.id] = FigureRow(id: figure.id, label: figure.label, unit: figure.unit, values: [:])
                        }
                        rowsByID[figure.id]!.values[row.force.id] = figure.value
                    }
                }
            }
        }
        return order.sorted().map { rowsByID[$0]! }
    }

    public var ranking: [Rank] {
        let scored = rows.compactMap { row -> (String, Double, Int)? in
            let percents = row.result.areas.compactMap(\.grading.percent)
            guard !percents.isEmpty else { return nil }
            return (row.force.id, percents.reduce(0, +) / Double(percents.count), percents.count)
        }
        let sorted = scored.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
        return sorted.enumerated().map { Rank(position: $0.offset + 1, force: $0.element.0, meanPercent: $0.element.1, gradedAreas: $0.element.2) }
    }

    public func label(of grade: String) -> String { scale.first { $0.id == grade }?.label ?? grade }

    /// Short codes for narrow tables: O, G, A, RI, I.
    public func code(of grade: String) -> String {
        label(of: grade).split(separator: " ").map { String($0.prefix(1)).uppercased() }.joined()
    }
}
