import ArgumentParser
import InspectionHistory
import InspectionKit
import InspectionReports
import InspectionStore

/// `inspector history <force>`: the force's saved runs, and per area and check what changed
/// over them.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "A force's saved runs, newest first, with each area's grade and each check's main figure over time.",
        discussion: """
            Runs are saved by `inspector inspect <force> --save` (and `compare --save`) in the run \
            history, .inspector/history.sqlite under the project root unless --store or \
            INSPECTOR_STORE names another file. This command only reads it.
            """)

    @OptionGroup var project: ProjectOptions
    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The force: its directory name under Forces/, e.g. northamptonshire.")
    var force: String

    @Option(help: "Output format: \(HistoryFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: HistoryFormat = .text

    @Option(
        name: .customLong("report"),
        help: ArgumentHelp(
            "Also write the history to a file (repeatable), e.g. html:out/history.html. Formats: \(HistoryFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "format:path"))
    var reports: [String] = []

    func run() throws {
        try reporting {
            let requests = try ReportRequest<HistoryFormat>.parse(reports)
            let store = try HistoryStore.forReading(storeOptions.location(root: project.root))
            let runs = try HistoryStore.failure { () throws(StoreError) in try store.runs(force: force) }
            guard let latest = runs.last else {
                let known = try HistoryStore.failure { () throws(StoreError) in try store.forces() }
                let suggestion = Suggestions.closest(force, known)
                throw CommandFailure.usage(
                    "no run of '\(force)' is saved in '\(store.location.path)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
                        + "; save one with `inspector inspect \(force) --save`")
            }
            let trend = RunTrend(forceID: force, forceName: latest.forceName, runs: runs)
            try ReportFiles.write(requests.map { ($0.path, $0.format.render(trend, style: .plain)) })
            try Terminal.standardOutput.writeResult(format.render(trend, style: Terminal.standardOutput.style))
            return .ran
        }
    }
}

/// The formats the history is reported in.
enum HistoryFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown, json, csv, html

    func render(_ trend: RunTrend, style: TextStyle) -> String {
        switch self {
        case .text: return HistoryTextReport.render(trend, style: style)
        case .markdown: return HistoryMarkdownReport.render(trend)
        case .json: return HistoryJSON.history(trend)
        case .csv: return HistoryCSVReport.render(trend)
        case .html: return HTMLHistoryReport.render(trend)
        }
    }
}
