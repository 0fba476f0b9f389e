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

            --check checks the whole store instead: SQLite's integrity check, its tables against \
            the schema it says it has, and every value of every run; it lists what is damaged and \
            exits with 3 when anything is.
            """)

    @OptionGroup var project: ProjectOptions
    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The force: its directory name under Forces/, e.g. northamptonshire.")
    var force: String?

    @Flag(help: "Check the whole store for damage instead of showing a force's runs.")
    var check = false

    @Option(help: "Output format: \(HistoryFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: HistoryFormat = .text

    @Option(
        name: .customLong("report"),
        help: ArgumentHelp(
            "Also write the history to a file (repeatable), e.g. html:out/history.html. Formats: \(HistoryFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "format:path"))
    var reports: [String] = []

    func validate() throws {
        if check {
            if force != nil { throw ValidationError("--check checks the whole store; give no force with it") }
            if format != .text || !reports.isEmpty {
                throw ValidationError("--check writes its findings as text on standard output; give no --format or --report with it")
            }
        } else if force == nil {
            throw ValidationError("name the force whose runs to show, e.g. `inspector history northamptonshire`, or pass --check")
        }
    }

    func run() throws {
        try reporting {
            if check { return try checkStore() }
            guard let force else { throw CommandFailure.internalFault("history ran with neither a force nor --check") }
            let requests = try ReportRequest<HistoryFormat>.parse(reports)
            let location = storeOptions.location(root: project.root)
            try ProtectedFiles(store: location).check(requests.map(\.path))
            let store = try HistoryStore.forReading(location)
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

    /// `--check`: what is damaged, on standard output; exit 3 when anything is.
    private func checkStore() throws -> ExitStatus {
        let location = storeOptions.location(root: project.root)
        let found = try HistoryStore.failure { () throws(StoreError) in try RunStore.check(location) }
        try Terminal.standardOutput.writeResult(Self.describe(found, path: location.path))
        guard found.isSound else {
            let problems = found.damage.count + found.valuesNotListed
            throw CommandFailure.usage(
                "the run history '\(location.path)' is damaged: \(problems) \(problems == 1 ? "problem" : "problems"), listed on standard output"
            )
        }
        return .ran
    }

    /// The findings of `--check`, one line each.
    static func describe(_ check: StoreCheck, path: String) -> String {
        var lines = [
            "Checked the run history '\(path)'" + (check.version.map { ": schema \($0)" } ?? "")
                + (check.runs.map { ", \($0) \($0 == 1 ? "run" : "runs")" } ?? "") + ", \(check.values) values."
        ]
        if check.isSound {
            lines.append(
                "No damage found: SQLite's integrity check passed, the tables are as the inspector makes them, and every value is readable."
            )
        } else {
            lines += check.damage.map { "  - " + StoreError.words($0) }
            if check.valuesNotListed > 0 { lines.append("  - and \(check.valuesNotListed) more damaged values, not listed") }
        }
        return lines.joined(separator: "\n") + "\n"
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
