import ArgumentParser
import InspectionHistory
import InspectionKit
import InspectionReports
import InspectionRunner
import InspectionStore

/// `inspector inspect <force>`: runs a force's inspection and reports it.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Run a force's inspection: grades per area (computed and published) and findings.",
        discussion: """
            Runs every check of the framework on the force's evidence and grades each area with \
            the framework's scoring model, next to the grade HMICFRS published.

            What-if: --set name=value re-runs the inspection with a parameter changed and reports \
            what changes, e.g. Northamptonshire's post-inspection policy of grading every missing \
            child high risk: `inspector inspect northamptonshire --set missing.risk-policy=all-high`. \
            `inspector explain <check>` lists the parameters each check reads.

            Scoring: --scoring <model> grades by another of the framework's scoring models \
            (`inspector list frameworks` names them; `inspector explain <area>` shows what each \
            reads). Every computed grade comes with its margin: the fewest cases in one check \
            whose change would move it a grade up or down, found by re-scoring.

            History: --save records the run in the run history (.inspector/history.sqlite under \
            the project root, or --store / INSPECTOR_STORE); --baseline RUN also reports what \
            changed since a saved run (its id, latest, previous, or a day YYYY-MM-DD). Without \
            --save nothing is written to the history. See `inspector history` and `inspector diff`.
            """)

    @OptionGroup var project: ProjectOptions
    @OptionGroup var storeOptions: StoreOptions

    @Flag(help: "Save the run in the run history.")
    var save = false

    @Option(
        help: ArgumentHelp("Also report what changed since a saved run: its id, latest, previous, or a day (YYYY-MM-DD).", valueName: "run")
    )
    var baseline: String?

    @Argument(help: "The force: its directory name under Forces/, e.g. northamptonshire.")
    var force: String

    @Option(help: "The framework whose latest inspection to run (default: the force's latest inspection).")
    var framework: String?

    @Option(help: "Output format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Option(help: ArgumentHelp("Grade by this scoring model of the framework (default: the framework's default).", valueName: "model"))
    var scoring: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("Change a parameter for a what-if run (repeatable).", valueName: "name=value"))
    var assignments: [String] = []

    @Option(
        name: .customLong("report"),
        help: ArgumentHelp(
            "Also write the report to a file (repeatable), e.g. markdown:out/report.md. Formats: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "format:path"))
    var reports: [String] = []

    @Option(
        help: ArgumentHelp(
            "Use only evidence of these kinds, e.g. export,reconstructed (published, reconstructed, export, synthetic).",
            valueName: "kinds"))
    var evidence: String?

    @Option(help: ArgumentHelp("Write the rows of CSV datasets that were rejected to DIR/<force>-<dataset>.csv.", valueName: "directory"))
    var rejects: String?

    @Option(name: .customLong("fail-on"), help: "Exit with 1 when the run finds causes of concern.")
    var failOn: FailOn?

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case causeOfConcern = "cause-of-concern"
    }

    func run() throws {
        try reporting {
            let requests = try ReportRequest<ReportFormat>.parse(reports)
            let workspace = try Workspace.open(root: project.root, registry: Inspector.currentRegistry())
            let overrides = try workspace.overrides(assignments)
            let kinds = try EvidenceKinds.parse(evidence)
            let result = try workspace.inspect(force: force, framework: framework, overrides: overrides, evidence: kinds, scoring: scoring)
            var changes: WhatIfComparison?
            if !overrides.isEmpty {
                let baseline = try workspace.inspect(force: force, framework: result.framework.id, evidence: kinds, scoring: scoring)
                changes = WhatIfComparison(baseline: baseline, whatIf: result)
            }
            let location = storeOptions.location(root: project.root)
            let selector = try baseline.map { try RunArgument.parse($0, option: "--baseline") }
            // The record (with its evidence digests) is made only when the history needs it.
            let record =
                save || selector != nil
                ? try workspace.record(result, overrides: overrides, evidence: kinds, command: "inspect", savedAt: Clock.now()) : nil
            var against: RunDiff?
            if let selector, let record {
                let store = try HistoryStore.forReading(location)
                let earlier = try HistoryStore.failure { () throws(StoreError) in try store.run(selector, force: force) }
                against = RunDiff(from: earlier, to: record)
            }
            let files =
                requests.map { ($0.path, $0.format.render(result, changes: changes, against: against, style: .plain)) }
                + RejectFiles.files(for: [result], in: rejects)
            try ProtectedFiles(store: location, inputs: ProtectedFiles.inputs(of: workspace, forces: [force])).check(files.map(\.path))
            if save { try HistoryStore.checkSavable(location) }
            try ReportFiles.write(files)
            if save, let record { try HistoryStore.save(record, to: HistoryStore.forSaving(location)) }
            try Terminal.standardOutput.writeResult(
                format.render(result, changes: changes, against: against, style: Terminal.standardOutput.style))
            if failOn == .causeOfConcern, !result.findings(.causeOfConcern).isEmpty { return .foundCausesOfConcern }
            return .ran
        }
    }
}
