import ArgumentParser
import InspectionHistory
import InspectionKit
import InspectionReports
import InspectionStore

/// `inspector diff <run> <run>`: what changed between two saved runs, and why where the
/// records can tell.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two saved runs: grades, scores, outcomes, figures and cases, and why.",
        discussion: """
            A run is named by its id (12 or #12), latest, previous (the run before the latest), or \
            a day (YYYY-MM-DD: the latest run saved on or before it, in UTC); --force limits them to \
            one force's runs. Runs graded under different framework or scoring-model versions are \
            still compared, and the output says so first. Why a result changed is given where the \
            records tell: an evidence file the check reads changed, a parameter it runs with \
            changed, or the framework changed.
            """)

    @OptionGroup var project: ProjectOptions
    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The earlier run.")
    var from: String

    @Argument(help: "The later run.")
    var to: String

    @Option(help: "Choose the runs among this force's runs only.")
    var force: String?

    @Option(help: "Output format: \(DiffFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: DiffFormat = .text

    func run() throws {
        try reporting {
            let selectors = (try RunArgument.parse(from, option: "the first run"), try RunArgument.parse(to, option: "the second run"))
            let store = try HistoryStore.forReading(storeOptions.location(root: project.root))
            let runs = try HistoryStore.failure { () throws(StoreError) in
                (try store.run(selectors.0, force: force), try store.run(selectors.1, force: force))
            }
            let diff = RunDiff(from: runs.0, to: runs.1)
            try Terminal.standardOutput.writeResult(format.render(diff, style: Terminal.standardOutput.style))
            return .ran
        }
    }
}

/// The formats a difference between runs is reported in.
enum DiffFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown, json

    func render(_ diff: RunDiff, style: TextStyle) -> String {
        switch self {
        case .text: return DiffTextReport.render(diff, style: style)
        case .markdown: return DiffMarkdownReport.render(diff)
        case .json: return HistoryJSON.diff(diff)
        }
    }
}
