import Foundation
import InspectionKit

/// Several forces inspected under one framework, side by side: grades, their distribution,
/// figures and a ranking with its basis stated.
public struct Comparison: Sendable {
    /// One force's row: its result, or nothing when it could not be compared.
    public struct Row: Sendable {
        public var force: ForceSummary
        public var result: InspectionResult

        package init(force: ForceSummary, result: InspectionResult) {
            self.force = force
            self.result = result
        }
    }

    /// A force that could not be compared, and why.
    public struct Failure: Sendable {
        public var force: String
        public var reason: Reason

        package init(force: String, reason: Reason) {
            self.force = force
            self.reason = reason
        }

        public enum Reason: Error, Sendable {
            /// Its configuration or evidence is invalid.
            case invalid(Diagnostics)
            /// It has no inspection under the framework compared (or none at all, when nil).
            case noInspection(framework: String?)
            /// The inspector failed on it.
            case internalFault(String)
            /// A check module's code failed on it.
            case checkFault(CheckFault)
        }
    }

    public struct AreaColumn: Sendable, Hashable {
        public var id: String
        public var title: String
        public var topic: String

        package init(id: String, title: String, topic: String) {
            self.id = id
            self.title = title
            self.topic = topic
        }
    }

    /// One measurement across forces: value per force id, nil where a force has none.
    public struct FigureRow: Sendable {
        public var id: String
        public var label: String
        public var unit: CheckResult.Figure.Unit
        public var values: [String: Double]
        /// n per force id: how many cases each value was measured over, where the check says.
        public var sampleSizes: [String: Int]
    }

    /// One force's place in a ranking.
    public struct Rank: Sendable, Hashable {
        /// 1-based; forces with equal scores share no position (ties are broken by force id).
        public var position: Int
        public var force: String
        /// Mean computed percentage over the ranking's areas (one area's percentage per area).
        public var meanPercent: Double
        /// The kinds of evidence the percentages rest on.
        public var provenance: [Provenance]
    }

    /// A ranking that compares like with like: forces are ranked only on the areas they have
    /// all been graded in, and a force graded on fewer areas is listed apart, never above.
    public struct Ranking: Sendable, Hashable {
        /// The areas every ranked force was graded in (those of the forces graded in the most).
        public var areas: [String]
        public var ranked: [Rank]
        /// Forces graded in some areas but not all of `areas`, with the areas they were graded in.
        public var apart: [Apart]

        public struct Apart: Sendable, Hashable {
            public var force: String
            public var gradedAreas: [String]

            public init(force: String, gradedAreas: [String]) {
                self.force = force
                self.gradedAreas = gradedAreas
            }
        }
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

    /// What the comparison was limited to with `--evidence`, when it was.
    public var evidenceFilter: [Provenance]?

    package init(
        tool: ToolInfo,
        framework: FrameworkSummary?,
        incomparable: Bool,
        scale: [GradingScale.Grade],
        areas: [AreaColumn],
        rows: [Row],
        failures: [Failure],
        evidenceFilter: [Provenance]?
    ) {
        self.tool = tool
        self.framework = framework
        self.incomparable = incomparable
        self.scale = scale
        self.areas = areas
        self.rows = rows
        self.failures = failures
        self.evidenceFilter = evidenceFilter
    }

    public static let rankingBasis = """
        Forces are ranked by their mean computed score (the scoring model's percentage: of the \
        maximum score, or of the characteristics of good demonstrated) over the \
        areas they were all graded in: the areas of the forces graded in the most areas. A \
        force graded in fewer of those areas is listed apart, not ranked. Equal scores are \
        ordered by force id.
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
                            rowsByID[figure.id] = FigureRow(
                                id: figure.id, label: figure.label, unit: figure.unit, values: [:], sampleSizes: [:])
                        }
                        rowsByID[figure.id]!.values[row.force.id] = figure.value
                        rowsByID[figure.id]!.sampleSizes[row.force.id] = figure.sampleSize
                    }
                }
            }
        }
        return order.sorted().map { rowsByID[$0]! }
    }

    /// The overall ranking, on the areas the best-covered forces share.
    public var ranking: Ranking {
        let graded = rows.map { row in (row.force.id, Set(row.result.areas.filter { $0.grading.grade != nil }.map(\.id))) }
            .filter { !$0.1.isEmpty }
        guard let most = graded.map(\.1.count).max() else { return Ranking(areas: [], ranked: [], apart: []) }
        let basis = graded.filter { $0.1.count == most }.map(\.1).reduce(graded.first { $0.1.count == most }!.1) { $0.intersection($1) }
        let ordered = areas.map(\.id).filter(basis.contains)
        var scored: [(force: String, mean: Double, provenance: [Provenance])] = []
        var apart: [Ranking.Apart] = []
        for (force, areasGraded) in graded {
            guard areasGraded.isSuperset(of: basis), let row = rows.first(where: { $0.force.id == force }) else {
                apart.append(.init(force: force, gradedAreas: areas.map(\.id).filter(areasGraded.contains)))
                continue
            }
            let chosen = row.result.areas.filter { basis.contains($0.id) }
            let mean = chosen.compactMap(\.grading.percent).reduce(0, +) / Double(chosen.count)
            scored.append((force, mean, Array(Set(chosen.flatMap(\.provenance))).sorted()))
        }
        return Ranking(areas: ordered, ranked: Self.ranks(scored), apart: apart.sorted { $0.force < $1.force })
    }

    /// One area's ranking: only forces whose scores rest on the same checks are ranked.
    public struct AreaRanking: Sendable, Hashable {
        /// The checks every ranked force was evaluated on (met, partly met or not met), in the
        /// area's order: those of the forces evaluated on the most checks (when such forces
        /// differ in which, the set most of them share; then the first by check id).
        public var checks: [String]
        /// How many checks the area has (in the first force's run that has the area).
        public var checksInArea: Int
        public var ranked: [Rank]
        /// Forces graded in the area on other checks than `checks`: listed, never ranked.
        public var apart: [Apart]
        /// Forces with the area but no grade in it.
        public var notGraded: [String]

        public struct Apart: Sendable, Hashable {
            public var force: String
            /// The checks it was evaluated on, in the area's order.
            public var evaluatedChecks: [String]

            public init(force: String, evaluatedChecks: [String]) {
                self.force = force
                self.evaluatedChecks = evaluatedChecks
            }
        }
    }

    /// The ranking in one area: a score resting on 2 of 4 checks is not set above one resting
    /// on 4 of 4, so only forces evaluated on the same checks are ranked; the rest are listed
    /// apart with the checks their score rests on.
    public func ranking(of area: String) -> AreaRanking {
        var graded: [(force: String, checks: [String], percent: Double, provenance: [Provenance])] = []
        var notGraded: [String] = []
        var checkOrder: [String] = []
        for row in rows {
            guard let result = row.result.areas.first(where: { $0.id == area }) else { continue }
            if checkOrder.isEmpty { checkOrder = result.checks.map(\.checkID) }
            guard let percent = result.grading.percent, result.grading.grade != nil else {
                notGraded.append(row.force.id)
                continue
            }
            let evaluated = result.checks.filter { $0.score != nil }.map(\.checkID)
            graded.append((row.force.id, evaluated, percent, result.provenance))
        }
        let most = graded.map(\.checks.count).max() ?? 0
        let candidates = Dictionary(grouping: graded.filter { $0.checks.count == most }, by: { $0.checks.sorted() })
        let basis =
            candidates.max { ($0.value.count, $1.key.joined(separator: ",")) < ($1.value.count, $0.key.joined(separator: ",")) }?.key ?? []
        let ranked = graded.filter { $0.checks.sorted() == basis }
        let apart = graded.filter { $0.checks.sorted() != basis }.map { AreaRanking.Apart(force: $0.force, evaluatedChecks: $0.checks) }
        return AreaRanking(
            checks: checkOrder.filter(basis.contains), checksInArea: checkOrder.count,
            ranked: Self.ranks(ranked.map { ($0.force, $0.percent, $0.provenance) }), apart: apart, notGraded: notGraded)
    }

    /// Highest score first; equal scores by force id.
    static func ranks(_ scored: [(force: String, mean: Double, provenance: [Provenance])]) -> [Rank] {
        scored.sorted { ($1.mean, $0.force) < ($0.mean, $1.force) }.enumerated().map {
            Rank(position: $0.offset + 1, force: $0.element.force, meanPercent: $0.element.mean, provenance: $0.element.provenance)
        }
    }

    /// In how many areas the computed grade agrees with the published one, of the areas that
    /// have both.
    /// Over every force: in how many areas the computed grade agrees with the published one,
    /// of the areas that have both. How a scoring model is measured against the published grades.
    public var totalAgreement: (agrees: Int, compared: Int) {
        rows.map(agreement(of:)).reduce((0, 0)) { ($0.0 + $1.agrees, $0.1 + $1.compared) }
    }

    public func agreement(of row: Row) -> (agrees: Int, compared: Int) {
        let compared = row.result.areas.filter(\.agreement.compared)
        return (compared.filter { $0.agreement == .agrees }.count, compared.count)
    }

    public func label(of grade: String) -> String { scale.first { $0.id == grade }?.label ?? grade }

    /// Short codes for narrow tables: O, G, A, RI, I.
    public func code(of grade: String) -> String {
        label(of: grade).split(separator: " ").map { String($0.prefix(1)).uppercased() }.joined()
    }
}
