import InspectionKit
import InspectionLoading
import InspectionRunner

/// A force's saved runs laid out over time: per area the grade and score, per check its main
/// figure (`RunRecord.Check.mainFigure`), oldest to newest. Pure and ordered: runs by the time
/// they were saved, then by id, so the same runs always give the same trend.
public struct RunTrend: Sendable {
    public var forceID: String
    public var forceName: String
    /// Oldest first.
    public var runs: [RunRecord]
    public var areas: [AreaSeries]
    public var checks: [CheckSeries]

    public struct AreaSeries: Sendable, Hashable {
        public var id: String
        public var title: String
        public var topic: String
        /// One per run, oldest first; nil where the run had no such area.
        public var points: [RunRecord.Area?]
    }

    public struct CheckSeries: Sendable, Hashable {
        public var area: String
        public var id: String
        public var title: String
        /// The figure followed: its id, label and unit, from the newest run that has it.
        public var figure: String
        public var label: String
        public var unit: CheckResult.Figure.Unit
        /// One per run, oldest first; nil where the run had no value.
        public var values: [Double?]
        /// The outcome in each run, oldest first; nil where the run had no such check.
        public var outcomes: [CheckResult.Outcome?]
    }

    public init(forceID: String, forceName: String, runs: [RunRecord]) {
        self.forceID = forceID
        self.forceName = forceName
        let runs = Self.ordered(runs)
        self.runs = runs
        let newestFirst = Array(runs.reversed())
        let areaIDs = newestFirst.reduce(into: [String]()) { ids, run in ids = RunDiff.union(ids, run.areas.map(\.id)) }
        areas = areaIDs.map { id in
            let latest = newestFirst.lazy.compactMap { $0.area(id) }.first!
            return AreaSeries(id: id, title: latest.title, topic: latest.topic, points: runs.map { $0.area(id) })
        }
        var checks: [CheckSeries] = []
        for area in areaIDs {
            let checkIDs = newestFirst.reduce(into: [String]()) { ids, run in
                ids = RunDiff.union(ids, run.area(area)?.checks.map(\.id) ?? [])
            }
            for id in checkIDs {
                let found = runs.map { run in run.area(area)?.checks.first { $0.id == id } }
                let latest = found.reversed().compactMap { $0 }.first!
                guard let figure = found.reversed().compactMap({ $0?.mainFigure }).first else { continue }
                let values = found.map { check -> Double? in
                    guard let check else { return nil }
                    return check.figures.first { $0.id == figure.id }?.value
                        ?? (check.mainFigure?.id == figure.id ? check.mainFigure?.value : nil)
                }
                checks.append(
                    CheckSeries(
                        area: area, id: id, title: latest.title, figure: figure.id, label: figure.label, unit: figure.unit,
                        values: values, outcomes: found.map { $0?.outcome }))
            }
        }
        self.checks = checks
    }

    /// Oldest first: by the time saved, then by id.
    public static func ordered(_ runs: [RunRecord]) -> [RunRecord] {
        runs.sorted { ($0.savedAt, $0.id ?? .max) < ($1.savedAt, $1.id ?? .max) }
    }

    /// Where the framework or scoring model changed between one run and the next: the index
    /// (in `runs`) of each run graded under a different key from the run before it.
    public var comparabilityBreaks: [Int] {
        runs.indices.dropFirst().filter { runs[$0].comparabilityKey != runs[$0 - 1].comparabilityKey }
    }
}
