import ArgumentParser
import Foundation
import InspectionKit
import InspectionReports
import InspectionRunner
import InspectionStore

/// `inspector compare [<force>… | --all]`: forces side by side under one framework.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare forces: grades per area side by side, their distribution, figures and a ranking.",
        discussion: """
            Each force is run as `inspect` runs it, in parallel on all cores; the output is the \
            same whatever the order or the number of cores. A force that cannot be run is \
            reported (file:line:col) and the others are still compared, with exit code 3; \
            --strict stops instead. Forces graded under different frameworks or scoring models \
            are not compared unless --allow-incomparable, which labels the output.

            --scoring <model> grades every force by another of the framework's scoring models; \
            the comparison says in how many areas the computed grades agree with the published \
            ones, which is how the models are measured (docs/scoring.md).
            """)

    @OptionGroup var project: ProjectOptions
    @OptionGroup var storeOptions: StoreOptions

    @Flag(help: "Save each force's run in the run history (one transaction per run).")
    var save = false

    @Argument(help: "Force ids (directories under Forces/).")
    var forces: [String] = []

    @Flag(help: "Compare every force under Forces/.")
    var all = false

    @Option(help: "Compare the forces' latest inspections under this framework (default: each force's latest inspection).")
    var framework: String?

    @Option(help: "Output format: \(ComparisonFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ComparisonFormat = .text

    @Option(help: ArgumentHelp("Grade every force by this scoring model (default: each framework's default).", valueName: "model"))
    var scoring: String?

    @Option(
        name: .customLong("report"),
        help: ArgumentHelp(
            "Also write the comparison to a file (repeatable), e.g. csv:out/forces.csv. Formats: \(ComparisonFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "format:path"))
    var reports: [String] = []

    @Option(help: ArgumentHelp("Write the rows of CSV datasets that were rejected to DIR/<force>-<dataset>.csv.", valueName: "directory"))
    var rejects: String?

    @Option(help: "How many forces to run at once (default: every core).")
    var jobs: Int?

    @Flag(help: "Stop at the first force that cannot be compared.")
    var strict = false

    @Flag(help: "Compare forces graded under different frameworks or scoring models, labelling the output.")
    var allowIncomparable = false

    @Option(
        help: ArgumentHelp(
            "Use only evidence of these kinds, e.g. export,reconstructed (published, reconstructed, export, synthetic).",
            valueName: "kinds"))
    var evidence: String?

    func validate() throws {
        if all && !forces.isEmpty { throw ValidationError("give force ids or --all, not both") }
        if !all && forces.isEmpty { throw ValidationError("name the forces to compare, or pass --all") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        try reporting {
            let requests = try ReportRequest<ComparisonFormat>.parse(reports)
            let kinds = try EvidenceKinds.parse(evidence)
            let workspace = try Workspace.open(root: project.root, registry: Inspector.currentRegistry())
            if let framework, workspace.catalog.frameworks[framework] == nil {
                let suggestion = Suggestions.closest(framework, workspace.catalog.frameworkIDs)
                throw CommandFailure.usage("unknown framework '\(framework)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""))
            }
            if let scoring {
                let frameworks =
                    framework.flatMap { workspace.catalog.frameworks[$0] }.map { [$0] }
                    ?? workspace.catalog.frameworkIDs.compactMap { workspace.catalog.frameworks[$0] }
                if !frameworks.contains(where: { $0.scoringModel(named: scoring) != nil }) {
                    let models = frameworks.flatMap { $0.scoringModels.map(\.versionedID) }
                    let suggestion = Suggestions.closest(scoring, models)
                    throw CommandFailure.usage(
                        "no framework has a scoring model '\(scoring)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
                            + "; `inspector list frameworks` lists each framework's models")
                }
            }
            let comparison: Comparison
            let progress = ProgressLine()
            do throws(ComparisonEngine.Failure) {
                comparison = try ComparisonEngine(workspace: workspace).compare(
                    all ? workspace.forceIDs : forces, framework: framework,
                    jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                    strict: strict, allowIncomparable: allowIncomparable, evidence: kinds, scoring: scoring,
                    progress: progress.forceDone)
            } catch {
                progress.finish()
                throw Self.failure(error)
            }
            progress.finish()
            // Problems first, on standard error; then the comparison of the rest.
            for failure in comparison.failures {
                if case .invalid(let diagnostics) = failure.reason { Self.print(diagnostics) }
            }
            let files =
                requests.map { ($0.path, $0.format.render(comparison, style: .plain)) }
                + RejectFiles.files(for: comparison.rows.map(\.result), in: rejects)
            let location = storeOptions.location(root: project.root)
            let compared = comparison.rows.map(\.result.force.id) + comparison.failures.map(\.force)
            try ProtectedFiles(store: location, inputs: ProtectedFiles.inputs(of: workspace, forces: compared)).check(files.map(\.path))
            if save { try HistoryStore.checkSavable(location) }
            try ReportFiles.write(files)
            if save {
                let savedAt = try Clock.now()
                let records = try comparison.rows.map {
                    try workspace.record($0.result, evidence: kinds, command: "compare", savedAt: savedAt)
                }
                let store = try HistoryStore.forSaving(location)
                for record in records { try HistoryStore.save(record, to: store) }
            }
            try Terminal.standardOutput.writeResult(format.render(comparison, style: Terminal.standardOutput.style))
            let broken = comparison.failures.filter { if case .noInspection = $0.reason { return false } else { return true } }
            if !broken.isEmpty {
                Terminal.standardError.write(
                    "\(broken.count) of \(comparison.rows.count + comparison.failures.count) forces could not be compared: \(broken.map(\.force).joined(separator: ", ")).\n"
                )
                return .invalidInput
            }
            return .ran
        }
    }

    private static func print(_ diagnostics: Diagnostics) {
        let terminal = Terminal.standardError
        for diagnostic in diagnostics.all { terminal.write(diagnostic.rendered(color: terminal.usesColor) + "\n") }
    }

    private static func failure(_ error: ComparisonEngine.Failure) -> CommandFailure {
        switch error {
        case .incomparable(let keys):
            let groups = keys.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.joined(separator: ", "))" }.joined(separator: "; ")
            return .usage(
                "the forces were graded under different frameworks or scoring models (\(groups)); choose one with --framework, or pass --allow-incomparable"
            )
        case .strict(let force, let reason):
            switch reason {
            case .invalid(let diagnostics): return .invalid(diagnostics)
            case .noInspection(let framework):
                return .usage("\(force) has no inspection" + (framework.map { " under \($0)" } ?? "") + " (--strict)")
            case .internalFault(let detail): return .internalFault(detail)
            case .checkFault(let fault): return .checkFault(fault)
            }
        }
    }
}
