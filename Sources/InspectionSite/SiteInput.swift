import Foundation
import InspectionHistory
import InspectionKit
import InspectionLoading
import InspectionRunner

/// What a site is built from: the project root opened, every force's latest inspection run,
/// the saved runs, and each force's follow-up as of a day. `gather` runs the inspections (in
/// parallel, as `compare` does); the rest is pure, so the same root, runs and day give the
/// same site.
public struct SiteInput: Sendable {
    public let workspace: Workspace
    /// Every force's latest inspection, side by side whatever its framework; the forces that
    /// could not be run are its failures.
    public let all: Comparison
    /// The forces under each framework, compared: the area pages. By framework id.
    public let byFramework: [String: Comparison]
    /// Every saved run, oldest first.
    public let runs: [RunRecord]
    /// The day follow-up is reckoned as of (midnight UTC).
    public let asOf: Date
    /// Each force's follow-up of its latest inspection, or why there is none; by force id.
    public let followUps: [String: Result<FollowUp, FollowUpGap>]

    /// Why a force has no follow-up on the site.
    public struct FollowUpGap: Error, Sendable {
        public var reason: String
    }

    /// Runs every force's latest inspection and follows up its published findings.
    /// - Parameters:
    ///   - runs: every run the history holds (any order).
    ///   - asOf: the day to reckon due dates as of.
    ///   - jobs: how many forces to run at once.
    public static func gather(
        workspace: Workspace, runs: [RunRecord], asOf: Date, jobs: Int,
        progress: (@Sendable (ComparisonEngine.ForceDone) -> Void)? = nil
    ) -> SiteInput {
        // Different frameworks are laid side by side on the index; never ranked together.
        let all: Comparison
        do throws(ComparisonEngine.Failure) {
            all = try ComparisonEngine(workspace: workspace).compare(
                workspace.forceIDs, framework: nil, jobs: jobs, allowIncomparable: true, progress: progress)
        } catch {
            preconditionFailure("a comparison that allows incomparable runs and is not strict cannot fail: \(error)")
        }
        let ordered = RunTrend.ordered(runs)
        var byFramework: [String: Comparison] = [:]
        for (framework, rows) in Dictionary(grouping: all.rows, by: { $0.result.framework.id }) {
            var areas: [Comparison.AreaColumn] = []
            for row in rows {
                for area in row.result.areas where !areas.contains(where: { $0.id == area.id }) {
                    areas.append(Comparison.AreaColumn(id: area.id, title: area.title, topic: area.topic))
                }
            }
            byFramework[framework] = Comparison(
                tool: all.tool, framework: rows[0].result.framework, incomparable: false, scale: rows[0].result.scale, areas: areas,
                rows: rows, failures: [], evidenceFilter: nil)
        }
        var followUps: [String: Result<FollowUp, FollowUpGap>] = [:]
        for row in all.rows {
            followUps[row.force.id] = followUp(of: row.result, workspace: workspace, runs: ordered, asOf: asOf)
        }
        return SiteInput(
            workspace: workspace, all: all, byFramework: byFramework, runs: ordered, asOf: FollowUp.day(asOf), followUps: followUps)
    }

    private static func followUp(
        of result: InspectionResult, workspace: Workspace, runs: [RunRecord], asOf: Date
    ) -> Result<
        FollowUp, FollowUpGap
    > {
        guard let configuration = workspace.catalog.forces[result.force.id],
            let inspection = configuration.inspections.first(where: { $0.id.value == result.inspection.id }),
            let framework = workspace.catalog.frameworks[inspection.framework.value]
        else { return .failure(FollowUpGap(reason: "the force's inspection could not be found again")) }
        let responses: FindingResponses
        do {
            responses = try FindingResponses.load(for: configuration)
        } catch {
            return .failure(
                FollowUpGap(reason: "its \(FindingResponses.fileName) has problems (\(error.summary)); `inspector validate` lists them"))
        }
        // A what-if run tried other values; the force's evidence speaks through its own runs.
        let latest = runs.last { $0.forceID == result.force.id && $0.whatIf.isEmpty }
        return .success(
            FollowUp(
                force: configuration, inspection: inspection, framework: framework, responses: responses, latestRun: latest,
                noRun: latest == nil ? "no run of \(result.force.id) without what-if values is saved in the run history" : nil, asOf: asOf))
    }

    /// The saved runs of one force, oldest first.
    func runs(of force: String) -> [RunRecord] { runs.filter { $0.forceID == force } }
}
